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
