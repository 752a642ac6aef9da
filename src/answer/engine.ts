/**
 * The one entry point: question → the /api/ask body. Used by the server, the eval runner and the CLI.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AskResponse, AskStreamEvent, Citation } from '../contract.js';
import type { LoadedIndex } from '../ingest/store.js';
import { analyzeQuery, type AnalyzedQuery } from '../retrieval/query.js';
import { chosenHit, createRetriever, type ClauseHit } from '../retrieval/retriever.js';
import { runsTradeOutsideManufacturing, scopeGate, type ScopeKnowledge } from '../retrieval/scope.js';
import { searchClauses } from '../retrieval/search.js';
import { citationOf, keepCited, renderComposition } from './compose.js';
import { bestSentence, composeExtractive, quoteOf, type TermWeight } from './extractive.js';
import { gapLead } from './gaps.js';
import { detectIntent, type Intent } from './intent.js';
import { llmAnswer, llmAnswerStream, type LlmFailure, type LlmRequest } from './llm.js';
import { matchProfile, parseProfile, rankProfile } from './match.js';
import { facetsInText } from '../ingest/facets.js';
import { OUTSIDE_MANUFACTURING_MESSAGE, refusalFor } from './messages.js';
import { composeIndicatorTable, composeMetadata, isDocumentQuestion } from './metadata.js';
import type { AskInput, AskResult, AskTrace, Engine } from './types.js';
import { primaryDocument } from '../ingest/corpus.js';

export interface EngineOptions {
  index: LoadedIndex;
  /** null = extractive only */
  chatModel?: BaseChatModel | null;
  llmTimeoutMs?: number;
  /** Clauses given to the LLM. */
  llmContext?: number;
  now?: () => number;
}

interface Prepared {
  query: AnalyzedQuery;
  intent: Intent;
  hits: ClauseHit[];
  terms: TermWeight[];
  /** Set when the answer is already decided without retrieval quality (refusal or metadata). */
  fixed: { answer: string; citations: Citation[]; refusalReason: string | null } | null;
}

export function createEngine({ index, chatModel = null, llmTimeoutMs = 8000, llmContext = 5, now = () => performance.now() }: EngineOptions): Engine {
  const retriever = createRetriever({ index });
  const clauses = new Map(index.corpus.clauses.map((c) => [c.id, c]));
  const primary = primaryDocument(index.corpus)!;
  const scope: ScopeKnowledge = {
    lexical: index.lexical,
    tokenizer: index.tokenizer,
    referrals: index.referrals,
    cards: retriever.cards,
    title: primary.title,
    planText: index.corpus.clauses.map((c) => c.text).join('\n').toLowerCase(),
  };

  async function prepare(input: AskInput): Promise<Prepared> {
    const query = analyzeQuery(input.question, input.history, index.tokenizer, { isTopicTerm: index.lexical.isTopicTerm });
    // The question's own words decide its shape; a follow-up that says nothing about shape ("那宁波呢？")
    // borrows it from the question it follows. What the document itself is asked about is never borrowed.
    const own = detectIntent(query.text);
    const borrow = query.isFollowUp && own.shape === 'statement' && !own.asksAmount;
    const intent = borrow ? { ...detectIntent(query.resolved), metadata: own.metadata, asksIndicatorTable: own.asksIndicatorTable } : own;
    if (intent.metadata.length > 0 && isDocumentQuestion(query.ownTerms)) {
      const composition = composeMetadata(intent.metadata, primary, clauses);
      if (composition) return { query, intent, hits: [], terms: [], fixed: { ...renderComposition(composition, false), refusalReason: null } };
    }
    if (intent.asksIndicatorTable && isDocumentQuestion(query.ownTerms.filter((t) => !/指标|关键|表/.test(t)))) {
      const composition = composeIndicatorTable(primary, clauses);
      if (composition) return { query, intent, hits: [], terms: [], fixed: { ...renderComposition(composition, false), refusalReason: null } };
    }
    // "我是杭州的餐馆老板，有什么政策？" gets what /api/match says: the plan is about manufacturing.
    const outside = runsTradeOutsideManufacturing(query.text, index.referrals);
    if (outside && facetsInText(query.text, index.facetTable, 'industry').length === 0) {
      return { query, intent, hits: [], terms: [], fixed: { answer: OUTSIDE_MANUFACTURING_MESSAGE(outside), citations: [], refusalReason: 'not_manufacturing' } };
    }
    const { hits: retrieved } = await retriever.retrieve(query, 8);
    const gate = scopeGate(query, retrieved, scope);
    if (!gate.inScope) return { query, intent, hits: retrieved, terms: [], fixed: { answer: refusalFor(gate.reason!, gate.referral), citations: [], refusalReason: gate.reason } };
    const terms = query.terms.map(({ term, weight }) => ({ term, weight: weight * index.lexical.idf(term) }));
    const hits = intent.shape === 'list' ? profileFirst(query.retrievalText, retrieved) : retrieved;
    return { query, intent, hits, terms, fixed: null };
  }

  /**
   * "我是宁波的小微企业，有什么政策？" is a profile in a sentence: when the question names who the
   * business is, the matcher's measures lead the list, so the chat and /api/match agree.
   */
  function profileFirst(question: string, retrieved: ClauseHit[]): ClauseHit[] {
    // Most list questions name no business: find that out before ranking every measure clause.
    const parsed = parseProfile({ description: question }, index);
    const { enterpriseTypes, industry, region } = parsed.profile;
    if (enterpriseTypes.length + industry.length + region.length === 0) return retrieved;
    const ranking = rankProfile(index, { description: question }, parsed);
    if (ranking.groups.length === 0) return retrieved;
    const byId = new Map(retrieved.map((h) => [h.clause.id, h]));
    const top = retrieved[0]?.score ?? 1;
    const first = ranking.groups.flatMap((g) => g.members.slice(0, 2)).map((m) => m.clause.id);
    const lead = [...new Set(first)].map((id) => byId.get(id) ?? chosenHit(clauses.get(id)!, top));
    // Matched clauses lead at the top score so the list keeps them; retrieval fills the rest.
    return [...lead.map((h) => ({ ...h, score: Math.max(h.score, top) })), ...retrieved.filter((h) => !first.includes(h.clause.id))];
  }

  const hasIndicatorImage = primary.missing.some((m) => m.title.includes('指标'));
  /** What the plan does not give of what was asked, said first (src/answer/gaps.ts). */
  const leadFor = (p: Prepared, cited: { id: string }[]) =>
    gapLead({ question: p.query.text, cited: cited.map((c) => clauses.get(c.id)!), facetTable: index.facetTable, hasIndicatorImage });

  function extractive(p: Prepared): { answer: string; citations: Citation[]; segments: string[] } {
    const composition = composeExtractive(p.hits, p.terms, p.intent);
    composition.lead = leadFor(p, composition.used.map((u) => u.hit.clause));
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

  function body(answer: string, citations: Citation[], refused: boolean, mode: AskResponse['mode'], started: number): AskResponse {
    return { answer, refused, citations, mode, latencyMs: Math.round((now() - started) * 100) / 100 };
  }

  function trace(p: Prepared, llmFallback: LlmFailure | null): AskTrace {
    return { refusalReason: p.fixed?.refusalReason ?? null, llmFallback, resolvedQuestion: p.query.resolved };
  }

  return {
    index,
    usesLlm: chatModel !== null,

    async ask(input, options = {}): Promise<AskResult> {
      const started = now();
      const p = await prepare(input);
      if (p.fixed) return { body: body(p.fixed.answer, p.fixed.citations, p.fixed.refusalReason !== null, 'extractive', started), trace: trace(p, null) };
      if (wantsLlm(input)) {
        const citations = llmCitations(p);
        const result = await llmAnswer(llmRequest(p, citations, input, options.signal));
        if (result.ok) {
          const cited = withLead(leadFor(p, citations), keepCited(result.value, citations));
          return { body: body(cited.answer, cited.citations, false, 'llm', started), trace: trace(p, null) };
        }
        const fallback = extractive(p);
        return { body: body(fallback.answer, fallback.citations, false, 'extractive', started), trace: trace(p, result.error) };
      }
      const { answer, citations } = extractive(p);
      return { body: body(answer, citations, false, 'extractive', started), trace: trace(p, null) };
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
        options.onTrace?.(trace(p, step.value.ok ? null : step.value.error));
        if (step.value.ok) {
          const cited = withLead(lead, keepCited(step.value.value, citations));
          yield { event: 'done', data: body(cited.answer, cited.citations, false, 'llm', started) };
          return;
        }
        // The LLM failed part-way: `done` carries the extractive answer, which clients render in full.
        const fallback = extractive(p);
        yield { event: 'done', data: body(fallback.answer, fallback.citations, false, 'extractive', started) };
        return;
      }
      options.onTrace?.(trace(p, null));
      const result = p.fixed ? { ...p.fixed, segments: [p.fixed.answer] } : extractive(p);
      yield { event: 'citations', data: result.citations };
      for (const segment of result.segments) yield { event: 'delta', data: { text: segment } };
      yield { event: 'done', data: body(result.answer, result.citations, p.fixed?.refusalReason != null, 'extractive', started) };
    },

    search: (query, k) => searchClauses(index, retriever, query, k),
    match: (profile) => matchProfile(index, profile),
  };
}
