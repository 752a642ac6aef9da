/**
 * The two baselines a developer would build first (issue 5): LangChain's RecursiveCharacterTextSplitter
 * over the plan text, chunks ranked by (1) our textbook BM25 and (2) MiniSearch's default BM25+, both
 * over plain jieba tokens. A baseline "cites" the clauses its top chunks overlap and "answers" with its
 * top chunk, so it is scored by the same metric functions as our engine. It never refuses.
 */
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import MiniSearch from 'minisearch';
import type { Clause } from '../../src/types.js';
import { createBm25 } from './bm25.js';
import { naiveCut } from './naive-tokenizer.js';
import { clausesOverlapping, joinPlan, locateChunks, type LocatedChunk, type PlanText } from './plan-text.js';

/** Chinese-aware: paragraphs, lines, then sentence, clause and comma ends before single characters. */
export const CHINESE_SEPARATORS = ['\n\n', '\n', '。', '；', '，', ''];

export interface BaselineAnswer {
  answer: string;
  citedIds: string[];
  citedTexts: string[];
}

export interface Baseline {
  name: string;
  ask(question: string): BaselineAnswer;
}

export interface ChunkBaselineOptions {
  chunkSize?: number;
  chunkOverlap?: number;
  /** Chunks whose overlapped clauses are cited */
  topChunks?: number;
  cut?: (text: string) => string[];
}

export interface ChunkBaselines {
  plan: PlanText;
  chunks: LocatedChunk[];
  baselines: Baseline[];
}

/** Top chunks → the clause ids they overlap, in rank order, each id once. */
export function citedClauseIds(plan: PlanText, rankedChunks: LocatedChunk[]): string[] {
  return [...new Set(rankedChunks.flatMap((chunk) => clausesOverlapping(plan.ranges, chunk.start, chunk.end)))];
}

export async function createChunkBaselines(
  clauses: Pick<Clause, 'id' | 'path' | 'text'>[],
  { chunkSize = 500, chunkOverlap = 50, topChunks = 5, cut = naiveCut }: ChunkBaselineOptions = {},
): Promise<ChunkBaselines> {
  const plan = joinPlan(clauses);
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap, separators: CHINESE_SEPARATORS });
  const chunks = locateChunks(plan.text, await splitter.splitText(plan.text));
  const clauseText = new Map(clauses.map((c) => [c.id, c.text]));

  const answerFrom = (ranked: number[]): BaselineAnswer => {
    const top = ranked.slice(0, topChunks).map((i) => chunks[i]!);
    const citedIds = citedClauseIds(plan, top);
    return { answer: top[0]?.text ?? '', citedIds, citedTexts: citedIds.map((id) => clauseText.get(id)!) };
  };

  const bm25 = createBm25(chunks.map((c) => cut(c.text)), { k1: 1.2, b: 0.75 });
  const minisearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize: cut });
  minisearch.addAll(chunks.map((chunk, id) => ({ id, text: chunk.text })));

  return {
    plan,
    chunks,
    baselines: [
      { name: 'baseline-bm25', ask: (question) => answerFrom(bm25.search(cut(question), topChunks).map((r) => r.index)) },
      { name: 'baseline-minisearch', ask: (question) => answerFrom(minisearch.search(question).map((r) => r.id as number)) },
    ],
  };
}
