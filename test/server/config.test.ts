import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

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
