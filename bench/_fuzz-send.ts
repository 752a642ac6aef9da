/**
 * Sending fuzz requests to 127.0.0.1 and classifying what came back. A 5xx or a complete request left
 * unanswered is a failure; a reset after a rejected oversized body, or silence after bytes that are not
 * a complete request, is not (the server is right to wait for, or to drop, such a client).
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import type { FuzzRequest } from './_fuzz-requests.js';

export type Outcome =
  | { kind: 'response'; status: number; contentType: string; body: string }
  /** Node's client refused to send it (invalid method or path characters): nothing reached the server. */
  | { kind: 'not-sent'; error: string }
  | { kind: 'reset'; error: string }
  | { kind: 'no-response' }
  | { kind: 'timeout' };

export function isFailure(request: FuzzRequest, outcome: Outcome): boolean {
  if (outcome.kind === 'response') return outcome.status >= 500;
  // A well-formed request the server accepted must be answered.
  return outcome.kind === 'timeout' && request.kind === 'http';
}

export interface Sender {
  send(request: FuzzRequest): Promise<Outcome>;
  close(): void;
}

export function createSender(baseUrl: string, { timeoutMs = 20_000, rawWaitMs = 3000 } = {}): Sender {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  const sendHttp = (r: Extract<FuzzRequest, { kind: 'http' }>) =>
    new Promise<Outcome>((resolve) => {
      let req;
      try {
        req = request({ host: hostname, port, method: r.method, path: r.path, headers: r.body ? { ...r.headers, 'content-length': String(r.body.length) } : r.headers, agent });
      } catch (error) {
        resolve({ kind: 'not-sent', error: (error as NodeJS.ErrnoException).code ?? String(error) });
        return;
      }
      const timer = setTimeout(() => {
        req.destroy();
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          // Keep the start for error-body checks; count, don't hoard, the rest.
          if (size < 4096) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ kind: 'response', status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8').slice(0, 4096) });
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          resolve({ kind: 'response', status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: `(body cut: ${error.message})` });
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        resolve({ kind: 'reset', error: error.code ?? error.message });
      });
      req.end(r.body);
    });

  const sendRaw = (bytes: Buffer) =>
    new Promise<Outcome>((resolve) => {
      const socket = connect({ host: hostname, port: Number(port) });
      let received = '';
      const finish = () => {
        clearTimeout(timer);
        socket.destroy();
        const status = received.match(/^HTTP\/1\.[01] (\d{3})/);
        if (!status) return resolve({ kind: 'no-response' });
        // The first response only: its headers, then its body as UTF-8.
        const headEnd = received.indexOf('\r\n\r\n');
        const head = headEnd < 0 ? received : received.slice(0, headEnd);
        const contentType = /^content-type:\s*(.*)$/im.exec(head)?.[1]?.trim() ?? '';
        const length = Number(/^content-length:\s*(\d+)$/im.exec(head)?.[1] ?? NaN);
        const rest = headEnd < 0 ? '' : received.slice(headEnd + 4);
        const body = Buffer.from(Number.isNaN(length) ? rest : rest.slice(0, length), 'latin1').toString('utf8');
        resolve({ kind: 'response', status: Number(status[1]), contentType, body: body.slice(0, 4096) });
      };
      const timer = setTimeout(finish, rawWaitMs);
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        if (received.length > 64 * 1024) finish();
      });
      socket.on('end', finish);
      socket.on('close', finish);
      socket.on('error', finish);
      socket.write(bytes);
    });

  return {
    send: (r) => (r.kind === 'http' ? sendHttp(r) : sendRaw(r.bytes)),
    close: () => agent.destroy(),
  };
}

/**
 * Every 4xx must carry the contract's error body {"error":{"code","message"}}: from the app on any path,
 * and from Node's parser (unknown method, bad URL, broken raw bytes; src/server/client-error.ts). A HEAD
 * response has no body to check.
 */
export function breaksErrorContract(request: FuzzRequest, outcome: Outcome): boolean {
  const head = request.kind === 'http' ? request.method === 'HEAD' : request.bytes.subarray(0, 5).toString('latin1') === 'HEAD ';
  if (head || outcome.kind !== 'response' || outcome.status < 400 || outcome.status >= 500) return false;
  try {
    const body = JSON.parse(outcome.body) as { error?: { code?: unknown; message?: unknown } };
    return typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string';
  } catch {
    return true;
  }
}
