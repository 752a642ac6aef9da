import type { Clause, Passage } from '../types.js';

export interface PassageOptions {
  /** A clause longer than this (characters) is split at sentence ends. */
  maxChars?: number;
}

/**
 * One passage per clause; a long clause becomes several passages of whole sentences, never cut inside
 * a sentence. Each passage's `context` carries the heading path so headings find their bodies
 * ("宁波" finds the clauses under 双核：杭州、宁波…).
 */
export function toPassages(clauses: Clause[], { maxChars = 260 }: PassageOptions = {}): Passage[] {
  const passages: Passage[] = [];
  for (const clause of clauses) {
    const groups = groupSentences(clause.sentences, maxChars);
    const headingPath = clause.path.join(' ');
    groups.forEach((sentences, i) => {
      const text = sentences.join('');
      // A split passage repeats the clause's lead phrase so it stays findable by its topic.
      const lead = i > 0 ? `${clause.title} ` : '';
      passages.push({
        id: groups.length === 1 ? clause.id : `${clause.id}~${i + 1}`,
        clauseId: clause.id,
        text,
        sentences,
        context: `${headingPath}\n${lead}${text}`,
      });
    });
  }
  return passages;
}

/** Greedy grouping of consecutive sentences, balanced so the last group is not a tiny remainder. */
function groupSentences(sentences: string[], maxChars: number): string[][] {
  const total = sentences.reduce((n, s) => n + s.length, 0);
  if (total <= maxChars || sentences.length <= 1) return [sentences];
  const target = total / Math.ceil(total / maxChars);
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (current.length > 0 && length + sentence.length / 2 > target) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(sentence);
    length += sentence.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
