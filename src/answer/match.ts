/**
 * "哪些政策适用于我": a business profile → the plan's measures, grouped by need, ranked by how
 * specifically each clause targets the profile (a clause naming 小微企业 outranks one under a heading).
 */
import type { MatchedMeasure, MatchRequest } from '../contract.js';
import { FACET_CLASSES, facetsInText } from '../ingest/facets.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { Clause, FacetClass } from '../types.js';
import { bestSentence, quoteOf } from './extractive.js';
import type { MatchGroup, MatchResponse } from './types.js';

const CLASS_LABEL: Record<FacetClass, string> = { industry: '行业', enterpriseType: '企业类型', region: '地区', need: '需求' };
/** A need is what the business came for; the other facets say who it is. */
const CLASS_WEIGHT: Record<FacetClass, number> = { need: 3, enterpriseType: 2.5, industry: 2, region: 2 };
const PER_GROUP = 5;
export const NO_MATCH_MESSAGE = '规划中没有找到专门针对您所填情况的措施。您可以换个说法描述行业或需求，或拨打12345政务服务便民热线咨询适用的政策。';
const GENERAL_NEED = '与您的企业相关的其他措施';

type Profile = MatchResponse['profile'];

function parseProfile(request: MatchRequest, index: LoadedIndex): { profile: Profile; words: Map<string, string> } {
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

interface Scored {
  clause: Clause;
  score: number;
  matchedOn: string[];
  needs: string[];
}

function scoreClause(clause: Clause, profile: Profile): Scored | null {
  const wanted: Record<FacetClass, string[]> = { industry: profile.industry, region: profile.region, enterpriseType: profile.enterpriseTypes, need: profile.needs };
  let score = 0;
  const matchedOn: string[] = [];
  const needs: string[] = [];
  for (const facetClass of FACET_CLASSES) {
    for (const facet of clause.facets[facetClass]) {
      if (!wanted[facetClass].includes(facet.name)) continue;
      // Named in the clause itself = specific; only in a heading = general (half weight).
      score += CLASS_WEIGHT[facetClass] * (facet.inText ? 1 : 0.5) * (1 + 0.15 * (facet.words.length - 1));
      matchedOn.push(`${CLASS_LABEL[facetClass]}：${facet.name}（${facet.words.join('、')}）`);
      if (facetClass === 'need') needs.push(facet.name);
    }
  }
  return score > 0 ? { clause, score, matchedOn, needs } : null;
}

function measureOf(scored: Scored, index: LoadedIndex, words: string[]): MatchedMeasure {
  const terms = words.map((term) => ({ term, weight: index.lexical.idf(term) }));
  const run = bestSentence(scored.clause, terms, { shape: 'statement', asksAmount: false, asksIndicatorTable: false, metadata: null });
  return {
    id: scored.clause.id,
    label: scored.clause.label,
    path: scored.clause.path,
    quote: quoteOf(scored.clause, run.from, run.to),
    url: `/plan#${encodeURIComponent(scored.clause.id)}`,
    matchedOn: scored.matchedOn,
  };
}

export async function matchProfile(index: LoadedIndex, request: MatchRequest): Promise<MatchResponse> {
  const { profile, words } = parseProfile(request, index);
  const scored = index.corpus.clauses
    .filter((c) => c.kind !== 'notice' && c.kind !== 'preamble')
    .map((c) => scoreClause(c, profile))
    .filter((s): s is Scored => s !== null)
    .sort((a, b) => b.score - a.score || a.clause.order - b.clause.order);
  // Only the profile's own needs group the result; without needs, one group of everything relevant.
  const groupsWanted = profile.needs.length > 0 ? profile.needs : [GENERAL_NEED];
  const selectors = [...words.values()];
  const groups: MatchGroup[] = [];
  const placed = new Set<string>();
  for (const need of groupsWanted) {
    const members = scored.filter((s) => (need === GENERAL_NEED ? true : s.needs.includes(need)) && !placed.has(s.clause.id));
    // A clause matching only the need (not who the business is) is too general when the profile says who it is.
    const specific = profile.enterpriseTypes.length + profile.industry.length + profile.region.length > 0 && need !== GENERAL_NEED
      ? members.filter((m) => m.matchedOn.length > 1 || m.score >= CLASS_WEIGHT.need)
      : members;
    const chosen = specific.slice(0, PER_GROUP);
    chosen.forEach((m) => placed.add(m.clause.id));
    if (chosen.length > 0) groups.push({ need, measures: chosen.map((m) => measureOf(m, index, selectors)) });
  }
  if (profile.needs.length > 0) {
    const others = scored.filter((s) => !placed.has(s.clause.id) && s.needs.length === 0).slice(0, 3);
    if (others.length > 0) groups.push({ need: GENERAL_NEED, measures: others.map((m) => measureOf(m, index, selectors)) });
  }
  return groups.length > 0 ? { profile, groups } : { profile, groups, message: NO_MATCH_MESSAGE };
}
