/**
 * The plan as one string, the way a developer who never parsed it would feed it to a text splitter:
 * clause texts in document order joined with "\n", each heading on its own line where it first applies.
 * Clause character ranges are kept so a chunk can be mapped back to the clauses it overlaps — that is
 * how a baseline "cites".
 */
import type { Clause } from '../../src/types.js';

export interface ClauseRange {
  id: string;
  /** [start, end) in the joined text */
  start: number;
  end: number;
}

export interface PlanText {
  text: string;
  ranges: ClauseRange[];
}

export interface LocatedChunk {
  text: string;
  start: number;
  end: number;
}

export function joinPlan(clauses: Pick<Clause, 'id' | 'path' | 'text'>[]): PlanText {
  const lines: string[] = [];
  const ranges: ClauseRange[] = [];
  let offset = 0;
  let previousPath: string[] = [];
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  for (const clause of clauses) {
    // Headings shared with the previous clause were already written; print from the first that differs.
    let same = 0;
    while (same < clause.path.length && clause.path[same] === previousPath[same]) same++;
    for (const heading of clause.path.slice(same)) push(heading);
    ranges.push({ id: clause.id, start: offset, end: offset + clause.text.length });
    push(clause.text);
    previousPath = clause.path;
  }
  return { text: lines.join('\n'), ranges };
}

/**
 * Where each chunk sits in the text. The splitter trims chunks but never rewrites them (it keeps its
 * separators), so each is a verbatim substring; overlapping chunks start strictly after the previous one.
 */
export function locateChunks(text: string, chunks: string[]): LocatedChunk[] {
  const located: LocatedChunk[] = [];
  let from = 0;
  for (const chunk of chunks) {
    const start = text.indexOf(chunk, from);
    if (start < 0) throw new Error(`chunk not found in the plan text after offset ${from}: ${JSON.stringify(chunk.slice(0, 40))}`);
    located.push({ text: chunk, start, end: start + chunk.length });
    from = start + 1;
  }
  return located;
}

/** Ids of the clauses a [start, end) range overlaps, in document order; headings belong to no clause. */
export function clausesOverlapping(ranges: ClauseRange[], start: number, end: number): string[] {
  return ranges.filter((r) => r.start < end && start < r.end).map((r) => r.id);
}
