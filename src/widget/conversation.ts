/**
 * The conversation: what is sent back as `history` (so that follow-ups such as "那宁波呢？" resolve) and
 * what is shown again after a reload. Kept in sessionStorage — this tab only, gone when it closes —
 * and cleared by 新对话. Storage may be missing or full; then the conversation lives in memory only.
 */
import type { AskResponse, Turn } from '../contract.js';

/** The contract's limits: at most 10 turns, each at most 4000 characters. */
const MAX_TURNS = 10;
const MAX_CONTENT = 4000;
/** Exchanges kept for a reload: enough for a long session, small next to sessionStorage's 5 MB. */
const MAX_KEPT = 20;

export interface Exchange {
  question: string;
  response: AskResponse;
}

export interface Conversation {
  /** The last turns, oldest first; empty before the first answer. */
  history(): Turn[];
  /** Every answered exchange, oldest first (after a reload: those of this tab's session). */
  exchanges(): Exchange[];
  record(question: string, response: AskResponse): void;
  clear(): void;
}

export interface ConversationOptions {
  storage?: Storage | null;
  /** sessionStorage key; the page and the widget keep separate conversations */
  key?: string;
}

export function createConversation({ storage = null, key = 'policyqa:conversation' }: ConversationOptions = {}): Conversation {
  let kept: Exchange[] = read(storage, key);

  const save = () => {
    try {
      if (kept.length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify({ v: 1, exchanges: kept }));
    } catch {
      // Quota or policy: keep the newest half and try once more, else memory only.
      kept = kept.slice(Math.floor(kept.length / 2));
      try {
        storage?.setItem(key, JSON.stringify({ v: 1, exchanges: kept }));
      } catch {
        // memory only
      }
    }
  };

  return {
    history: () =>
      kept
        .flatMap(({ question, response }): Turn[] => [
          { role: 'user', content: question.slice(0, MAX_CONTENT) },
          { role: 'assistant', content: response.answer.slice(0, MAX_CONTENT) },
        ])
        .slice(-MAX_TURNS),
    exchanges: () => [...kept],
    record(question, response) {
      kept = [...kept, { question, response }].slice(-MAX_KEPT);
      save();
    },
    clear() {
      kept = [];
      save();
    },
  };
}

/**
 * What a previous page view stored, checked field by field (zod would triple the widget's size): a
 * damaged or foreign entry is dropped, never rendered.
 */
function read(storage: Storage | null, key: string): Exchange[] {
  let parsed: unknown;
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const exchanges = (parsed as { v?: unknown; exchanges?: unknown } | null)?.exchanges;
  if (!Array.isArray(exchanges)) return [];
  return exchanges.filter(isExchange).slice(-MAX_KEPT);
}

function isExchange(value: unknown): value is Exchange {
  const e = value as Exchange | null;
  const r = e?.response;
  return (
    typeof e?.question === 'string' &&
    typeof r?.answer === 'string' &&
    typeof r.refused === 'boolean' &&
    Array.isArray(r.citations) &&
    r.citations.every((c) => typeof c?.n === 'number' && typeof c.id === 'string' && typeof c.label === 'string' && typeof c.text === 'string' && typeof c.quote === 'string' && Array.isArray(c.path) && typeof c.url === 'string') &&
    (r.related === undefined || (Array.isArray(r.related) && r.related.every((q) => typeof q === 'string')))
  );
}
