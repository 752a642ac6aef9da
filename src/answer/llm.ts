/**
 * The optional LLM answer: any OpenAI-compatible chat endpoint (Qwen, DeepSeek, Ollama, vLLM) through
 * LangChain's ChatOpenAI. The model only rephrases the numbered clauses; its answer is stripped of
 * Markdown emphasis and validated (no markup, citations exist, numbers grounded, wording from the
 * clauses) and anything wrong falls back to the extractive answer.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Turn } from '../contract.js';
import { ANSWER_SYSTEM_PROMPT, answerUserPrompt } from '../prompts/answer.js';
import { isInstructionOverride } from '../retrieval/out-of-scope.js';
import type { Clause, Result } from '../types.js';
import { MARKER_GROUP, splitStatements, stripEmphasis, validateAnswer, validateStatements, validateWhole, type ValidationError } from './validate.js';

export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
}

/** `aborted`: the client went away (its request's signal), which is neither a timeout nor the endpoint's fault. */
export type LlmFailure = ValidationError | 'timeout' | 'aborted' | 'endpoint_error';

export async function createChatModel(config: LlmConfig, timeoutMs: number): Promise<BaseChatModel> {
  const { ChatOpenAI } = await import('@langchain/openai');
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey ?? 'not-needed',
    configuration: { baseURL: config.baseUrl },
    temperature: 0,
    // One attempt: a retry would blow the latency budget; the extractive answer is the fallback.
    maxRetries: 0,
    timeout: timeoutMs,
  });
}

/**
 * Only the citizen's own earlier questions go to the model: assistant turns come from the client and
 * could carry anything; turns that try to override instructions are dropped.
 */
function messages(question: string, clauses: Clause[], history: Turn[] | undefined) {
  const previous = (history ?? []).filter((t) => t.role === 'user' && !isInstructionOverride(t.content)).slice(-3).map((t) => t.content);
  return [new SystemMessage(ANSWER_SYSTEM_PROMPT), new HumanMessage(answerUserPrompt(question, clauses, previous))];
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c) => (typeof c === 'string' ? c : ((c as { text?: string }).text ?? ''))).join('');
  return '';
}

/** Abort after `timeoutMs` even if the endpoint accepted the connection and then went silent. */
function deadline(timeoutMs: number, outer?: AbortSignal): AbortSignal {
  return outer ? AbortSignal.any([outer, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
}

/** The combined signal's reason is that of whichever signal fired first: the client's, or the deadline's. */
function failureOf(error: unknown, signal: AbortSignal, outer: AbortSignal | undefined): LlmFailure {
  if (outer?.aborted && signal.reason === outer.reason) return 'aborted';
  if (signal.aborted || /abort|timeout|timed out/i.test(String((error as Error)?.message ?? error))) return 'timeout';
  return 'endpoint_error';
}

/** One LLM answer: the model, the question, the numbered clauses it may use, and its deadline. */
export interface LlmRequest {
  model: BaseChatModel;
  question: string;
  clauses: Clause[];
  history?: Turn[];
  timeoutMs: number;
  signal?: AbortSignal;
}

export async function llmAnswer({ model, question, clauses, history, timeoutMs, signal: outer }: LlmRequest): Promise<Result<string, LlmFailure>> {
  const signal = deadline(timeoutMs, outer);
  try {
    const reply = await model.invoke(messages(question, clauses, history), { signal });
    const answer = stripEmphasis(textOf(reply.content)).trim();
    const checked = validateAnswer(answer, clauses.map((c) => c.text));
    return checked.ok ? { ok: true, value: answer } : checked;
  } catch (error) {
    return { ok: false, error: failureOf(error, signal, outer) };
  }
}

/**
 * Streams validated statements: a statement is yielded only once it is complete and its numbers are
 * grounded in the clauses it cites. The first bad statement ends the stream with a failure.
 */
export async function* llmAnswerStream({ model, question, clauses, history, timeoutMs, signal: outer }: LlmRequest): AsyncGenerator<string, Result<string, LlmFailure>> {
  const signal = deadline(timeoutMs, outer);
  const texts = clauses.map((c) => c.text);
  let buffer = '';
  let emitted = '';
  try {
    for await (const chunk of await model.stream(messages(question, clauses, history), { signal })) {
      buffer += stripEmphasis(textOf(chunk.content));
      // Everything up to the last complete "…[n]" group is final; the rest may still grow.
      const last = [...buffer.matchAll(MARKER_GROUP)].at(-1);
      if (!last) continue;
      const end = last.index + last[0].length;
      // A "[" after it may be the start of a marker still arriving: wait for more.
      if (buffer.includes('[', end)) continue;
      // A marker group may continue in the next chunk ("[1]" then "[2]"): wait for one more character.
      if (end === buffer.length) continue;
      const ready = validateStatements(splitStatements(buffer.slice(0, end)), texts);
      if (!ready.ok) return ready;
      for (const statement of ready.value) yield statement.text;
      emitted += buffer.slice(0, end);
      buffer = buffer.slice(end);
    }
  } catch (error) {
    return { ok: false, error: failureOf(error, signal, outer) };
  }
  const rest = validateStatements(splitStatements(buffer), texts);
  if (!rest.ok) return rest;
  for (const statement of rest.value) yield statement.text;
  emitted += buffer;
  // Every statement has been checked as it came; what is left is what only the whole answer must be.
  const whole = validateWhole(splitStatements(emitted));
  return whole.ok ? { ok: true, value: emitted.trim() } : whole;
}
