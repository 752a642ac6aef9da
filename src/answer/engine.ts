/**
 * The one entry point: question → the /api/ask body. Used by the server, the eval runner and the CLI.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AskResponse, AskStreamEvent, Citation } from '../contract.js';
import type { LoadedIndex } from '../ingest/store.js';
import { analyzeQuery, type AnalyzedQuery } from '../retrieval/query.js';
import type { CardIndex } from '../retrieval/cards.js';
import { chosenHit, createRetriever, type CardMatch, type ClauseHit } from '../retrieval/retriever.js';
import { tradeOutsideManufacturing } from '../retrieval/trade.js';
import { createScopeGate } from '../retrieval/scope.js';
import { countyCity, planPlaces, planTopics, spellingFor } from '../retrieval/vocabulary.js';
import { searchClauses } from '../retrieval/search.js';
import { citationOf, keepCited, renderComposition } from './compose.js';
import { composeExtractive, withNamedIndustry, quoteOf, withFocus, withPhrases } from './extractive.js';
import { bestSentence, type TermWeight } from './sentences.js';
import { asksTargetGivenBaseline, detailsAsked, gapLead } from './gaps.js';
import { detectIntent, type Intent } from './intent.js';
import { llmAnswer, llmAnswerStream, type LlmFailure, type LlmRequest } from './llm.js';
import { createProfileLead, matchProfile } from './match.js';
import { facetsInText, facetWordSet } from '../ingest/facets.js';
import { annotatedDecision } from './annotated.js';
import { checkCuratedAnswer } from './curated.js';
import { OUTSIDE_MANUFACTURING_MESSAGE, referralRefusal, refusalFor, setAsideNote } from './messages.js';
import { relatedQuestions } from './related.js';
import { composeAboutTheDocument, planTopicTerm, withMetadataAsked } from './metadata.js';
import type { AskInput, AskResult, AskTrace, Engine } from './types.js';
import { primaryDocument } from '../ingest/corpus.js';
import { withoutThresholdMeasures } from '../retrieval/threshold.js';
import { createProgrammes } from './programmes.js';
import { withEachPart, withListedParts } from './parts.js';

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

interface Prepared {
  query: AnalyzedQuery;
  intent: Intent;
  hits: ClauseHit[];
  terms: TermWeight[];
  /** Cards close to the question, best first. */
  nearCards: CardMatch[];
  /** The supervisor card that decided, and the scope gate's evidence share. */
  cardId: string | null;
  evidence: number;
  /** What the question also asks that the plan does not cover (scope.ts `setAside`): said after the answer. */
  setAside?: { label: string; department: string | null }[];
  /** Set when the answer is already decided without retrieval quality (refusal, metadata, curated answer). */
  fixed: { answer: string; citations: Citation[]; refusalReason: string | null; mode?: 'curated' } | null;
}

/** Cards this close to the question count as having served it when their clauses are cited. */
const SERVED = 0.5;

/** Words that ask how to apply or what it costs: the gap's own words, not the topic's. */
const PROCEDURE_WORD = /^(申请|申报|办|办理|部门|窗口|受理|流程|手续|材料|费用|钱|交|收费|报名|领|申领)$/;
const PROCEDURE_WEIGHT = 0.2;

export function createEngine({ index, chatModel = null, llmTimeoutMs = 8000, llmContext = 5, cards, now = () => performance.now() }: EngineOptions): Engine {
  const retriever = createRetriever({ index, cards });
  const clauses = new Map(index.corpus.clauses.map((c) => [c.id, c]));
  const primary = primaryDocument(index.corpus)!;
  const spelling = spellingFor(index, retriever.cards);
  const cityOf = countyCity(index);
  const topicKind = (term: string) => (['region', 'industry', 'enterpriseType'] as const).find((kind) => facetsInText(term, index.facetTable, kind).length > 0) ?? null;
  const { lexical, tokenizer, referrals } = index;
  const profileLead = createProfileLead(index);
  const programmes = createProgrammes(index.corpus.clauses);
  const facetWords = facetWordSet(index.facetTable);
  const namesTopic = planTopicTerm(lexical, facetWords);
  const scopeGate = createScopeGate({ lexical, tokenizer, referrals, cards: retriever.cards, title: primary.title, documentNumber: primary.documentNumber, clauses: index.corpus.clauses, topics: planTopics(index), spelling, synonymWords: new Set(index.lexicon.synonyms.keys()), places: planPlaces(index), cityOf });

  async function prepare(input: AskInput): Promise<Prepared> {
    const first = await prepareAs(input, false);
    // A question that says nothing the plan covers on its own, asked after one that did, continues it.
    const weak = first.fixed?.refusalReason === 'no_evidence' || first.fixed?.refusalReason === 'no_question';
    if (!weak || first.query.isFollowUp || !input.history?.some((t) => t.role === 'user')) return first;
    const again = await prepareAs(input, true);
    return again.fixed?.refusalReason ? first : again;
  }

  async function prepareAs(input: AskInput, followUp: boolean): Promise<Prepared> {
    const analyze = (text: string, history = input.history) => analyzeQuery(text, history, index.tokenizer, { isTopicTerm: index.lexical.isTopicTerm, followUp, spelling, topicKind, inPlan: index.lexical.has, cityOf });
    const query = analyze(input.question);
    // Its own words decide the question's shape; a follow-up silent on it (那宁波呢？) borrows it — never what the document is asked.
    const own = detectIntent(query.text);
    const borrow = query.isFollowUp && own.shape === 'statement' && !own.asksAmount;
    const shaped = borrow ? { ...detectIntent(query.resolved), metadata: own.metadata, asksIndicatorTable: own.asksIndicatorTable, parts: own.parts } : own;
    const named = programmes.namedBySynonyms(query);
    const intent = withListedParts(named.length > 0 ? { ...shaped, named } : shaped, query.text);
    const decided = (fixed: NonNullable<Prepared['fixed']>, more: Partial<Prepared> = {}): Prepared => ({ query, intent, hits: [], terms: [], nearCards: [], cardId: null, evidence: 1, fixed, ...more });
    // The document itself asked about (文号, 主要讲了啥, 关键指标表): answered from what the plan says of itself.
    const aboutTheDocument = composeAboutTheDocument(query, intent, primary, clauses, namesTopic);
    if (aboutTheDocument) return decided({ ...renderComposition(aboutTheDocument, false), refusalReason: null });
    // "我是杭州的餐馆老板，有什么政策？" gets what /api/match says — unless the question also has strong evidence
    // for the plan ("隔壁开饭店的说厂房要涨租，规划对工业用地有什么安排"): the trade counts against, like a referral.
    const outside = tradeOutsideManufacturing(query.text, index.referrals, index.facetTable);
    const { hits: retrieved, cards: nearCards } = await retriever.retrieve(withoutThresholdMeasures(query, (t) => lexical.isTopicTerm(t) || namesTopic(t), (t) => lexical.has(t) || facetWords.has(t)), 8);
    // Where to apply or what it costs (品字标要交多少钱？去哪个部门办？) is the detail the plan does not give: the words that
    // ask it do not choose the sentence (they would pick 政务服务一网通办 over the programme asked about).
    const details = detailsAsked(query.text);
    const asksHowOrCost = details.some((d) => d === 'procedure' || d === 'amount');
    const asked = (term: string) => (asksHowOrCost && PROCEDURE_WORD.test(term) ? PROCEDURE_WEIGHT : 1);
    const terms = withFocus(query, withPhrases(query, query.terms.map(({ term, weight }) => ({ term, weight: weight * index.lexical.idf(term) * asked(term) }))));
    const annotated = annotatedDecision(nearCards);
    if (annotated?.kind === 'referral') {
      return decided({ answer: referralRefusal(annotated.card.referral), citations: [], refusalReason: 'referral' }, { nearCards, cardId: annotated.card.id });
    }
    if (annotated?.kind === 'curated') {
      const checked = checkCuratedAnswer(annotated.card.answer, annotated.card.clauses.map((id) => clauses.get(id)!));
      // An answer that no longer checks out against the index (the plan was re-ingested) is not served.
      if (checked.ok) return decided({ answer: annotated.card.answer, citations: checked.value, refusalReason: null, mode: 'curated' }, { nearCards, cardId: annotated.card.id });
    }
    let hits = retrieved;
    let evidence = 1;
    let cardId: string | null = null;
    let setAside: Prepared['setAside'];
    if (annotated?.kind === 'link') {
      // A supervisor said which clauses answer questions like this one: they lead, and the gate is not asked.
      const top = retrieved[0]?.score ?? 1;
      const linked = annotated.card.clauses.map((id) => retrieved.find((h) => h.clause.id === id) ?? chosenHit(clauses.get(id)!, top));
      hits = [...linked.map((h) => ({ ...h, score: Math.max(h.score, top) })), ...retrieved.filter((h) => !annotated.card.clauses.includes(h.clause.id))];
      cardId = annotated.card.id;
    } else {
      const gate = scopeGate(query, retrieved, { trade: outside });
      evidence = Math.round(gate.coverage * 100) / 100;
      if (!gate.inScope) {
        const fixed = outside
          ? { answer: OUTSIDE_MANUFACTURING_MESSAGE(outside), citations: [], refusalReason: 'not_manufacturing' }
          : { answer: refusalFor(gate.reason!, gate.referral), citations: [], refusalReason: gate.reason };
        return { query, intent, hits: retrieved, terms: [], nearCards, cardId: null, evidence, fixed };
      }
      setAside = gate.setAside;
    }
    if (!cardId && (intent.shape === 'list' || profileLead.namesProfileAndNeed(query.text))) hits = profileLead.first(query.retrievalText, hits, query.context);
    if (!cardId) hits = await withEachPart(withNamedIndustry(hits, query.text, intent, clauses.values()), query.text, async (part) => (await retriever.retrieve(analyze(part, undefined), 3)).hits);
    // 已经认定了多少家未来工厂, 做3D打印的想申报未来工厂门槛是多少: today's count, how to apply, what it pays or when are details the
    // plan never gives (the gap is said); only clauses naming the programme are quoted, not a baseline or the asker's trade's.
    if (!cardId && details.some((d) => d === 'status' || d === 'procedure' || d === 'amount' || d === 'time')) hits = programmes.namingOnly(hits, query.text);
    return { query, intent, hits, terms, nearCards, cardId, evidence, fixed: null, ...(setAside ? { setAside } : {}) };
  }

  const hasIndicatorImage = primary.missing.some((m) => m.title.includes('指标'));
  /** What the plan does not give of what was asked, said first (src/answer/gaps.ts). */
  const leadFor = (p: Prepared, cited: { id: string }[]) =>
    gapLead({ question: p.query.text, cited: cited.map((c) => clauses.get(c.id)!), facetTable: index.facetTable, hasIndicatorImage });

  // The plan's goals section ("到2025年，…"), cited first when a target is asked and only the baseline has a figure.
  const goals = primary.missing.map((m) => m.afterClauseId?.replace(/\.\d+$/, '')).map((id) => (id ? clauses.get(id) : undefined)).find(Boolean);

  function extractive(p: Prepared): { answer: string; citations: Citation[]; segments: string[] } {
    // A supervisor's link decides which clauses answer: they are quoted, in the order given.
    const linked = p.cardId ? (p.nearCards.find((m) => m.card.id === p.cardId)?.card.clauses.length ?? 0) : 0;
    // 这个规划管到哪一年为止？总的大目标是啥: the period asked of the plan in a longer question comes first.
    const composition = withMetadataAsked(composeExtractive(p.hits, p.terms, p.intent, p.query.text, linked), p.query.text, p.intent.metadata, primary, clauses);
    if (goals && asksTargetGivenBaseline(p.query.text, composition.used.map((u) => u.hit.clause)) && !composition.used.some((u) => u.hit.clause.id === goals.id)) {
      composition.used.forEach((_, i) => composition.statements.forEach((st) => st.clauseIndex === i && (st.clauseIndex = i + 1)));
      composition.used.unshift({ hit: chosenHit(goals, p.hits[0]?.score ?? 1), from: 0, to: 0 });
      composition.statements.unshift({ text: goals.sentences[0]!.trim(), clauseIndex: 0 });
    }
    composition.lead = leadFor(p, composition.used.map((u) => u.hit.clause));
    if (p.setAside) composition.notes.push(setAsideNote(p.setAside));
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
