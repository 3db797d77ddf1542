import nock from 'nock';
import {
  type SimulatedGitHubServer,
  serveSimulatedGitHub,
} from '../../dev/simulated-github/serve-simulated-github.js';
import type { FakeGitHub } from './fake-github.js';

export type FakeGitHubServer = SimulatedGitHubServer;

/**
 * Serves a fake GitHub over HTTP on loopback. Importing nock (the fake can also intercept) hooks
 * every request of this process, and its pass-through breaks POST bodies: real HTTP needs it out
 * of the way, so nock is restored first.
 */
export async function serveFakeGitHub(fake: FakeGitHub): Promise<FakeGitHubServer> {
  nock.restore();
  return serveSimulatedGitHub(fake);
}
