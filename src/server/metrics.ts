/**
 * Prometheus metrics on a registry of their own (not prom-client's global one), so every app — and
 * every test — counts only its own requests.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  refusals: Counter<'reason'>;
  llmFallbacks: Counter<'reason'>;
  reloads: Counter<'result'>;
  /** Asks whose client went away before the answer was complete (not LLM timeouts). */
  aborted: Counter<'route'>;
  /** Requests Node's HTTP parser refused before the app saw them, by the status answered. */
  parseErrors: Counter<'status'>;
}

export function createMetrics({ processMetrics = false }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'zhengce_' });
  return {
    registry,
    requests: new Counter({
      name: 'zhengce_http_requests_total',
      help: 'HTTP requests by route template and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    duration: new Histogram({
      name: 'zhengce_http_request_duration_seconds',
      help: 'Time to response headers (for SSE: to the start of the stream)',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    refusals: new Counter({
      name: 'zhengce_refusals_total',
      help: 'Questions the plan does not cover, by refusal reason',
      labelNames: ['reason'],
      registers,
    }),
    llmFallbacks: new Counter({
      name: 'zhengce_llm_fallbacks_total',
      help: 'LLM answers replaced by the extractive answer, by reason',
      labelNames: ['reason'],
      registers,
    }),
    reloads: new Counter({
      name: 'zhengce_index_reloads_total',
      help: 'Index reload attempts by result (ok | refused)',
      labelNames: ['result'],
      registers,
    }),
    aborted: new Counter({
      name: 'zhengce_client_aborts_total',
      help: 'Asks whose client disconnected before the answer was complete',
      labelNames: ['route'],
      registers,
    }),
    parseErrors: new Counter({
      name: 'zhengce_http_parse_errors_total',
      help: "Requests Node's HTTP parser refused before the app (bad URL or method, headers too large, too slow), by status",
      labelNames: ['status'],
      registers,
    }),
  };
}
