/**
 * Configuration from the environment (the table in README.md). Pure: the entry points pass `process.env`
 * in. An invalid value throws an Error naming the variable, which stops start-up.
 */
import { isIP } from 'node:net';
import type { EmbeddingsConfig } from './ingest/embeddings/index.js';

/** An address block: `10.0.0.0/8`, `::1/128`. A bare address is a block of one. */
export interface Cidr {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** A network with its own per-client budget (RATE_LIMIT_NETWORKS), e.g. a service hall behind one NAT address. */
export interface NetworkAllowance {
  network: Cidr;
  perMinute: number;
}

export interface Config {
  port: number;
  host: string;
  indexDir: string;
  sourceDir: string;
  lexiconDir: string;
  /** null = same origin only */
  allowedOrigins: string[] | null;
  /** site key → its origins; null = no keys: a key grants nothing and ALLOWED_ORIGINS alone decides */
  siteKeys: Map<string, string[]> | null;
  rateLimitPerMinute: number;
  /** Budgets that replace RATE_LIMIT_PER_MINUTE for clients in these networks; the first match wins. */
  rateLimitNetworks: NetworkAllowance[];
  /** Peers whose X-Forwarded-For is believed for the client address; empty = the socket peer is the client. */
  trustedProxies: Cidr[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  feedbackDb: string;
  /** postgres://… : the store in PostgreSQL instead of the SQLite file `feedbackDb`; null = SQLite. */
  databaseUrl: string | null;
  /** redis://… : rate-limit counts (and, without DATABASE_URL, reload notices) shared by every replica; null = per process. */
  redisUrl: string | null;
  /** Processes on this host (WORKERS); `auto` = one per core, resolved by the entry point. */
  workers: number | 'auto';
  /** The supervisors' shared sign-in secret; null = /admin is off (404). */
  adminToken: string | null;
  /** Days the conversation log is kept; 0 = questions are not logged. */
  logRetentionDays: number;
  embeddings: EmbeddingsConfig;
  llm: { baseUrl: string; apiKey: string | undefined; model: string } | null;
  llmTimeoutMs: number;
  /** Bearer token for /metrics from other than loopback; null = loopback only. */
  metricsToken: string | null;
  /** The service's public origin for same-origin checks; null = the request's own (Host header). */
  publicOrigin: string | null;
}

type Env = Record<string, string | undefined>;

function fail(name: string, value: string, expected: string): never {
  throw new Error(`invalid ${name}=${JSON.stringify(value)}: expected ${expected}`);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) fail(name, raw, `an integer from ${min} to ${max}`);
  const value = Number(raw.trim());
  if (value < min || value > max) fail(name, raw, `an integer from ${min} to ${max}`);
  return value;
}

function origin(name: string, value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '')) return url.origin;
  } catch {
    // fall through to the error below
  }
  return fail(name, value, 'origins like https://www.zj.gov.cn (scheme, host and optional port, no path)');
}

function parseOrigins(env: Env): string[] | null {
  const raw = env.ALLOWED_ORIGINS?.trim();
  if (!raw) return null;
  if (raw === '*') return ['*'];
  return raw.split(',').map((o) => origin('ALLOWED_ORIGINS', o.trim()));
}

function parseSiteKeys(env: Env): Map<string, string[]> | null {
  const raw = env.SITE_KEYS?.trim();
  if (!raw) return null;
  const keys = new Map<string, string[]>();
  for (const entry of raw.split(',')) {
    const eq = entry.indexOf('=');
    const key = entry.slice(0, eq).trim();
    if (eq <= 0 || !/^[A-Za-z0-9_-]{1,64}$/.test(key)) fail('SITE_KEYS', raw, 'key=https://a.gov.cn|https://b.gov.cn,key2=…');
    keys.set(key, entry.slice(eq + 1).split('|').map((o) => origin('SITE_KEYS', o.trim())));
  }
  return keys;
}

function cidr(name: string, raw: string, value: string): Cidr {
  const [address = '', bits, ...rest] = value.trim().split('/');
  const version = isIP(address);
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : -1;
  if (version === 0 || rest.length > 0 || prefix < 0 || prefix > max) {
    fail(name, raw, 'CIDR blocks like 10.0.0.0/8, 192.168.1.7 or fd00::/8, separated by commas');
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

function parseTrustedProxies(env: Env): Cidr[] {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) return [];
  return raw.split(',').map((block) => cidr('TRUSTED_PROXIES', raw, block));
}

function parseNetworkAllowances(env: Env): NetworkAllowance[] {
  const raw = env.RATE_LIMIT_NETWORKS?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const eq = entry.lastIndexOf('=');
    const budget = entry.slice(eq + 1).trim();
    if (eq <= 0 || !/^\d{1,7}$/.test(budget)) fail('RATE_LIMIT_NETWORKS', raw, 'cidr=perMinute entries like 203.0.113.0/28=600, separated by commas');
    return { network: cidr('RATE_LIMIT_NETWORKS', raw, entry.slice(0, eq)), perMinute: Number(budget) };
  });
}

/** A server URL of one of `protocols`, or null when unset. Never echoed: it usually holds a password. */
function serverUrl(env: Env, name: 'DATABASE_URL' | 'REDIS_URL', protocols: string[], expected: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || !protocols.includes(url.protocol) || !url.hostname) throw new Error(`invalid ${name}: expected ${expected}`);
  return raw;
}

const parseDatabaseUrl = (env: Env) =>
  serverUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database (or unset for the SQLite file FEEDBACK_DB)');

const parseRedisUrl = (env: Env) =>
  serverUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://[:password@]host:6379[/db] (or rediss:// for TLS), or unset for per-process rate limits');

export const WORKERS_MAX = 64;

function parseWorkers(env: Env): number | 'auto' {
  const raw = env.WORKERS?.trim();
  if (!raw) return 1;
  if (raw === 'auto') return 'auto';
  const value = /^\d+$/.test(raw) ? Number(raw) : 0;
  if (value < 1 || value > WORKERS_MAX) fail('WORKERS', env.WORKERS!, `auto (one per core) or an integer from 1 to ${WORKERS_MAX}`);
  return value;
}

export const ADMIN_TOKEN_MIN = 16;

function parseAdminToken(env: Env): string | null {
  const raw = env.ADMIN_TOKEN;
  if (raw === undefined || raw === '') return null;
  // Not echoed either: it is the secret.
  if (raw.length < ADMIN_TOKEN_MIN || /\s/.test(raw)) {
    throw new Error(`invalid ADMIN_TOKEN: expected at least ${ADMIN_TOKEN_MIN} characters without spaces (e.g. \`openssl rand -hex 24\`), or unset to turn /admin off`);
  }
  return raw;
}

/** RFC 6750's token characters, long enough not to be guessed. The value is a secret: never echoed. */
function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN?.trim();
  if (!raw) return null;
  if (!/^[A-Za-z0-9._~+/-]{16,}=*$/.test(raw)) throw new Error('invalid METRICS_TOKEN: expected at least 16 characters of A-Z a-z 0-9 - . _ ~ + / (the value is not shown)');
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function readConfig(env: Env): Config {
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) fail('LOG_LEVEL', env.LOG_LEVEL!, LOG_LEVELS.join(' | '));
  const kind = (env.EMBEDDINGS || 'local') as EmbeddingsConfig['kind'];
  if (!['local', 'openai', 'transformers'].includes(kind)) fail('EMBEDDINGS', env.EMBEDDINGS!, 'local | openai | transformers');
  if (kind === 'openai' && (!env.EMBEDDINGS_BASE_URL || !env.EMBEDDINGS_MODEL)) {
    throw new Error('invalid EMBEDDINGS=openai: set EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL too');
  }
  if (kind === 'transformers' && (!env.EMBEDDINGS_MODEL_DIR || !env.EMBEDDINGS_MODEL)) {
    throw new Error('invalid EMBEDDINGS=transformers: set EMBEDDINGS_MODEL_DIR and EMBEDDINGS_MODEL too');
  }
  if (env.EMBEDDINGS_BASE_URL) {
    try {
      new URL(env.EMBEDDINGS_BASE_URL);
    } catch {
      fail('EMBEDDINGS_BASE_URL', env.EMBEDDINGS_BASE_URL, 'a URL such as http://127.0.0.1:11434/v1');
    }
  }
  const llmBase = env.LLM_BASE_URL?.trim();
  const llmModel = env.LLM_MODEL?.trim();
  if (llmBase) {
    try {
      new URL(llmBase);
    } catch {
      fail('LLM_BASE_URL', llmBase, 'a URL such as http://127.0.0.1:11434/v1');
    }
  }
  if (Boolean(llmBase) !== Boolean(llmModel)) {
    throw new Error(`invalid LLM configuration: set both LLM_BASE_URL and LLM_MODEL (only ${llmBase ? 'LLM_BASE_URL' : 'LLM_MODEL'} is set)`);
  }
  const host = env.HOST?.trim() || '0.0.0.0';
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host,
    indexDir: env.INDEX_DIR?.trim() || 'data/index',
    sourceDir: env.SOURCE_DIR?.trim() || 'data/source',
    lexiconDir: env.LEXICON_DIR?.trim() || 'data/lexicon',
    allowedOrigins: parseOrigins(env),
    siteKeys: parseSiteKeys(env),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    rateLimitNetworks: parseNetworkAllowances(env),
    trustedProxies: parseTrustedProxies(env),
    logLevel,
    feedbackDb: env.FEEDBACK_DB?.trim() || 'data/feedback.sqlite',
    databaseUrl: parseDatabaseUrl(env),
    redisUrl: parseRedisUrl(env),
    workers: parseWorkers(env),
    adminToken: parseAdminToken(env),
    logRetentionDays: integer(env, 'LOG_RETENTION_DAYS', 90, 0, 3650),
    embeddings: {
      kind,
      baseUrl: env.EMBEDDINGS_BASE_URL?.trim() || undefined,
      model: env.EMBEDDINGS_MODEL?.trim() || undefined,
      modelDir: env.EMBEDDINGS_MODEL_DIR?.trim() || undefined,
      apiKey: env.EMBEDDINGS_API_KEY?.trim() || undefined,
    },
    llm: llmBase && llmModel ? { baseUrl: llmBase, apiKey: env.LLM_API_KEY?.trim() || undefined, model: llmModel } : null,
    llmTimeoutMs: integer(env, 'LLM_TIMEOUT_MS', 8000, 100, 600_000),
    metricsToken: metricsToken(env),
    publicOrigin: env.PUBLIC_ORIGIN?.trim() ? origin('PUBLIC_ORIGIN', env.PUBLIC_ORIGIN.trim()) : null,
  };
}
