import type { AskMode, AskResponse, AskStreamEvent, MatchRequest, MatchResponse, SearchResult, Turn } from '../contract.js';
import type { LoadedIndex } from '../ingest/store.js';

export interface AskInput {
  question: string;
  history?: Turn[];
  mode?: AskMode;
}

/** Why an answer is what it is: for logs, metrics and the refused-questions report, never for the citizen. */
export interface AskTrace {
  /** null when answered; otherwise a stable reason such as `no_evidence`, `smalltalk`, `instruction_override` */
  refusalReason: string | null;
  /** null when the LLM answered or was not asked; otherwise why its answer was replaced by the extractive one */
  llmFallback: string | null;
  /** The question as retrieval saw it (after folding, conversion and follow-up resolution). */
  resolvedQuestion: string;
  /** The question card that decided the answer (a supervisor's curated answer, referral or link), or null. */
  cardId: string | null;
  /** Cards close to the question whose clauses the answer cites: what each card has served. */
  cardIds: string[];
  /** 0–1: how much of the question's evidence spoke for the plan (1 when a card decided). */
  evidence: number;
}

export interface AskResult {
  body: AskResponse;
  trace: AskTrace;
  /**
   * Set on an answer from the cache (src/answer/cache.ts): `body` as UTF-8 JSON, serialized once when it was
   * cached, without `latencyMs` and the closing brace. The server appends `,"latencyMs":…}` instead of
   * serializing the same few kilobytes again on every hit; see `askResponseBytes`.
   */
  bodyJsonHead?: Uint8Array<ArrayBuffer>;
}

export type { MatchGroup, MatchResponse } from '../contract.js';

/** Everything the server, the eval runner and the CLI need, over one loaded index. */
export interface Engine {
  readonly index: LoadedIndex;
  /** Whether answers may go through an LLM (then `ask` takes the client's abort signal to cancel it). */
  readonly usesLlm: boolean;
  ask(input: AskInput, options?: { signal?: AbortSignal }): Promise<AskResult>;
  /** citations, then delta*, then done (whose data equals what `ask` returns) — or error. */
  askStream(input: AskInput, options?: { signal?: AbortSignal; onTrace?: (trace: AskTrace) => void }): AsyncIterable<AskStreamEvent>;
  search(query: string, k: number): Promise<SearchResult[]>;
  match(profile: MatchRequest): Promise<MatchResponse>;
}
