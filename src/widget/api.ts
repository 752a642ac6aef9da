/**
 * The widget's only network code. Every call goes to the origin the script was loaded from and
 * carries `X-Site-Key`; failures come back as values so the chat can word them in Chinese.
 */
import type { AskRequest, AskResponse, Citation, FeedbackRequest } from '../contract.js';
import { createSseParser } from './sse.js';

export type Failure =
  /** fetch rejected before any response: the network, or a CORS refusal the page cannot read */
  | { kind: 'unreachable' }
  /** unreachable twice while the server answers a no-cors probe: CORS refused this origin */
  | { kind: 'unauthorized' }
  /** unreachable twice and the probe failed too */
  | { kind: 'offline' }
  /** the stream broke or ended without `done` */
  | { kind: 'interrupted' }
  | { kind: 'http'; status: number; code: string; message: string; retryAfterSeconds: number | null }
  /** an `error` event inside the stream */
  | { kind: 'stream'; code: string; message: string };

export type AskOutcome = { ok: true; body: AskResponse } | { ok: false; failure: Failure };

export interface StreamHandlers {
  onCitations(citations: Citation[]): void;
  onDelta(text: string): void;
}

export interface ApiClient {
  askStream(request: AskRequest, handlers: StreamHandlers): Promise<AskOutcome>;
  sendFeedback(body: FeedbackRequest): Promise<boolean>;
  /** True when the server answers at all, whatever its CORS policy (an opaque response). */
  isReachable(): Promise<boolean>;
}

export interface ApiOptions {
  origin: string;
  siteKey: string | null;
  fetch?: typeof fetch;
}

export function createApiClient({ origin, siteKey, fetch: fetchImpl = fetch.bind(globalThis) }: ApiOptions): ApiClient {
  const headers = (extra: Record<string, string>) => (siteKey ? { ...extra, 'X-Site-Key': siteKey } : extra);
  const post = (path: string, body: unknown, accept: string) =>
    fetchImpl(`${origin}${path}`, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: headers({ 'Content-Type': 'application/json', Accept: accept }),
      body: JSON.stringify(body),
    });

  return {
    async askStream(request, handlers) {
      let response: Response;
      try {
        response = await post('/api/ask/stream', request, 'text/event-stream');
      } catch {
        return { ok: false, failure: { kind: 'unreachable' } };
      }
      if (!response.ok) return { ok: false, failure: await httpFailure(response) };
      return readStream(response, handlers);
    },

    async sendFeedback(body) {
      try {
        return (await post('/api/feedback', body, 'application/json')).ok;
      } catch {
        return false;
      }
    },

    async isReachable() {
      try {
        // /widget.js is the one resource served with CORP cross-origin: a no-cors probe of any other
        // path is blocked by the browser even when the server answers. HEAD + no-store: tiny and fresh.
        await fetchImpl(`${origin}/widget.js`, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
        return true;
      } catch {
        return false;
      }
    },
  };
}

async function httpFailure(response: Response): Promise<Failure> {
  let code = '';
  let message = '';
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON (a proxy's HTML page): the status alone decides the message.
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    kind: 'http',
    status: response.status,
    code,
    message,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null,
  };
}

async function readStream(response: Response, handlers: StreamHandlers): Promise<AskOutcome> {
  let done: AskResponse | null = null;
  let failure: Failure | null = null;
  const parser = createSseParser(({ event, data }) => {
    if (done || failure) return;
    try {
      const payload: unknown = JSON.parse(data);
      if (event === 'citations') handlers.onCitations(payload as Citation[]);
      else if (event === 'delta') handlers.onDelta((payload as { text: string }).text ?? '');
      else if (event === 'done') done = payload as AskResponse;
      else if (event === 'error') {
        const e = payload as { code?: string; message?: string };
        failure = { kind: 'stream', code: e.code ?? '', message: e.message ?? '' };
      }
    } catch {
      failure = { kind: 'interrupted' };
    }
  });

  const body = response.body;
  if (!body) {
    parser.push(await response.text());
  } else {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        parser.push(decoder.decode(value, { stream: true }));
        if (done || failure) break;
      }
      parser.push(decoder.decode());
    } catch {
      if (!done) return { ok: false, failure: { kind: 'interrupted' } };
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }
  parser.end();
  if (done) return { ok: true, body: done };
  return { ok: false, failure: failure ?? { kind: 'interrupted' } };
}
