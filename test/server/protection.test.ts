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

  it('counts a DNS-rebinding page (Origin and Host both evil) as same origin only without PUBLIC_ORIGIN', async () => {
    const rebinding = { headers: { Origin: 'http://evil.example:8787' } };
    const { app } = await makeApp();
    expect((await app.request('http://evil.example:8787/api/meta', rebinding)).status).toBe(200);
    const { app: guarded } = await makeApp({ config: { publicOrigin: 'https://zcwd.example.gov.cn' } });
    const refused = await guarded.request('http://evil.example:8787/api/meta', rebinding);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual(FORBIDDEN);
    const feedback = await postJson(guarded, 'http://evil.example:8787/api/feedback', { question: '问', answer: '答', helpful: true }, rebinding.headers);
    expect(feedback.status).toBe(403);
  });

  it('with PUBLIC_ORIGIN, same origin is exactly that origin, whatever the Host header says', async () => {
    const { app } = await makeApp({ config: { publicOrigin: 'https://zcwd.example.gov.cn' } });
    const behindProxy = await app.request('http://10.0.0.5:8787/api/meta', { headers: { Origin: 'https://zcwd.example.gov.cn' } });
    expect(behindProxy.status).toBe(200);
    expect(behindProxy.headers.get('access-control-allow-origin')).toBeNull();
    // Same host, other scheme: not the public origin.
    expect((await app.request('http://zcwd.example.gov.cn/api/meta', { headers: { Origin: 'http://zcwd.example.gov.cn' } })).status).toBe(403);
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
      for (let i = 0; i < 3; i++) expect((await app.request(path, {}, fromIp('127.0.0.1'))).status, path).toBe(200);
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
    const metrics = await (await app.request('/metrics', {}, fromIp('127.0.0.1'))).text();
    expect(metrics).toContain('zhengce_llm_fallbacks_total{reason="timeout"} 1');
    expect(metrics).toContain('zhengce_http_requests_total{method="POST",route="/api/ask",status="200"} 1');
    expect(metrics).toMatch(/zhengce_http_request_duration_seconds_count\{method="POST",route="\/api\/ask"\} 1/);
  });
});

describe('/metrics', () => {
  const LOOPBACK_ONLY = { error: { code: 'forbidden', message: '该地址仅限本机访问' } };
  const UNAUTHORIZED = { error: { code: 'unauthorized', message: '需要有效的访问令牌' } };
  const TOKEN = 'metrics-token-0123456789';

  it('serves loopback clients (IPv4, IPv6, IPv4-mapped) without a token', async () => {
    const { app } = await makeApp();
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      const res = await app.request('/metrics', {}, fromIp(ip));
      expect(res.status, ip).toBe(200);
      expect(await res.text(), ip).toContain('zhengce_http_requests_total');
    }
  });

  it('refuses any other address when METRICS_TOKEN is unset, and a proxied request from loopback', async () => {
    const { app } = await makeApp();
    for (const ip of ['10.0.0.1', '192.168.1.20', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1']) {
      const res = await app.request('/metrics', {}, fromIp(ip));
      expect(res.status, ip).toBe(403);
      expect(await res.json()).toEqual(LOOPBACK_ONLY);
    }
    // The request line without a socket (no address known) is not local either.
    expect((await app.request('/metrics')).status).toBe(403);
    for (const header of ['X-Forwarded-For', 'Forwarded', 'X-Real-IP']) {
      expect((await app.request('/metrics', { headers: { [header]: '203.0.113.9' } }, fromIp('127.0.0.1'))).status, header).toBe(403);
    }
  });

  it('serves any address presenting METRICS_TOKEN as a bearer token, 401 otherwise', async () => {
    const { app } = await makeApp({ config: { metricsToken: TOKEN } });
    const remote = fromIp('10.0.0.1');
    const ok = await app.request('/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } }, remote);
    expect(ok.status).toBe(200);
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN]) {
      const res = await app.request('/metrics', { headers: authorization ? { Authorization: authorization } : {} }, remote);
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.json()).toEqual(UNAUTHORIZED);
    }
    expect((await app.request('/metrics', {}, fromIp('127.0.0.1'))).status).toBe(200);
  });
});

describe('a client that went away', () => {
  it('is logged as aborted with 499 and counted apart from LLM fallbacks', async () => {
    const real = await testEngine();
    const abandoned: Engine = {
      ...real,
      index: real.index,
      ask: async (input) => {
        const result = await real.ask(input);
        return { ...result, trace: { ...result.trace, llmFallback: 'aborted' } };
      },
    };
    const { app, logs } = await makeApp({ engine: abandoned });
    const res = await postJson(app, '/api/ask', { question: ASK_5G });
    expect(res.status).toBe(499);
    const line = logs().find((l) => l.route === '/api/ask')!;
    expect(line).toMatchObject({ msg: 'aborted', status: 499, aborted: true, questionChars: 16 });
    expect(line.llmFallback).toBeUndefined();
    const metrics = await (await app.request('/metrics', {}, fromIp('127.0.0.1'))).text();
    expect(metrics).toContain('zhengce_client_aborts_total{route="/api/ask"} 1');
    expect(metrics).not.toContain('zhengce_llm_fallbacks_total{');
  });
});
