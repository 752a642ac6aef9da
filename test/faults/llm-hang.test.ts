/**
 * An LLM endpoint that accepts the connection and never answers: with LLM_TIMEOUT_MS=500 the server
 * still answers, with the extractive answer (mode "extractive"), on /api/ask and on the stream. A client
 * that hangs up while the model is being asked is counted and logged as aborted, not as a timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHangingEndpoint, type HangingEndpoint } from '../../bench/_hang.js';
import { removeTempDirs } from '../../bench/_index.js';
import { startServer, type ServerProcess } from '../../bench/_server.js';
import { askServer, PROBE_FACT, PROBE_QUESTION, testIndexDir, waitFor } from './_helpers.js';

let endpoint: HangingEndpoint;
let server: ServerProcess;

beforeAll(async () => {
  endpoint = await startHangingEndpoint();
  server = await startServer({ INDEX_DIR: testIndexDir(), LLM_BASE_URL: endpoint.baseUrl, LLM_MODEL: 'never-answers', LLM_TIMEOUT_MS: '500', LOG_LEVEL: 'info' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await endpoint?.close();
  await removeTempDirs();
});

describe('an LLM endpoint that hangs', () => {
  it.each(['auto', 'llm'])('mode %s: /api/ask falls back to the extractive answer with its citation', async (mode) => {
    const before = endpoint.received();
    const { status, body } = await askServer(server.url, PROBE_QUESTION, { mode });
    expect(status).toBe(200);
    expect(body!.mode).toBe('extractive');
    expect(body!.refused).toBe(false);
    expect(body!.answer).toContain(PROBE_FACT);
    expect((body!.citations as { id: string }[])[0]!.id).toBe('4.5.1');
    // The model was really asked: the fallback is the timeout's doing, not a skipped call.
    expect(endpoint.received()).toBe(before + 1);
  });

  it('/api/ask/stream ends with a done event carrying the extractive answer', async () => {
    const res = await fetch(`${server.url}/api/ask/stream`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: PROBE_QUESTION }) });
    expect(res.status).toBe(200);
    const text = await res.text();
    const done = text.split('\n\n').find((block) => block.includes('event: done'));
    expect(done, text).toBeDefined();
    const data = JSON.parse(done!.split('\n').find((l) => l.startsWith('data: '))!.slice('data: '.length)) as { mode: string; answer: string };
    expect(data.mode).toBe('extractive');
    expect(data.answer).toContain(PROBE_FACT);
    expect(text).not.toContain('event: error');
  });

  it('concurrent questions all fall back, and the server stays ready', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => askServer(server.url, PROBE_QUESTION)));
    expect(results.map((r) => [r.status, r.body?.mode])).toEqual(Array.from({ length: 8 }, () => [200, 'extractive']));
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

/** One sample of a counter from /metrics (0 when the series does not exist yet). */
async function counter(url: string, series: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('clients that hang up while the model is asked', () => {
  it('are counted as aborted and logged as aborted, not as LLM timeouts or answers', async () => {
    const timeouts = 'zhengce_llm_fallbacks_total{reason="timeout"}';
    const timeoutsBefore = await counter(server.url, timeouts);
    const loggedBefore = server.output().split('\n').filter((l) => l.includes('"msg":"aborted"')).length;
    const drops: [string, number][] = [['/api/ask/stream', 4], ['/api/ask', 2]];
    for (const [route, times] of drops) {
      for (let i = 0; i < times; i++) {
        const client = new AbortController();
        const asked = endpoint.received();
        const request = fetch(`${server.url}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ question: PROBE_QUESTION }),
          signal: client.signal,
        }).then((res) => res.arrayBuffer(), () => null);
        // Hang up while the model is being asked (well inside LLM_TIMEOUT_MS).
        expect(await waitFor(() => endpoint.received() > asked, 5000, 5)).toBe(true);
        client.abort();
        await request.catch(() => null);
      }
    }
    const counted = async () =>
      (await counter(server.url, 'zhengce_client_aborts_total{route="/api/ask/stream"}')) === 4 && (await counter(server.url, 'zhengce_client_aborts_total{route="/api/ask"}')) === 2;
    expect(await waitFor(counted, 5000, 50), server.output().slice(-3000)).toBe(true);
    expect(await counter(server.url, timeouts)).toBe(timeoutsBefore);
    expect(await counter(server.url, 'zhengce_llm_fallbacks_total{reason="aborted"}')).toBe(0);
    const logged = server.output().split('\n').filter((l) => l.includes('"msg":"aborted"'));
    expect(logged.length - loggedBefore).toBe(6);
    expect(logged.at(-1)).toContain('"aborted":true');
  });
});
