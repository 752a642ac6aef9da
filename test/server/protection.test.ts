import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import { ASK_5G, fromIp, makeApp, postJson, testEngine } from './_helpers.js';

const FORBIDDEN = { error: { code: 'origin_not_allowed', message: '该网站未获授权调用本服务' } };

describe('origins (CORS)', () => {
  it('lets requests without Origin through (curl, servers) without CORS headers', async () => {
    const { app } = await makeApp();
    const res = await app.request('/api/meta');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the same origin when ALLOWED_ORIGINS is unset', async () => {
    const { app } = await makeApp();
    const res = await app.request('http://localhost/api/meta', { headers: { Origin: 'http://localhost' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('403 origin_not_allowed for an unknown origin when ALLOWED_ORIGINS is unset', async () => {
    const { app } = await makeApp();
    const res = await postJson(app, 'http://localhost/api/ask', { question: ASK_5G }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(FORBIDDEN);
  });

  it('echoes an allowed origin with Vary and exposed headers', async () => {
    const { app } = await makeApp({ config: { allowedOrigins: ['https://www.zj.gov.cn'] } });
    const res = await app.request('/api/meta', { headers: { Origin: 'https://www.zj.gov.cn' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.zj.gov.cn');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset');
    const other = await app.request('/api/meta', { headers: { Origin: 'https://www.hz.gov.cn' } });
    expect(other.status).toBe(403);
  });

  it('answers an allowed preflight with 204 and the allowed methods and headers', async () => {
    const { app } = await makeApp({ config: { allowedOrigins: ['https://www.zj.gov.cn'] } });
    const res = await app.request('/api/ask', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.zj.gov.cn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-site-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.zj.gov.cn');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type, X-Site-Key, X-Request-Id');
    expect(res.headers.get('access-control-max-age')).toBe('600');
  });

  it('403 for a preflight from an unknown origin', async () => {
    const { app } = await makeApp({ config: { allowedOrigins: ['https://www.zj.gov.cn'] } });
    const res = await app.request('/api/ask', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(FORBIDDEN);
  });

  it("answers '*' only when ALLOWED_ORIGINS=* is explicit", async () => {
    const { app } = await makeApp({ config: { allowedOrigins: ['*'] } });
    const res = await app.request('/api/meta', { headers: { Origin: 'https://anything.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it("allows a widget site key only from that key's own origins", async () => {
    const siteKeys = new Map([['hz', ['https://www.hangzhou.gov.cn']]]);
    const { app } = await makeApp({ config: { siteKeys } });
    const ok = await app.request('/api/meta', { headers: { Origin: 'https://www.hangzhou.gov.cn', 'X-Site-Key': 'hz' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.hangzhou.gov.cn');
    const wrongOrigin = await app.request('/api/meta', { headers: { Origin: 'https://www.ningbo.gov.cn', 'X-Site-Key': 'hz' } });
    expect(wrongOrigin.status).toBe(403);
    const unknownKey = await app.request('/api/meta', { headers: { Origin: 'https://www.hangzhou.gov.cn', 'X-Site-Key': 'nb' } });
    expect(await unknownKey.json()).toEqual(FORBIDDEN);
    const preflight = await app.request('/api/ask', { method: 'OPTIONS', headers: { Origin: 'https://www.hangzhou.gov.cn', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
  });
});

describe('rate limit', () => {
  it('429 with Retry-After after RATE_LIMIT_PER_MINUTE requests, per client IP', async () => {
    const { app } = await makeApp({ config: { rateLimitPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await app.request('/api/meta', {}, fromIp('10.0.0.1'))).status).toBe(200);
    const limited = await app.request('/api/meta', {}, fromIp('10.0.0.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: '请求过于频繁，请稍后再试' } });
    expect((await app.request('/api/meta', {}, fromIp('10.0.0.2'))).status).toBe(200);
  });

  it('does not limit pages, health checks or metrics', async () => {
    const { app } = await makeApp({ config: { rateLimitPerMinute: 1 } });
    for (const path of ['/', '/plan', '/healthz', '/metrics']) {
      for (let i = 0; i < 3; i++) expect((await app.request(path, {}, fromIp('10.0.0.3'))).status, path).toBe(200);
    }
  });
});

describe('headers and errors', () => {
  it('sets the CSP and security headers on pages', async () => {
    const { app } = await makeApp();
    const res = await app.request('/');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('puts a request id on every response and keeps a well-formed incoming one', async () => {
    const { app } = await makeApp();
    for (const url of ['/', '/api/meta', '/nope', '/api/clauses/0.0.0']) {
      expect((await app.request(url)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const res = await app.request('/healthz', { headers: { 'X-Request-Id': 'gateway-42' } });
    expect(res.headers.get('x-request-id')).toBe('gateway-42');
  });

  it('404 not_found for an unknown path', async () => {
    const { app } = await makeApp();
    const res = await app.request('/wp-admin.php');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: '未找到请求的地址' } });
  });

  it('500 internal_error without the message or stack when the engine throws; the log has it', async () => {
    const real = await testEngine();
    const broken: Engine = { ...real, index: real.index, ask: async () => { throw new Error('disk on fire at /srv/secret'); } };
    const { app, rawLogs } = await makeApp({ engine: broken });
    const res = await postJson(app, '/api/ask', { question: ASK_5G });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: '服务器内部错误，请稍后再试' } });
    expect(text).not.toContain('secret');
    expect(rawLogs()).toContain('disk on fire');
  });

  it('counts an LLM fallback in /metrics', async () => {
    const real = await testEngine();
    const fallingBack: Engine = {
      ...real,
      index: real.index,
      ask: async (input) => {
        const result = await real.ask(input);
        return { ...result, trace: { ...result.trace, llmFallback: 'timeout' } };
      },
    };
    const { app } = await makeApp({ engine: fallingBack });
    await postJson(app, '/api/ask', { question: ASK_5G });
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toContain('zhengce_llm_fallbacks_total{reason="timeout"} 1');
    expect(metrics).toContain('zhengce_http_requests_total{method="POST",route="/api/ask",status="200"} 1');
    expect(metrics).toMatch(/zhengce_http_request_duration_seconds_count\{method="POST",route="\/api\/ask"\} 1/);
  });
});
