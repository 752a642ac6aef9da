/**
 * The one entry point: question → the /api/ask body. Used by the server, the eval runner and the CLI.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AskResponse, AskStreamEvent, Citation } from '../contract.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { CardIndex } from '../retrieval/cards.js';
import { chosenHit, createRetriever } from '../retrieval/retriever.js';
import { searchClauses } from '../retrieval/search.js';
import { citationOf, keepCited, renderComposition } from './compose.js';
import { composeExtractive, quoteOf } from './extractive.js';
import { bestSentence } from './sentences.js';
import { asksTargetGivenBaseline, gapLead } from './gaps.js';
import { llmAnswer, llmAnswerStream, type LlmFailure, type LlmRequest } from './llm.js';
import { matchProfile } from './match.js';
import { setAsideNote } from './messages.js';
import { relatedQuestions } from './related.js';
import { withMetadataAsked } from './metadata.js';
import type { AskInput, AskResult, AskTrace, Engine } from './types.js';
import { primaryDocument } from '../ingest/corpus.js';
import { createPreparer, type Prepared } from './prepare.js';

export interface EngineOptions {
  index: LoadedIndex;
  /** null = extractive only */
  chatModel?: BaseChatModel | null;
  llmTimeoutMs?: number;
  /** Clauses given to the LLM. */
  llmContext?: number;
  /** The question cards searched: the index's own plus a supervisor's annotations (default: the index's own). */
  cards?: CardIndex;
  now?: () => number;
}

/** Cards this close to the question count as having served it when their clauses are cited. */
const SERVED = 0.5;

export function createEngine({ index, chatModel = null, llmTimeoutMs = 8000, llmContext = 5, cards, now = () => performance.now() }: EngineOptions): Engine {
  const retriever = createRetriever({ index, cards });
  const clauses = new Map(index.corpus.clauses.map((c) => [c.id, c]));
  const primary = primaryDocument(index.corpus)!;
  const prepare = createPreparer({ index, retriever, clauses, primary });

  const hasIndicatorImage = primary.missing.some((m) => m.title.includes('指标'));
  /** What the plan does not give of what was asked, said first (src/answer/gaps.ts). */
  const leadFor = (p: Prepared, cited: { id: string }[], quoted?: string[]) =>
    gapLead({ question: p.query.text, cited: cited.map((c) => clauses.get(c.id)!), facetTable: index.facetTable, hasIndicatorImage, named: p.query.synonymsApplied.flatMap(([, targets]) => targets), quoted });

  // The plan's goals section ("到2025年，…"), cited first when a target is asked and only the baseline has a figure.
  const goals = primary.missing.map((m) => m.afterClauseId?.replace(/\.\d+$/, '')).map((id) => (id ? clauses.get(id) : undefined)).find(Boolean);

  function extractive(p: Prepared): { answer: string; citations: Citation[]; segments: string[] } {
    // A supervisor's link decides which clauses answer: they are quoted, in the order given.
    const linked = p.cardId ? (p.nearCards.find((m) => m.card.id === p.cardId)?.card.clauses.length ?? 0) : 0;
    // 这个规划管到哪一年为止？总的大目标是啥: the period asked of the plan in a longer question comes first.
    const composition = withMetadataAsked(composeExtractive(p.hits, p.terms, p.intent, p.query.text, linked || (p.leads ?? 0)), p.query.text, p.intent.metadata, primary, clauses);
    if (goals && asksTargetGivenBaseline(p.query.text, composition.used.map((u) => u.hit.clause)) && !composition.used.some((u) => u.hit.clause.id === goals.id)) {
      // (…or the goal of the asked indicator's own area, when retrieval ranks it among the first three: 研发投入占营收 → 1.3.3's
      // 制造业创新投入强度保持全国领先, which gives no figure either.)
      // (…ranked above the overall goal, when that is ranked at all: 制造业增加值 is the whole's, 1.3, beside 1.3.1's 制造业规模.)
      const overall = p.hits.findIndex((h) => h.clause.id === goals.id);
      const own = p.hits.slice(0, 3).find((h, i) => h.clause.kind === 'goal' && h.clause.id.startsWith(`${goals.id}.`) && (overall < 0 || i < overall))?.clause;
      const goal = own ?? goals;
      composition.used.forEach((_, i) => composition.statements.forEach((st) => st.clauseIndex === i && (st.clauseIndex = i + 1)));
      composition.used.unshift({ hit: chosenHit(goal, p.hits[0]?.score ?? 1), from: 0, to: 0 });
      composition.statements.unshift({ text: own ? goal.text.trim() : goal.sentences[0]!.trim(), clauseIndex: 0 });
    }
    composition.lead = leadFor(p, composition.used.map((u) => u.hit.clause), composition.used.map((_, i) => composition.statements.filter((st) => st.clauseIndex === i).map((st) => st.text).join('')));
    // (An ask of one of the plan's own rules the gap sentence already says, 双控超了罚多少, needs no note after the answer.)
    const aside = p.setAside?.filter((s) => !(s.ofRule && composition.lead));
    if (aside && aside.length > 0) composition.notes.push(setAsideNote(aside));
    return renderComposition(composition, p.intent.shape === 'list');
  }

  /**
   * A model's answer with the gap sentence before it. Decided on the clauses offered to the model, as the
   * stream must decide before the model speaks: if none of them has what was asked, its answer cannot.
   */
  const withLead = (lead: string | null, kept: { answer: string; citations: Citation[] }) => (lead ? { ...kept, answer: `${lead}\n${kept.answer}` } : kept);

  /** The clauses shown to the LLM, cited in its order, each quoted at its best sentence for the question. */
  function llmCitations(p: Prepared): Citation[] {
    const top = p.hits[0]!.score;
    return p.hits
      .filter((h) => h.score >= top * 0.4)
      .slice(0, llmContext)
      .map((hit, i) => {
        const run = bestSentence(hit.clause, p.terms, p.intent);
        return citationOf(hit, i + 1, quoteOf(hit.clause, run.from, run.to));
      });
  }

  /** The model answers the citizen's own words; the clauses it sees are the citations offered to it. */
  const llmRequest = (p: Prepared, citations: Citation[], input: AskInput, signal?: AbortSignal): LlmRequest => ({
    model: chatModel!,
    question: p.query.text,
    clauses: citations.map((c) => clauses.get(c.id)!),
    history: input.history,
    timeoutMs: llmTimeoutMs,
    signal,
  });

  const wantsLlm = (input: AskInput) => chatModel !== null && input.mode !== 'extractive';

  function body(p: Prepared, answer: string, citations: Citation[], refused: boolean, mode: AskResponse['mode'], started: number): AskResponse {
    const next = refused ? undefined : related(p, citations);
    return { answer, refused, citations, mode, ...(next ? { related: next } : {}), latencyMs: Math.round((now() - started) * 100) / 100 };
  }

  function trace(p: Prepared, llmFallback: LlmFailure | null, cited: Citation[] = []): AskTrace {
    const citedIds = new Set(cited.map((c) => c.id));
    const cardIds = p.nearCards.filter((m) => m.cosine >= SERVED && m.card.clauses.some((id) => citedIds.has(id))).map((m) => m.card.id);
    if (p.cardId && !cardIds.includes(p.cardId)) cardIds.unshift(p.cardId);
    return { refusalReason: p.fixed?.refusalReason ?? null, llmFallback, resolvedQuestion: p.query.resolved, cardId: p.cardId, cardIds, evidence: p.evidence };
  }

  // Each clause's section siblings, nearest first: worked out once per clause, not on every answer.
  const siblingIds = new Map<string, string[]>();
  function siblingsOf(id: string): string[] {
    let found = siblingIds.get(id);
    if (found) return found;
    const first = clauses.get(id)!;
    const section = first.path.join('/');
    found = index.corpus.clauses
      .filter((c) => c.id !== first.id && c.path.join('/') === section)
      .sort((a, b) => Math.abs(a.order - first.order) - Math.abs(b.order - first.order) || a.order - b.order)
      .map((c) => c.id);
    siblingIds.set(id, found);
    return found;
  }

  /** Questions to ask next, from the cards of the cited clauses (then the clause after the first). */
  function related(p: Prepared, citations: Citation[]): string[] | undefined {
    if (citations.length === 0) return undefined;
    // Then the clauses of the first one's own section, nearest first: the same topic, another aspect.
    const found = relatedQuestions(p.query.text, [...citations.map((c) => c.id), ...siblingsOf(citations[0]!.id)], retriever.cards);
    return found.length > 0 ? found : undefined;
  }

  return {
    index,
    usesLlm: chatModel !== null,

    async ask(input, options = {}): Promise<AskResult> {
      const started = now();
      const p = await prepare(input);
      if (p.fixed) return { body: body(p, p.fixed.answer, p.fixed.citations, p.fixed.refusalReason !== null, p.fixed.mode ?? 'extractive', started), trace: trace(p, null, p.fixed.citations) };
      if (wantsLlm(input)) {
        const citations = llmCitations(p);
        const result = await llmAnswer(llmRequest(p, citations, input, options.signal));
        if (result.ok) {
          const cited = withLead(leadFor(p, citations), keepCited(result.value, citations));
          return { body: body(p, cited.answer, cited.citations, false, 'llm', started), trace: trace(p, null, cited.citations) };
        }
        const fallback = extractive(p);
        return { body: body(p, fallback.answer, fallback.citations, false, 'extractive', started), trace: trace(p, result.error, fallback.citations) };
      }
      const { answer, citations } = extractive(p);
      return { body: body(p, answer, citations, false, 'extractive', started), trace: trace(p, null, citations) };
    },

    async *askStream(input, options = {}): AsyncGenerator<AskStreamEvent> {
      const started = now();
      const p = await prepare(input);
      if (!p.fixed && wantsLlm(input)) {
        const citations = llmCitations(p);
        yield { event: 'citations', data: citations };
        // Known before the model speaks: if no clause offered to it has what was asked, its answer cannot.
        const lead = leadFor(p, citations);
        if (lead) yield { event: 'delta', data: { text: `${lead}\n` } };
        const stream = llmAnswerStream(llmRequest(p, citations, input, options.signal));
        let step = await stream.next();
        while (!step.done) {
          yield { event: 'delta', data: { text: step.value } };
          step = await stream.next();
        }
        if (step.value.ok) {
          const cited = withLead(lead, keepCited(step.value.value, citations));
          options.onTrace?.(trace(p, null, cited.citations));
          yield { event: 'done', data: body(p, cited.answer, cited.citations, false, 'llm', started) };
          return;
        }
        // The LLM failed part-way: `done` carries the extractive answer, which clients render in full.
        const fallback = extractive(p);
        options.onTrace?.(trace(p, step.value.error, fallback.citations));
        yield { event: 'done', data: body(p, fallback.answer, fallback.citations, false, 'extractive', started) };
        return;
      }
      const result = p.fixed ? { ...p.fixed, segments: [p.fixed.answer] } : extractive(p);
      options.onTrace?.(trace(p, null, result.citations));
      yield { event: 'citations', data: result.citations };
      for (const segment of result.segments) yield { event: 'delta', data: { text: segment } };
      yield { event: 'done', data: body(p, result.answer, result.citations, p.fixed?.refusalReason != null, p.fixed?.mode ?? 'extractive', started) };
    },

    search: (query, k) => searchClauses(index, retriever, query, k),
    match: (profile) => matchProfile(index, profile),
  };
}
