/**
 * What only a real socket shows: requests Node's HTTP parser refuses before the app (answered by
 * src/server/client-error.ts with the contract's body), `Connection: close` on an event stream, and
 * /metrics asked through a proxy on this machine.
 */
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientErrorResponse, refusalFor } from '../../src/server/client-error.js';
import { copyTestIndex, removeTempDirs, startServer, type ServerProcess } from './_process.js';

let server: ServerProcess;
beforeAll(async () => {
  const indexDir = copyTestIndex();
  server = await startServer({ INDEX_DIR: indexDir, FEEDBACK_DB: path.join(indexDir, '..', 'feedback.sqlite') });
});
afterAll(async () => {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  removeTempDirs();
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection (rather than the test giving up waiting). */
  closedByServer: boolean;
}

/** Sends `request` as raw bytes and reads until the server closes the socket or `waitMs` pass. */
function raw(request: Buffer | string, waitMs = 10_000): Promise<RawResponse> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    let closedByServer = false;
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => (closedByServer = true));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? (closedByServer = true) : reject(error)));
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n'), closedByServer });
    });
    socket.write(request);
  });
}

describe("requests Node's parser refuses", () => {
  it.each([
    ['a raw UTF-8 URL', Buffer.from('GET /api/search?q=到2025年 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'), 400, { code: 'invalid_request', message: 'HTTP 请求格式无效' }],
    ['a 100 000-character URL', `GET /api/search?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 431, { code: 'headers_too_large', message: '请求头或网址过长' }],
    ['an unknown method', 'FROB /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 400, { code: 'invalid_request', message: 'HTTP 请求格式无效' }],
    ['a broken request line', 'GET\r\n\r\n', 400, { code: 'invalid_request', message: 'HTTP 请求格式无效' }],
    ['a malformed Content-Length', 'POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1x\r\n\r\n', 400, { code: 'invalid_request', message: 'HTTP 请求格式无效' }],
  ])('%s: %i with the contract body, then the connection closes', async (_name, request, status, error) => {
    const res = await raw(request);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toEqual({ error });
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.closedByServer).toBe(true);
  });

  it('answers a request that is too slow with 408 and a contract body (the statuses Node itself would send)', () => {
    const res = clientErrorResponse(refusalFor('ERR_HTTP_REQUEST_TIMEOUT')).toString('utf8');
    expect(res.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(res.split('\r\n\r\n')[1]).toBe('{"error":{"code":"request_timeout","message":"请求超时，请重试"}}');
    expect(refusalFor('HPE_CHUNK_EXTENSIONS_OVERFLOW').status).toBe(413);
  });

  it('keeps serving afterwards, and counts what it refused', async () => {
    const res = await fetch(`${server.url}/metrics`);
    const text = await res.text();
    expect(text).toMatch(/zhengce_http_parse_errors_total\{status="400"\} [4-9]/);
    expect(text).toMatch(/zhengce_http_parse_errors_total\{status="431"\} 1/);
  });
});

describe('an event stream', () => {
  const body = JSON.stringify({ question: '到2025年要建多少个5G基站？' });
  const stream = (connection: string) =>
    `POST /api/ask/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${connection}\r\n${body}`;

  it('honours Connection: close: says so, and closes the socket after done', async () => {
    const res = await raw(stream('Connection: close\r\n'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream');
    expect(res.headers.connection).toBe('close');
    expect(res.body).toContain('event: done');
    expect(res.closedByServer).toBe(true);
  });

  it('keeps an HTTP/1.1 connection alive when the client does not ask to close it', async () => {
    const res = await raw(stream(''), 1500);
    expect(res.headers.connection).toBe('keep-alive');
    expect(res.body).toContain('event: done');
    expect(res.closedByServer).toBe(false);
  });
});

describe('/metrics on this machine', () => {
  it('is served to a loopback client, refused when the request came through a proxy', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    expect(await proxied.json()).toEqual({ error: { code: 'forbidden', message: '该地址仅限本机访问' } });
  });
});
