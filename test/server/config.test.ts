/** The store's and /admin's environment: defaults, and start-up errors that name the variable and never echo a secret. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

describe('DATABASE_URL, ADMIN_TOKEN, LOG_RETENTION_DAYS', () => {
  it('default to SQLite, /admin off and 90 days', () => {
    const config = readConfig({});
    expect([config.databaseUrl, config.adminToken, config.logRetentionDays, config.feedbackDb]).toEqual([null, null, 90, 'data/feedback.sqlite']);
  });

  it('read a PostgreSQL URL, a token and 0 days', () => {
    const config = readConfig({ DATABASE_URL: ' postgresql://zcwd:pw@db.internal:5432/zcwd ', ADMIN_TOKEN: 'a'.repeat(16), LOG_RETENTION_DAYS: '0' });
    expect([config.databaseUrl, config.adminToken, config.logRetentionDays]).toEqual(['postgresql://zcwd:pw@db.internal:5432/zcwd', 'a'.repeat(16), 0]);
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root:hunter2@db/zcwd' }, 'invalid DATABASE_URL: expected postgres://user:password@host:5432/database (or unset for the SQLite file FEEDBACK_DB)', 'hunter2'],
    ['DATABASE_URL', { DATABASE_URL: 'not a url hunter2' }, 'invalid DATABASE_URL: expected postgres://user:password@host:5432/database (or unset for the SQLite file FEEDBACK_DB)', 'hunter2'],
    ['ADMIN_TOKEN', { ADMIN_TOKEN: 'short-hunter2' }, 'invalid ADMIN_TOKEN: expected at least 16 characters without spaces (e.g. `openssl rand -hex 24`), or unset to turn /admin off', 'hunter2'],
    ['ADMIN_TOKEN', { ADMIN_TOKEN: 'a long token with hunter2 in it' }, 'invalid ADMIN_TOKEN: expected at least 16 characters without spaces (e.g. `openssl rand -hex 24`), or unset to turn /admin off', 'hunter2'],
    ['LOG_RETENTION_DAYS', { LOG_RETENTION_DAYS: '-1' }, 'invalid LOG_RETENTION_DAYS="-1": expected an integer from 0 to 3650', null],
    ['LOG_RETENTION_DAYS', { LOG_RETENTION_DAYS: '90d' }, 'invalid LOG_RETENTION_DAYS="90d": expected an integer from 0 to 3650', null],
  ])('stop start-up naming %s', (_name, env, message, secret) => {
    let thrown = '';
    try {
      readConfig(env);
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toBe(message);
    if (secret) expect(thrown).not.toContain(secret);
  });
});


describe('readConfig: METRICS_TOKEN and PUBLIC_ORIGIN', () => {
  it('leaves both unset by default: /metrics loopback only, same origin from the request', () => {
    expect(readConfig({})).toMatchObject({ metricsToken: null, publicOrigin: null });
  });

  it('reads a bearer token and a public origin (a trailing slash is dropped)', () => {
    const config = readConfig({ METRICS_TOKEN: ' s3cr3t-token_0123456789 ', PUBLIC_ORIGIN: 'https://zcwd.example.gov.cn/' });
    expect(config).toMatchObject({ metricsToken: 's3cr3t-token_0123456789', publicOrigin: 'https://zcwd.example.gov.cn' });
  });

  it.each(['short', 'has spaces in the middle of it', '令牌令牌令牌令牌令牌令牌令牌令牌'])('refuses METRICS_TOKEN=%s without repeating the secret', (token) => {
    expect(() => readConfig({ METRICS_TOKEN: token })).toThrow('invalid METRICS_TOKEN: expected at least 16 characters of A-Z a-z 0-9 - . _ ~ + / (the value is not shown)');
    try {
      readConfig({ METRICS_TOKEN: token });
    } catch (error) {
      expect((error as Error).message).not.toContain(token);
    }
  });

  it.each(['zcwd.example.gov.cn', 'https://zcwd.example.gov.cn/api', 'ftp://zcwd.example.gov.cn'])('refuses PUBLIC_ORIGIN=%s naming the variable', (value) => {
    expect(() => readConfig({ PUBLIC_ORIGIN: value })).toThrow(`invalid PUBLIC_ORIGIN=${JSON.stringify(value)}: expected origins like https://www.zj.gov.cn`);
  });
});

/** The message readConfig stops start-up with, or '' when it accepts the environment. */
function startUpError(env: Record<string, string>): string {
  try {
    readConfig(env);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('REDIS_URL and WORKERS', () => {
  it('default to per-process rate limits and one process', () => {
    const config = readConfig({});
    expect([config.redisUrl, config.workers]).toEqual([null, 1]);
  });

  it('read a Redis URL (redis:// or rediss://), auto and a number of workers', () => {
    expect([readConfig({ REDIS_URL: ' redis://:pw@cache.internal:6379/2 ', WORKERS: 'auto' })].map((c) => [c.redisUrl, c.workers])).toEqual([['redis://:pw@cache.internal:6379/2', 'auto']]);
    expect([readConfig({ REDIS_URL: 'rediss://cache.internal', WORKERS: '4' })].map((c) => [c.redisUrl, c.workers])).toEqual([['rediss://cache.internal', 4]]);
  });

  it.each([
    [{ REDIS_URL: 'http://:hunter2@cache.internal:6379' }, 'invalid REDIS_URL: expected redis://[:password@]host:6379[/db] (or rediss:// for TLS), or unset for per-process rate limits', 'hunter2'],
    [{ REDIS_URL: 'cache.internal hunter2' }, 'invalid REDIS_URL: expected redis://[:password@]host:6379[/db] (or rediss:// for TLS), or unset for per-process rate limits', 'hunter2'],
    [{ WORKERS: '0' }, 'invalid WORKERS="0": expected auto (one per core) or an integer from 1 to 64', null],
    [{ WORKERS: 'all' }, 'invalid WORKERS="all": expected auto (one per core) or an integer from 1 to 64', null],
    [{ WORKERS: '65' }, 'invalid WORKERS="65": expected auto (one per core) or an integer from 1 to 64', null],
  ])('stop start-up naming the variable: %j', (env, message, secret) => {
    const thrown = startUpError(env);
    expect(thrown).toBe(message);
    if (secret) expect(thrown).not.toContain(secret);
  });
});
