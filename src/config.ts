/**
 * Configuration from the environment (../shared/CONTRACT.md). Pure: the entry points pass `process.env`
 * in. An invalid value throws an Error naming the variable, which stops start-up.
 */
import type { EmbeddingsConfig } from './ingest/embeddings/index.js';

export interface Config {
  port: number;
  host: string;
  indexDir: string;
  sourceDir: string;
  lexiconDir: string;
  /** null = same origin only */
  allowedOrigins: string[] | null;
  /** site key → its origins; null = any key */
  siteKeys: Map<string, string[]> | null;
  rateLimitPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  feedbackDb: string;
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
    logLevel,
    feedbackDb: env.FEEDBACK_DB?.trim() || 'data/feedback.sqlite',
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
