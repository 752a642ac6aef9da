/** The turns sent back as `history` so that follow-ups such as "那宁波呢？" can be resolved. */
import type { Turn } from '../contract.js';

/** The contract's limits: at most 10 turns, each at most 4000 characters. */
const MAX_TURNS = 10;
const MAX_CONTENT = 4000;

export interface Conversation {
  /** The last turns, oldest first; empty before the first answer. */
  history(): Turn[];
  record(question: string, answer: string): void;
}

export function createConversation(): Conversation {
  const turns: Turn[] = [];
  return {
    history: () => turns.slice(-MAX_TURNS),
    record(question, answer) {
      turns.push({ role: 'user', content: question.slice(0, MAX_CONTENT) });
      turns.push({ role: 'assistant', content: answer.slice(0, MAX_CONTENT) });
    },
  };
}
