import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
const client = new Redis('redis://127.0.0.1:6390', { maxRetriesPerRequest: null });
const queue = new Queue('t', { connection: client });
await queue.waitUntilReady();
const worker = new Worker('t', async () => 1, { connection: client.duplicate({ maxRetriesPerRequest: null }), concurrency: 4 });
await new Promise((r) => setTimeout(r, 500));
try { await worker.close(); console.log('worker closed'); } catch (e) { console.log('worker', e.stack); }
try { await queue.close(); console.log('queue closed'); } catch (e) { console.log('queue', e.stack); }
client.disconnect();
