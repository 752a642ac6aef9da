import { MemoryStore } from 'hono-rate-limiter';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import type { RateLimitBucket } from '../../src/server/middleware/rate-limit.js';
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

  it('grants nothing to a site key when SITE_KEYS is unset: ALLOWED_ORIGINS alone decides', async () => {
    const { app } = await makeApp({ config: { siteKeys: null } });
    const preflight = await app.request('/api/ask', { method: 'OPTIONS', headers: { Origin: 'https://www.example.gov.cn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-site-key' } });
    expect(preflight.status).toBe(403);
    const ask = await postJson(app, '/api/ask', { question: ASK_5G }, { Origin: 'https://www.example.gov.cn', 'X-Site-Key': 'zj-portal' });
    expect(ask.status).toBe(403);
  });

  it('names the refused origin in a warn line for the operator, once a minute per origin', async () => {
    const { app, logs } = await makeApp({ config: { allowedOrigins: ['https://www.zj.gov.cn'] } });
    for (let i = 0; i < 3; i += 1) await postJson(app, '/api/ask', { question: ASK_5G }, { Origin: 'https://www.example.gov.cn', 'X-Site-Key': 'zj-portal' });
    await app.request('/api/ask', { method: 'OPTIONS', headers: { Origin: 'https://other.example.cn', 'Access-Control-Request-Method': 'POST' } });
    const warnings = logs().filter((line) => line.level === 40).map(({ origin, siteKey, path, msg }) => ({ origin, siteKey, path, msg }));
    expect(warnings).toEqual([
      {
        origin: 'https://www.example.gov.cn',
        siteKey: 'zj-portal',
        path: '/api/ask',
        msg: 'origin not allowed: https://www.example.gov.cn — add it to ALLOWED_ORIGINS, or to the SITE_KEYS entry of the site key its widget uses',
      },
      {
        origin: 'https://other.example.cn',
        siteKey: null,
        path: '/api/ask',
        msg: 'origin not allowed: https://other.example.cn — add it to ALLOWED_ORIGINS, or to the SITE_KEYS entry of the site key its widget uses',
      },
    ]);
  });
});

/** A client at `ip`, optionally behind a proxy that says who it forwards for. */
const from = (ip: string, forwardedFor?: string) => ({ init: forwardedFor ? { headers: { 'X-Forwarded-For': forwardedFor } } : {}, env: fromIp(ip) });

async function statuses(app: Awaited<ReturnType<typeof makeApp>>['app'], path: string, count: number, client = from('10.0.0.1')) {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push((await app.request(path, client.init, client.env)).status);
  return out;
}

const askFrom = (app: Awaited<ReturnType<typeof makeApp>>['app'], client: ReturnType<typeof from>) =>
  app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json', ...client.init.headers }, body: JSON.stringify({ question: ASK_5G }) }, client.env);

describe('rate limit', () => {
  it('429 with Retry-After after RATE_LIMIT_PER_MINUTE asks, per client IP', async () => {
    const { app } = await makeApp({ config: { rateLimitPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await askFrom(app, from('10.0.0.1'))).status).toBe(200);
    const limited = await askFrom(app, from('10.0.0.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: '请求过于频繁，请稍后再试' } });
    expect((await askFrom(app, from('10.0.0.2'))).status).toBe(200);
  });

  it('counts searches and clause reads in their own bucket of ten times the ask budget, so reading never uses up asking', async () => {
    const { app } = await makeApp({ config: { rateLimitPerMinute: 2 } });
    expect(await statuses(app, '/api/search?q=5G', 20)).toEqual(Array(20).fill(200));
    const limited = await app.request('/api/search?q=5G', {}, fromIp('10.0.0.1'));
    expect([limited.status, limited.headers.get('ratelimit-limit')]).toEqual([429, '20']);
    expect([(await askFrom(app, from('10.0.0.1'))).status, (await askFrom(app, from('10.0.0.1'))).status, (await askFrom(app, from('10.0.0.1'))).status]).toEqual([200, 200, 429]);
  });

  it('does not limit pages, assets, the widget, health checks or metrics', async () => {
    const { app } = await makeApp({ config: { rateLimitPerMinute: 1 } });
    for (const path of ['/', '/plan', '/docs', '/assets/site.css', '/assets/chat.js', '/widget.js', '/healthz', '/metrics']) {
      expect(await statuses(app, path, 3, from('127.0.0.1')), path).toEqual([200, 200, 200]);
    }
  });

  it('believes X-Forwarded-For only from TRUSTED_PROXIES, and skips trusted hops in it', async () => {
    const trustedProxies = [{ address: '10.0.0.0', prefix: 8, family: 'ipv4' as const }];
    const { app } = await makeApp({ config: { rateLimitPerMinute: 1, trustedProxies } });
    // Behind the proxy, two citizens have two budgets.
    expect((await askFrom(app, from('10.0.0.5', '203.0.113.1'))).status).toBe(200);
    expect((await askFrom(app, from('10.0.0.5', '203.0.113.2'))).status).toBe(200);
    expect((await askFrom(app, from('10.0.0.5', '203.0.113.1'))).status).toBe(429);
    // A second trusted hop (a load balancer in front of the proxy) is skipped; the IPv4-mapped peer is the same proxy.
    expect((await askFrom(app, from('::ffff:10.0.0.6', '203.0.113.2, 10.9.9.9'))).status).toBe(429);
    // Anyone else's X-Forwarded-For is ignored: a new header every time does not buy a new budget.
    expect((await askFrom(app, from('192.0.2.9', '198.51.100.1'))).status).toBe(200);
    expect((await askFrom(app, from('192.0.2.9', '198.51.100.2'))).status).toBe(429);
    // A malformed hop stops the walk at the last address a trusted proxy saw.
    expect((await askFrom(app, from('10.0.0.7', 'nonsense'))).status).toBe(200);
    expect((await askFrom(app, from('10.0.0.7', 'nonsense'))).status).toBe(429);
  });

  it('gives a network in RATE_LIMIT_NETWORKS its own budget per client (0 = not limited)', async () => {
    const rateLimitNetworks = [
      { network: { address: '198.51.100.0', prefix: 24, family: 'ipv4' as const }, perMinute: 4 },
      { network: { address: '2001:db8::', prefix: 32, family: 'ipv6' as const }, perMinute: 0 },
    ];
    const { app } = await makeApp({ config: { rateLimitPerMinute: 1, rateLimitNetworks } });
    const hall = [];
    for (let i = 0; i < 5; i += 1) hall.push((await askFrom(app, from('198.51.100.20'))).status);
    expect(hall).toEqual([200, 200, 200, 200, 429]);
    const unlimited = [];
    for (let i = 0; i < 3; i += 1) unlimited.push((await askFrom(app, from('2001:db8::7'))).status);
    expect(unlimited).toEqual([200, 200, 200]);
    expect([(await askFrom(app, from('192.0.2.1'))).status, (await askFrom(app, from('192.0.2.1'))).status]).toEqual([200, 429]);
  });

  it('keeps its hit counts in the stores it is given, one per bucket', async () => {
    const counted: string[] = [];
    const rateLimitStores = (bucket: RateLimitBucket) => {
      const store = new MemoryStore();
      const increment = store.increment.bind(store);
      store.increment = (key: string) => {
        counted.push(`${bucket} ${key}`);
        return increment(key);
      };
      return store;
    };
    const { app } = await makeApp({ config: { rateLimitPerMinute: 5 }, rateLimitStores });
    await askFrom(app, from('10.0.0.8'));
    await app.request('/api/meta', {}, fromIp('10.0.0.8'));
    expect(counted).toEqual(['ask 10.0.0.8', 'api 10.0.0.8']);
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
