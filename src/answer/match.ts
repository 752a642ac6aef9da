/**
 * "哪些政策适用于我": a business profile → the plan's measures, grouped by need, ranked by how
 * specifically each clause targets the profile (a clause naming 小微企业 outranks one under a heading).
 */
import type { MatchedMeasure, MatchRequest } from '../contract.js';
import { FACET_CLASSES, facetsInText } from '../ingest/facets.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { Clause, FacetClass } from '../types.js';
import { isMeasure, quoteOf } from './extractive.js';
import { bestSentence } from './sentences.js';
import { NO_MATCH_MESSAGE, OUTSIDE_MANUFACTURING_MESSAGE } from './messages.js';
import type { MatchGroup, MatchResponse } from './types.js';
import { clauseUrl } from '../contract.js';
import { runsTradeOutsideManufacturing } from '../retrieval/out-of-scope.js';
import type { ClauseHit } from '../retrieval/retriever.js';

const CLASS_LABEL: Record<FacetClass, string> = { industry: '行业', enterpriseType: '企业类型', region: '地区', need: '需求' };
/** A need is what the business came for; the other facets say who it is. */
const CLASS_WEIGHT: Record<FacetClass, number> = { need: 3, enterpriseType: 2.5, industry: 2, region: 2 };
const PER_GROUP = 5;
const GENERAL_NEED = '与您的企业相关的其他措施';

type Profile = MatchResponse['profile'];

export interface ParsedProfile {
  profile: Profile;
  /** facet class:name → the word of the profile that selected it */
  words: Map<string, string>;
}

/** Which facets a profile (its fields and its description) names. Cheap: no clause is looked at. */
export function parseProfile(request: MatchRequest, index: LoadedIndex): ParsedProfile {
  const table = index.facetTable;
  const fields: Record<FacetClass, string[]> = {
    industry: request.industry ? [request.industry] : [],
    region: request.region ? [request.region] : [],
    enterpriseType: request.enterpriseTypes ?? [],
    need: request.needs ?? [],
  };
  const profile: Profile = { industry: [], region: [], enterpriseTypes: [], needs: [] };
  const key: Record<FacetClass, keyof Profile> = { industry: 'industry', region: 'region', enterpriseType: 'enterpriseTypes', need: 'needs' };
  /** facet name → the word of the profile that selected it */
  const words = new Map<string, string>();
  for (const facetClass of FACET_CLASSES) {
    const texts = [...fields[facetClass], ...(request.description ? [request.description] : [])];
    for (const text of texts) {
      for (const { name, word } of facetsInText(text, table, facetClass)) {
        if (!profile[key[facetClass]].includes(name)) profile[key[facetClass]].push(name);
        words.set(`${facetClass}:${name}`, word);
      }
    }
  }
  return { profile, words };
}

export interface Scored {
  clause: Clause;
  /** How much of the free-text description the clause itself contains (IDF-weighted). */
  textScore: number;
  /** facet name → its contribution, for need and for who the business is */
  needScores: Map<string, number>;
  whoScore: number;
  matchedOn: string[];
  /** The facet words found in the clause: they pick the sentence quoted. */
  words: string[];
}

function scoreClause(clause: Clause, profile: Profile): Scored | null {
  const wanted: Record<FacetClass, string[]> = { industry: profile.industry, region: profile.region, enterpriseType: profile.enterpriseTypes, need: profile.needs };
  const needScores = new Map<string, number>();
  let whoScore = 0;
  const matchedOn: string[] = [];
  const words: string[] = [];
  for (const facetClass of FACET_CLASSES) {
    for (const facet of clause.facets[facetClass]) {
      if (!wanted[facetClass].includes(facet.name)) continue;
      // Named in the clause's lead phrase = what the clause is about; in its text = specific;
      // only in a heading = general.
      const where = facet.words.some((w) => clause.title.includes(w)) ? 1.5 : facet.inText ? 1 : 0.5;
      const score = CLASS_WEIGHT[facetClass] * where * (1 + 0.15 * (facet.words.length - 1));
      if (facetClass === 'need') needScores.set(facet.name, score);
      else whoScore += score;
      matchedOn.push(`${CLASS_LABEL[facetClass]}：${facet.name}（${facet.words.join('、')}）`);
      words.push(...facet.words);
    }
  }
  return matchedOn.length > 0 ? { clause, textScore: 0, needScores, whoScore, matchedOn, words } : null;
}

/** Within a need's group, that need counts most; who the business is comes next; other needs least. */
function groupScore(s: Scored, need: string | null): number {
  const needs = [...s.needScores.values()].reduce((a, b) => a + b, 0);
  if (need === null) return s.whoScore + needs + s.textScore;
  const own = s.needScores.get(need) ?? 0;
  return 2 * own + s.whoScore + 0.5 * (needs - own) + s.textScore;
}

function measureOf(scored: Scored, index: LoadedIndex, selectors: string[]): MatchedMeasure {
  const terms = [...new Set([...selectors, ...scored.words])].map((term) => ({ term, weight: index.lexical.idf(term) }));
  const run = bestSentence(scored.clause, terms, { shape: 'statement', asksAmount: false, asksIndicatorTable: false, metadata: [] });
  return {
    id: scored.clause.id,
    label: scored.clause.label,
    path: scored.clause.path,
    quote: quoteOf(scored.clause, run.from, run.to),
    url: clauseUrl(scored.clause.id),
    matchedOn: scored.matchedOn,
  };
}


export interface RankedGroup {
  need: string;
  members: Scored[];
}

export interface ProfileRanking {
  profile: Profile;
  /** The first word naming a business outside manufacturing, when the profile names one and no industry. */
  outside?: string;
  groups: RankedGroup[];
  /** The profile's own words, which help pick each measure's quote. */
  selectors: string[];
}

// The measure clauses of a loaded index, picked once: every ranking scores them all.
const measuresOf = new WeakMap<LoadedIndex, Clause[]>();
function measures(index: LoadedIndex): Clause[] {
  let list = measuresOf.get(index);
  if (!list) measuresOf.set(index, (list = index.corpus.clauses.filter(isMeasure)));
  return list;
}

/**
 * The profile's clauses, grouped by need and ranked; no quotes yet (the chat only needs the order).
 * A caller that has already parsed the profile passes it in.
 */
export function rankProfile(index: LoadedIndex, request: MatchRequest, parsed: ParsedProfile = parseProfile(request, index)): ProfileRanking {
  const { profile, words } = parsed;
  const selectors = [...words.values()];
  // A restaurant in 杭州 shares a region with the plan, not its measures: say so instead of listing 双核.
  const outside =
    (request.industry ? runsTradeOutsideManufacturing(request.industry, index.referrals, { asField: true }) : null) ??
    (request.description ? runsTradeOutsideManufacturing(request.description, index.referrals) : null) ??
    undefined;
  if (outside && profile.industry.length === 0) return { profile, outside, groups: [], selectors };
  const scored = measures(index)
    .map((c) => scoreClause(c, profile))
    .filter((s): s is Scored => s !== null);
  // The description's own words ("新上…高耗能项目") break ties between clauses of the same facets.
  const described = request.description ? index.tokenizer.queryTerms(request.description).filter((t) => t.length > 1) : [];
  for (const s of scored) s.textScore = 0.3 * described.filter((t) => s.clause.text.includes(t)).reduce((sum, t) => sum + index.lexical.idf(t), 0);
  const hasWho = profile.enterpriseTypes.length + profile.industry.length + profile.region.length > 0;
  // A clause that names who the business is (its industry, type or region) targets it more
  // specifically than one that only shares its need: those come first.
  // Only a clause that is also clearly about the need (two of its words, or its lead phrase) is promoted:
  // "金融支持" in passing does not make a clause a financing measure.
  const targets = (s: Scored, need: string | null) =>
    hasWho && s.whoScore > 0 && (need === null || (s.needScores.get(need) ?? 0) > CLASS_WEIGHT.need) ? 1 : 0;
  const rank = (need: string | null) => (a: Scored, b: Scored) =>
    targets(b, need) - targets(a, need) || groupScore(b, need) - groupScore(a, need) || a.clause.order - b.clause.order;
  const groups: RankedGroup[] = [];
  const placed = new Set<string>();
  for (const need of profile.needs) {
    const members = scored.filter((s) => s.needScores.has(need) && !placed.has(s.clause.id)).sort(rank(need));
    // When the profile says who the business is, a clause that only mentions the need in passing is too general.
    const specific = hasWho ? members.filter((m) => m.whoScore > 0 || (m.needScores.get(need) ?? 0) >= CLASS_WEIGHT.need) : members;
    const chosen = specific.slice(0, PER_GROUP);
    chosen.forEach((m) => placed.add(m.clause.id));
    if (chosen.length > 0) groups.push({ need, members: chosen });
  }
  const others = scored
    .filter((s) => !placed.has(s.clause.id) && s.whoScore > 0)
    .sort(rank(null))
    .slice(0, profile.needs.length > 0 ? 3 : PER_GROUP);
  if (others.length > 0) groups.push({ need: GENERAL_NEED, members: others });
  return { profile, groups, selectors };
}

export async function matchProfile(index: LoadedIndex, request: MatchRequest): Promise<MatchResponse> {
  const ranking = rankProfile(index, request);
  const { profile } = ranking;
  if (ranking.outside) return { profile, groups: [], message: OUTSIDE_MANUFACTURING_MESSAGE(ranking.outside) };
  const groups: MatchGroup[] = ranking.groups.map((g) => ({ need: g.need, measures: g.members.map((m) => measureOf(m, index, ranking.selectors)) }));
  return groups.length > 0 ? { profile, groups } : { profile, groups, message: NO_MATCH_MESSAGE };
}

/** At most this many of the matcher's measures lead a chat answer: retrieval's own best hits must still fit in the list. */
const PROFILE_LEAD = 2;
/** The asker describes their own business: 我是…, 我们是…, 我们厂…, 咱家…. */
const SELF_DESCRIBED = /^(我|我们|咱|咱们)(是|厂|公司|家|这|单位)|^(我|我们|咱们?)[^，。？]{0,6}(做|开|搞|干)/;

/**
 * A profile told in a chat question, ranked with the matcher's logic: whether the question names who the
 * business is and what it needs, and the matcher's measures leading retrieval's list when it does.
 */
export function createProfileLead(index: LoadedIndex) {
  /** "我是宁波做汽车零部件的小厂，能贷到款吗": the asker says who their business is, and what it needs. */
  function namesProfileAndNeed(text: string): boolean {
    if (!SELF_DESCRIBED.test(text)) return false;
    const { profile } = parseProfile({ description: text }, index);
    return profile.needs.length > 0 && profile.enterpriseTypes.length + profile.industry.length + profile.region.length > 0;
  }

  /**
   * "我是宁波的小微企业，有什么政策？" is a profile in a sentence: when the question names who the
   * business is, the matcher's measures lead the list, so the chat and /api/match agree.
   */
  function profileFirst(question: string, retrieved: ClauseHit[], context: readonly string[]): ClauseHit[] {
    // Most list questions name no business: find that out before ranking every measure clause.
    const parsed = parseProfile({ description: question }, index);
    const { enterpriseTypes, region } = parsed.profile;
    // An industry is who the business is when the asker says so (我是做汽车零部件的, 芯片企业): equipment they
    // want to buy (想上几台数控机床) or a topic they ask about is not their industry.
    // With no words of their business to go by, a self-described asker's industries are all they named.
    const ownIndustry = parsed.profile.industry.filter((name) => industryWords(name).some((w) => context.some((c) => c.includes(w) || w.includes(c))));
    const industry = context.length === 0 && SELF_DESCRIBED.test(question) ? parsed.profile.industry : ownIndustry;
    // A place is who the business is only when the asker says so ("我是宁波的…"): "舟山船厂…绿色智能船舶" is
    // about ships, wherever they are built.
    const placed = region.length > 0 && parsed.profile.needs.length > 0 && SELF_DESCRIBED.test(question);
    if (enterpriseTypes.length + industry.length === 0 && !placed) return retrieved;
    const own = { profile: { ...parsed.profile, industry }, words: new Map([...parsed.words].filter(([key]) => !key.startsWith('industry:') || industry.includes(key.slice('industry:'.length)))) };
    const ranking = rankProfile(index, { description: question }, own);
    if (ranking.groups.length === 0) return retrieved;
    const byId = new Map(retrieved.map((h) => [h.clause.id, h]));
    const top = retrieved[0]?.score ?? 1;
    // Only clauses retrieval also found for the question's words: the matcher picks which of them fit the business,
    // it does not bring in its own (金东 → 金华 → 一廊：金衢丽… for a question about 专用车; 小公司 → 小微企业园 for one
    // about 网络安全).
    const first = [...new Set(ranking.groups.flatMap((g) => g.members.slice(0, 2)).map((m) => m.clause.id))].filter((id) => byId.has(id)).slice(0, PROFILE_LEAD);
    const lead = first.map((id) => byId.get(id)!);
    // Matched clauses lead at the top score so the list keeps them; retrieval fills the rest.
    return [...lead.map((h) => ({ ...h, score: Math.max(h.score, top) })), ...retrieved.filter((h) => !first.includes(h.clause.id))];
  }

  /** The words that name an industry of the facet table, in questions and in the plan. */
  const industryWords = (name: string) => {
    const entry = index.facetTable.industry.find((e) => e.name === name);
    return entry ? [entry.name, ...entry.query, ...entry.clause].map((w) => w.toLowerCase()) : [name];
  };

  return { namesProfileAndNeed, first: profileFirst };
}
