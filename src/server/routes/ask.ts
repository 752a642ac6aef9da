/** POST /api/ask and POST /api/ask/stream: the same question, answered at once or as server-sent events. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { IncomingMessage } from 'node:http';
import type { Context, TypedResponse } from 'hono';
import { askResponseBytes } from '../../answer/cache.js';
import { AskRequestSchema, AskResponseSchema, type AskResponse } from '../../contract.js';
import type { AskTrace } from '../../answer/types.js';
import { requireEngine, type AppDeps, type AppEnv } from '../deps.js';
import { MESSAGES } from '../errors.js';
import { questionDigest } from '../redact.js';
import { BODY_ERRORS, ERRORS, json, jsonBody, NOT_READY } from './_openapi.js';

const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  tags: ['问答'],
  summary: '提问：返回带引用的回答',
  request: jsonBody(AskRequestSchema),
  responses: { 200: { description: '回答', ...json(AskResponseSchema) }, ...BODY_ERRORS, ...ERRORS, ...NOT_READY },
});

const streamRoute = createRoute({
  method: 'post',
  path: '/api/ask/stream',
  tags: ['问答'],
  summary: '提问（流式）：citations、delta、done 或 error 事件',
  request: jsonBody(AskRequestSchema),
  responses: {
    200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...BODY_ERRORS,
    ...ERRORS,
    ...NOT_READY,
  },
});

interface Outcome {
  reqId: string;
  question: string;
  body: AskResponse;
  trace: AskTrace | null;
  channel: 'ask' | 'stream';
}

/**
 * Whether the asker hung up before the answer was complete: the LLM call was cancelled by the request's
 * signal, or the socket is already gone (checked without building an AbortController).
 */
function clientGone(c: Context, trace: AskTrace | null): boolean {
  if (trace?.llmFallback === 'aborted') return true;
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.destroyed === true;
}

/** An ask nobody received: counted apart from answers and LLM fallbacks, and logged as `aborted`. */
function recordAborted({ metrics }: AppDeps, route: string, question: string): Record<string, unknown> {
  metrics.aborted.inc({ route });
  const { questionChars, questionHash } = questionDigest(question);
  return { questionChars, questionHash, aborted: true };
}

/**
 * Count the answer, queue it for the conversation log (src/store/log.ts), and return what the request's log
 * line says of it (digest, never text). Never fails the request.
 */
function record({ logger, metrics, store }: AppDeps, { reqId, question, body, trace, channel }: Outcome): Record<string, unknown> {
  const refusalReason = body.refused ? (trace?.refusalReason ?? 'unknown') : null;
  const llmFallback = trace?.llmFallback ?? null;
  const { questionChars, questionHash } = questionDigest(question);
  // A literal, not a spread of the digest: the line pino serializes then costs ≈ 1.5× less (12.6 vs 18.5 µs).
  const logFields = { questionChars, questionHash, refused: body.refused, refusalReason, llmFallback, mode: body.mode, citations: body.citations.length };
  if (llmFallback) metrics.llmFallbacks.inc({ reason: llmFallback });
  if (refusalReason !== null) metrics.refusals.inc({ reason: refusalReason });
  try {
    store.log.record({
      question,
      answer: body.answer,
      refused: body.refused,
      refusalReason,
      mode: body.mode,
      latencyMs: body.latencyMs,
      evidence: trace?.evidence ?? 0,
      cardId: trace?.cardId ?? null,
      cardIds: trace?.cardIds ?? [],
      citations: body.citations.map((c) => c.id),
      channel,
    });
  } catch (error) {
    logger.error({ reqId, err: error }, 'could not queue the question for the conversation log');
  }
  return logFields;
}

/** A stream's request line is written when its headers go out, before the answer: it gets its own line. */
const logAnswered = ({ logger }: AppDeps, reqId: string, fields: Record<string, unknown>) => logger.info({ reqId, ...fields }, 'answered');

export function registerAsk(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(askRoute, async (c) => {
    const engine = requireEngine(deps.engine);
    const input = c.req.valid('json');
    // The signal only matters to an LLM call; building it costs an AbortController per request.
    const result = await engine.ask(input, engine.usesLlm ? { signal: c.req.raw.signal } : undefined);
    const { body, trace } = result;
    if (clientGone(c, trace)) {
      // Nobody to answer: the request line says `aborted` with status 499, as for a body cut off mid-way.
      c.set('logMsg', 'aborted');
      c.set('logFields', recordAborted(deps, '/api/ask', input.question));
      return new Response(null, { status: 499 }) as unknown as TypedResponse<AskResponse, 200, 'json'>;
    }
    // The request's own log line (middleware/observe.ts) carries the answer's digest: one line per ask.
    c.set('logMsg', 'answered');
    c.set('logFields', record(deps, { reqId: c.get('requestId'), question: input.question, body, trace, channel: 'ask' }));
    // Same bytes as c.json(body); a cached answer comes already serialized (src/answer/cache.ts). The
    // cast tells the OpenAPI types what c.json would have: this body is the AskResponse in JSON.
    return c.body(askResponseBytes(result), 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<AskResponse, 200, 'json'>;
  });

  app.openapi(streamRoute, async (c) => {
    const engine = requireEngine(deps.engine);
    const input = c.req.valid('json');
    const reqId: string = c.get('requestId');
    c.header('X-Accel-Buffering', 'no'); // a buffering proxy (nginx) would hold the deltas back
    const response = streamSSE(c, async (stream) => {
      const aborted = new AbortController();
      stream.onAbort(() => aborted.abort());
      let trace: AskTrace | null = null;
      let answered = false;
      // Errors are caught here, not by streamSSE's onError: Hono would then also send error.message to the client.
      try {
        for await (const { event, data } of engine.askStream(input, { signal: aborted.signal, onTrace: (t) => (trace = t) })) {
          if (aborted.signal.aborted) break;
          await stream.writeSSE({ event, data: JSON.stringify(data) });
          if (event === 'done' && !aborted.signal.aborted) {
            answered = true;
            logAnswered(deps, reqId, record(deps, { reqId, question: input.question, body: data, trace, channel: 'stream' }));
          }
        }
      } catch (error) {
        // Headers are already sent: the failure can only be reported in-band.
        if (!aborted.signal.aborted) {
          deps.logger.error({ reqId, err: error }, 'answer stream failed');
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ code: 'internal_error', message: MESSAGES.internal }) });
        }
      }
      if (aborted.signal.aborted && !answered) deps.logger.info({ reqId, ...recordAborted(deps, '/api/ask/stream', input.question) }, 'aborted');
    });
    // streamSSE sets `Connection: keep-alive`, which makes Node keep the socket open even when the client
    // asked for `Connection: close`; without the header Node decides from the request, as for any response.
    response.headers.delete('Connection');
    return response;
  });
}
