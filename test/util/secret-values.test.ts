import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { redactCredentials, redactSecrets } from '../../src/util/redact.js';
import {
  forgetSecretValues,
  maskSecretValues,
  registerSecretValue,
  secretValueCount,
} from '../../src/util/secret-values.js';

afterEach(() => forgetSecretValues());

describe('secret values, masked whatever their shape', () => {
  it('masks a registered value everywhere the redaction functions run, and nothing else', () => {
    const token = `zz_${randomBytes(16).toString('hex')}`;
    const message = `Bad credentials: ${token} (again: ${token})`;
    expect(redactSecrets(message)).toContain(token);

    registerSecretValue(token);

    expect(maskSecretValues(message)).toBe('Bad credentials: [redacted] (again: [redacted])');
    expect(redactSecrets(message)).not.toContain(token);
    expect(redactCredentials(`line 1\n${token}\nline 3`)).toBe('line 1\n[redacted]\nline 3');
    expect(maskSecretValues('nothing secret here')).toBe('nothing secret here');
  });

  it('leaves short values alone (they would cut words out of messages) and empty ones', () => {
    registerSecretValue('abc');
    registerSecretValue('');
    registerSecretValue(undefined);
    registerSecretValue(null);
    expect(secretValueCount()).toBe(0);
    expect(maskSecretValues('abc abc')).toBe('abc abc');
  });

  it('masks a private key whole, each long line of it, and its JSON-escaped form', () => {
    const key = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey;
    registerSecretValue(key);
    const line = key.split('\n')[3] ?? '';

    expect(maskSecretValues(`quoted: ${line}`)).toBe('quoted: [redacted]');
    expect(maskSecretValues(JSON.stringify({ key }))).toBe('{"key":"[redacted]\\n"}');
  });

  it("leaves a PEM's armour to the shape patterns, so another key is still redacted whole", () => {
    const [one, other] = [1, 2].map(
      () =>
        generateKeyPairSync('rsa', {
          modulusLength: 1024,
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
          publicKeyEncoding: { type: 'spki', format: 'pem' },
        }).privateKey,
    );
    registerSecretValue(one);

    const redacted = redactCredentials(`echoed: ${other}`);

    expect(redacted).toBe('echoed: [redacted private key]\n');
  });

  it('masks the longer of two overlapping values whole', () => {
    const secret = `secret-${randomBytes(8).toString('hex')}`;
    registerSecretValue(secret);
    registerSecretValue(`${secret}-suffix`);
    expect(maskSecretValues(`${secret}-suffix`)).toBe('[redacted]');
  });
});
