/**
 * A question that lists what it asks (一是想贷一笔长期的钱…；二是招来的研发小年轻干一两年就走…): each part is its own need, and
 * the clause that best answers each is quoted, whatever the other part's words drew first. Pure but for the search it is given.
 */
import type { ClauseHit } from '../retrieval/retriever.js';
import type { Intent } from './intent.js';

/** The markers that open each part: 一是/二是, 第一/第二, 一个是/另一个是, ①/②. */
const PART_MARKER = /(?:^|[，。；;：:！!？?\s])(?:[一二三四]是|第[一二三四](?:[，,、：:]|个是|是)|一个是|另一个是|另外一个是|还有一个是|[①②③④])/g;

/** The parts a question lists, in order; [] when it lists fewer than two. */
export function askedParts(text: string): string[] {
  const markers = [...text.matchAll(PART_MARKER)];
  if (markers.length < 2) return [];
  return markers
    .map((m, i) => text.slice(m.index + m[0].length, markers[i + 1]?.index ?? text.length).replace(/[，。；;：:！!？?\s]+$/, ''))
    .filter((part) => part.length >= 4);
}

/** The hits with each listed part's best clause first, in the parts' order, at the first hit's score. */
export async function withEachPart(hits: ClauseHit[], text: string, search: (part: string) => Promise<ClauseHit[]>): Promise<ClauseHit[]> {
  const parts = askedParts(text);
  if (parts.length < 2 || hits.length === 0) return hits;
  const best = (await Promise.all(parts.map(search))).map((found) => found[0]).filter((h): h is ClauseHit => h !== undefined);
  const ids = [...new Set(best.map((h) => h.clause.id))];
  if (ids.length < 2) return hits;
  const top = hits[0]!.score;
  const lead = ids.map((id) => ({ ...(hits.find((h) => h.clause.id === id) ?? best.find((h) => h.clause.id === id)!), score: top }));
  return [...lead, ...hits.filter((h) => !ids.includes(h.clause.id))];
}

/** A question listing two needs or more is answered as a list, one item for each (a statement would quote one). */
export function withListedParts<T extends Pick<Intent, 'shape'>>(intent: T, text: string): T {
  return askedParts(text).length > 1 && intent.shape === 'statement' ? { ...intent, shape: 'list' } : intent;
}
