import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/contract.js';
import { makeApp, postJson, type TestApp } from './_helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

/** Any answer to bad input is a 4xx with exactly the contract's error body; good input is 200. */
async function expectContractual(res: Response, ok: number) {
  expect(res.status).not.toBeGreaterThanOrEqual(500);
  const body = await res.json();
  if (res.status !== ok) {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(ErrorBodySchema.strict().parse(body)).toEqual(body);
  }
}

describe('never a 500 for bad input', () => {
  it('POST /api/ask with arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => expectContractual(await postJson(t.app, '/api/ask', JSON.stringify(value)), 200)),
      { numRuns: 150 },
    );
  });

  it('POST /api/ask with arbitrary questions, lone surrogates and control characters included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 600 }), async (question) =>
        expectContractual(await postJson(t.app, '/api/ask', JSON.stringify({ question })), 200),
      ),
      { numRuns: 150 },
    );
  });

  it('POST /api/feedback with arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const res = await t.app.request('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes });
        await expectContractual(res, 201);
      }),
      { numRuns: 150 },
    );
  });

  it('GET /api/search and /api/clauses/:id with arbitrary (even undecodable) query strings and ids', async () => {
    const raw = fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s).replace(/%2[05]/g, '%'));
    await fc.assert(
      fc.asyncProperty(raw, raw, async (q, k) => {
        await expectContractual(await t.app.request(`/api/search?q=${q}&k=${k}`), 200);
        await expectContractual(await t.app.request(`/api/clauses/${q || 'x'}`), 200);
      }),
      { numRuns: 150 },
    );
  });
});
