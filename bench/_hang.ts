/**
 * An "LLM endpoint" that accepts the connection, reads the request and never answers: the failure a
 * timeout must cover (a refused connection fails fast on its own and proves nothing).
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface HangingEndpoint {
  /** OpenAI-style base URL, e.g. http://127.0.0.1:41234/v1 */
  baseUrl: string;
  /** Requests received (so a test can tell the model was really called). */
  received(): number;
  close(): Promise<void>;
}

export async function startHangingEndpoint(): Promise<HangingEndpoint> {
  const sockets = new Set<Socket>();
  let received = 0;
  const server: Server = createServer((req) => {
    received += 1;
    req.resume(); // read the body, then say nothing
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received: () => received,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
