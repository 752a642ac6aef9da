/** Where a citation points: the plan page on the service's own origin, never a script URL. */
import type { Citation } from '../contract.js';

export function citationHref(citation: Pick<Citation, 'id' | 'url'>, origin: string): string {
  const fallback = `${origin}/plan#${encodeURIComponent(citation.id)}`;
  try {
    const url = new URL(citation.url || fallback, origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : fallback;
  } catch {
    return fallback;
  }
}

/** Splits an answer into text and `[n]` markers, in order. */
export type AnswerPiece = { text: string } | { marker: number };

export function splitMarkers(answer: string): AnswerPiece[] {
  const pieces: AnswerPiece[] = [];
  const re = /\[(\d{1,2})\]/g;
  let last = 0;
  for (let m = re.exec(answer); m; m = re.exec(answer)) {
    if (m.index > last) pieces.push({ text: answer.slice(last, m.index) });
    pieces.push({ marker: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < answer.length) pieces.push({ text: answer.slice(last) });
  return pieces;
}
