import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What the receiver does with one request; `hang` never answers, `reset` drops the connection. */
export type Answer =
  | { status: number; body?: string; headers?: Record<string, string> }
  | { hang: true }
  | { reset: true }
  | { endless: true };

/**
 * A webhook receiver on 127.0.0.1 (port 0): it keeps every request it gets and answers as
 * `answer` decides (200 unless told otherwise).
 */
export async function startReceiver() {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  let answer: (request: Received, index: number) => Answer = () => ({ status: 200 });
  let endlessBytes = 0;
  const waiters: { count: number; resolve: () => void }[] = [];

  const respond = (res: ServerResponse, chosen: Answer) => {
    if ('hang' in chosen) return;
    if ('reset' in chosen) {
      res.socket?.destroy();
      return;
    }
    if ('endless' in chosen) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      // Writes as long as the client reads; stops when it lets go.
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) endlessBytes += chunk.length;
        if (!res.destroyed) endlessBytes += chunk.length;
      };
      res.on('drain', pump);
      pump();
      return;
    }
    res.writeHead(chosen.status, { 'content-type': 'text/plain', ...chosen.headers });
    res.end(chosen.body ?? '');
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = value;
      }
      const request = {
        path: req.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      respond(res, answer(request, received.length - 1));
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/hooks`,
    port,
    received,
    answerWith(fn: (request: Received, index: number) => Answer) {
      answer = fn;
    },
    /** Resolves once the receiver has had `count` requests in all. */
    async receivedCount(count: number): Promise<void> {
      if (received.length >= count) return;
      await new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },
    /** Connections accepted so far, whether or not a request came over them. */
    connections: () => connections,
    /** Bytes the endless answer managed to hand to the socket. */
    endlessBytes: () => endlessBytes,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
