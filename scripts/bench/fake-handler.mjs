// The HTTP handler the benchmark gives to SdkTransport ({ requestHandler }): a smithy HttpHandler
// whose `handle` passes the signed request to the fake AWS and returns its answer as the SDK's
// node handler would (status, headers, body as a Node Readable). The fake runs in a child process
// (startFakeAws) so that its CPU and memory stay out of the scan's figures, or in-process for tests.

import { fork } from 'node:child_process';
import { Readable } from 'node:stream';

/** A smithy HttpHandler over `answer(plainRequest) => Promise<{ statusCode, headers, body }>`. */
export function httpHandler(answer) {
  return {
    async handle(request) {
      const reply = await answer({
        method: request.method,
        hostname: request.hostname,
        path: request.path,
        query: request.query,
        headers: {
          authorization: request.headers.authorization,
          'x-amz-target': request.headers['x-amz-target'],
          'x-amz-account-id': request.headers['x-amz-account-id'],
        },
        body: bodyText(request.body),
      });
      const body = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength);
      return { response: { statusCode: reply.statusCode, headers: reply.headers, body: Readable.from([body]) } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}

/**
 * Times every `transport.send` as the scanner sees it (the fake's latency, the SDK's work, any wait
 * for a busy event loop): `record(req, startMs, endMs)` once each request settles.
 */
export function timeSends(transport, record) {
  const send = transport.send.bind(transport);
  transport.send = async (req, slot) => {
    const start = performance.now();
    try {
      return await send(req, slot);
    } finally {
      record(req, start, performance.now());
    }
  };
  return transport;
}

export async function startFakeAws({ size, seed = 7, latencyMs = 50, enforceRateLimits = true }) {
  const child = fork(new URL('./fake-server.mjs', import.meta.url), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let waitingFor;
  let nextId = 0;
  child.on('message', (message) => {
    if (message.type === 'response') {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve(message);
    } else {
      waitingFor?.(message);
    }
  });
  const ask = (message) =>
    new Promise((resolve) => {
      waitingFor = resolve;
      child.send(message);
    });
  const info = await ask({ type: 'init', size, seed, latencyMs, enforceRateLimits });
  const handler = httpHandler(
    (request) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        child.send({ type: 'request', id, request });
      }),
  );
  return {
    handler,
    info,
    stats: async () => {
      const { stats } = await ask({ type: 'stats' });
      return { ...stats, listings: new Map(stats.listings) };
    },
    close: () => child.kill(),
  };
}

function bodyText(body) {
  if (typeof body === 'string') return body;
  // JSON bodies are Uint8Arrays that also answer string methods; read the bytes without calling those.
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return body ? String(body) : '';
}
