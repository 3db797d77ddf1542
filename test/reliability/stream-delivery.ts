/**
 * A webhook delivery streamed over raw HTTP/1.1 (`node:net`), for bodies too large to hold: nock,
 * loaded by the fake GitHub, holds back a `node:http` request's body until it ends, and `fetch`
 * buffers it.
 */
import { connect } from 'node:net';

export interface StreamedDelivery {
  /** The answer's status; 0 when the connection was cut before one came. */
  status: number;
  text: string;
  /** Body bytes handed to the connection before the answer (or the cut). */
  sentBytes: number;
  /** From the first byte sent to the answer's headers, or to the cut. */
  answeredMs: number;
  /** The server closed the connection (within `closeWithinMs` of the answer). */
  closedByServer: boolean;
}

/**
 * POSTs a delivery whose body is `bytes` long (`x` repeated, never held whole), written chunk by
 * chunk as the connection takes it, until the server answers or cuts the connection: with a
 * `Content-Length`, or chunked when `chunked`; `stopAfterBytes` stops writing there without ending
 * the body (a client still sending). Waits `closeWithinMs` after the answer to see whether the
 * server closes the connection. Raw HTTP/1.1 over `node:net`: nock, loaded by the fake GitHub,
 * holds back a `node:http` request's body until it ends.
 */
export function streamDelivery(
  url: string,
  options: {
    headers: Record<string, string | number | undefined>;
    bytes: number;
    chunked?: boolean;
    stopAfterBytes?: number;
    closeWithinMs?: number;
    /** The webhook path, `/api/github/webhooks` unless told. */
    path?: string;
  },
): Promise<StreamedDelivery> {
  const { hostname, port } = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const headers: Record<string, string | number | undefined> = {
    host: `${hostname}:${port}`,
    ...options.headers,
    'content-length': options.chunked ? undefined : options.bytes,
    'transfer-encoding': options.chunked ? 'chunked' : undefined,
  };
  const head = [
    `POST ${options.path ?? '/api/github/webhooks'} HTTP/1.1`,
    ...Object.entries(headers)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(port), hostname);
    let sent = 0;
    let received = '';
    let answer: { status: number; at: number } | null = null;
    let closed = false;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(giveUp);
      socket.destroy();
      const text = received.includes('\r\n\r\n') ? received.slice(received.indexOf('\r\n\r\n') + 4) : '';
      resolve({
        status: answer?.status ?? 0,
        text,
        sentBytes: sent,
        answeredMs: (answer?.at ?? performance.now()) - started,
        closedByServer: closed,
      });
    };
    const giveUp = setTimeout(settle, 60_000);
    const limit = Math.min(options.bytes, options.stopAfterBytes ?? options.bytes);
    const framedChunk = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]);
    const frame = (part: Buffer) =>
      options.chunked && part.length === chunk.length
        ? framedChunk
        : options.chunked
          ? Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')])
          : part;
    const pump = () => {
      while (!answer && !closed && sent < limit) {
        const part = chunk.subarray(0, Math.min(chunk.length, limit - sent));
        sent += part.length;
        if (!socket.write(frame(part))) {
          socket.once('drain', pump);
          return;
        }
      }
      if (!answer && !closed && sent >= options.bytes && options.chunked) socket.write('0\r\n\r\n');
    };
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => {
      received += data;
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (!answer && status && received.includes('\r\n\r\n')) {
        answer = { status: Number(status[1]), at: performance.now() };
        setTimeout(settle, options.closeWithinMs ?? 1000);
      }
    });
    socket.on('close', () => {
      closed = true;
      setTimeout(settle, 10);
    });
    socket.on('error', () => {
      closed = true;
    });
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}
