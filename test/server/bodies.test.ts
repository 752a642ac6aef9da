/**
 * Request bodies over real sockets (@hono/node-server), where the app reads a body with a Content-Length
 * directly and streams a chunked one through the limit (src/server/middleware/json-gate.ts) — paths
 * `app.request()` in the other tests does not take. Also: refused questions queued in memory reach the
 * database on a clean stop.
 */
import Database from 'better-sqlite3';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTestIndex, removeTempDirs, startServer, type ServerProcess } from './_process.js';

let server: ServerProcess;
let dbFile: string;
beforeAll(async () => {
  const indexDir = copyTestIndex();
  dbFile = path.join(indexDir, '..', 'feedback.sqlite');
  server = await startServer({ INDEX_DIR: indexDir, FEEDBACK_DB: dbFile });
});
afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  removeTempDirs();
});

/** POST /api/ask with the body sent in `chunks` (chunked transfer encoding unless `contentLength`). */
function post(chunks: Buffer[], { contentLength = false } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': 'application/json', ...(contentLength ? { 'Content-Length': total } : {}) };
    const request = http.request(`${server.url}/api/ask`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    // The server may answer 413 and close before the whole body is sent.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    void (async () => {
      for (const chunk of chunks) {
        if (!request.write(chunk)) await new Promise((r) => request.once('drain', r));
        await new Promise((r) => setTimeout(r, 5));
      }
      request.end();
    })();
  });
}

const QUESTION = Buffer.from(JSON.stringify({ question: '到2025年要建多少个5G基站？' }));
// Split inside a multi-byte character: the body must be decoded whole, not chunk by chunk.
const pieces = (bytes: Buffer, at: number[]) => [0, ...at].map((start, i) => bytes.subarray(start, [...at, bytes.length][i]));

describe('request bodies over a socket', () => {
  it('answers a chunked body sent in pieces split inside a character', async () => {
    // Byte 14 is inside 到 and byte 21 inside 年 (each three bytes in UTF-8).
    expect([QUESTION[14]! & 0xc0, QUESTION[21]! & 0xc0]).toEqual([0x80, 0x80]);
    const res = await post(pieces(QUESTION, [5, 14, 21]));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).answer).toContain('20万');
  });

  it('answers a body with Content-Length', async () => {
    const res = await post([QUESTION], { contentLength: true });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).answer).toContain('20万');
  });

  it.each([
    ['chunked', false],
    ['with Content-Length', true],
  ])('answers 413 payload_too_large for a 200 KB body, %s', async (_name, contentLength) => {
    const big = Buffer.from(JSON.stringify({ question: '问'.repeat(70_000) }));
    const res = await post(pieces(big, [65_000, 130_000]), { contentLength });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it.each([
    ['chunked', false],
    ['with Content-Length', true],
  ])('answers 400 for bytes that are not UTF-8, %s', async (_name, contentLength) => {
    const res = await post([Buffer.from('{"question":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')], { contentLength });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toEqual({ code: 'invalid_request', message: '请求体必须是 UTF-8 编码' });
  });

  it('writes the questions it queued for the conversation log when stopped with SIGTERM', async () => {
    for (const question of ['帮我写一首关于春天的诗', '明天杭州天气怎么样？']) {
      const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
      expect((await res.json()).refused).toBe(true);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare("SELECT question, refusal_reason AS reason FROM asks WHERE refused = 1 ORDER BY created_at").all();
    db.close();
    expect(rows).toEqual([
      { question: '帮我写一首关于春天的诗', reason: 'not_plan_question' },
      { question: '明天杭州天气怎么样？', reason: 'referral' },
    ]);
  });
});
