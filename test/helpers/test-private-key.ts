import { generateKeyPairSync } from 'node:crypto';

let key: string | null = null;

/** A private key for the test app (generated once per test file). */
export function testPrivateKey(): string {
  key ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  return key;
}
