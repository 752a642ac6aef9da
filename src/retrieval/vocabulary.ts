/**
 * The plan's vocabulary as the words people may mistype: the plan's own terms, the lexicon's curated and quoted
 * terms, the synonym table's everyday words, the facet table's words (industries, regions, needs), the cards'
 * keywords and the referral topics' words. Homophone typos are read against it (src/retrieval/spelling.ts).
 */
import { FACET_CLASSES } from '../ingest/facets.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { CardIndex } from './cards.js';
import { createSpelling, type Spelling } from './spelling.js';
import { planProgrammes } from './asked.js';

export function planVocabulary(index: LoadedIndex, cards: CardIndex): Set<string> {
  const words = new Set<string>([...Object.keys(index.lexical.data.df), ...index.lexicon.words, ...index.lexicon.synonyms.keys()]);
  for (const facetClass of FACET_CLASSES) for (const entry of index.facetTable[facetClass]) for (const w of [entry.name, ...entry.clause, ...entry.query]) words.add(w);
  for (const card of cards.cards) for (const keyword of card.keywords) words.add(keyword);
  // Other departments' words are words too: 限行 is not a slip for the plan's 先行 (both sound xianxing, so neither is
  // read as the other), and a typo of 休渔 is heard as 休渔, whose referral it is.
  for (const topic of index.referrals.topics) for (const w of topic.words) words.add(w);
  // The plan's programmes by name, those it writes without quotation marks too (数据券, cut 数据|券): 数据卷 is a slip for one.
  for (const programme of planProgrammes(index.corpus.clauses.filter((c) => c.docId === '').map((c) => c.text).join('\n'))) words.add(programme);
  // What the asker calls the document (规划) and what they ask it for (政策) are no search words, yet a typo of them
  // (这规化管到哪年, 啥正策) must still be read as them.
  words.add('规划');
  words.add('政策');
  return words;
}

/** The plan's named topics: the facet table's words and the lexicon's domain terms, lowercased. */
export function planTopics(index: LoadedIndex): Set<string> {
  const topics = new Set<string>(index.lexicon.words.map((w) => w.toLowerCase()));
  for (const facetClass of FACET_CLASSES) {
    for (const entry of index.facetTable[facetClass]) for (const w of [entry.name, ...entry.clause, ...entry.query]) topics.add(w.toLowerCase());
  }
  return topics;
}

/** The province's places: the facet table's regions and the names people use for them (北仑, 宁波市), lowercased. */
export function planPlaces(index: LoadedIndex): Set<string> {
  return new Set(index.facetTable.region.flatMap((entry) => [entry.name, ...entry.query]).map((w) => w.toLowerCase()));
}

/**
 * The city a county-level place belongs to (岱山 → 舟山, 缙云 → 丽水), lowercased, or null: each region's query words
 * of the facet table other than the city's own names. The plan's layout places cities, not counties.
 */
export function countyCity(index: LoadedIndex): (term: string) => string | null {
  const cities = new Map(index.facetTable.region.flatMap((entry) => entry.query.filter((word) => !word.startsWith(entry.name)).map((word) => [word.toLowerCase(), entry.name.toLowerCase()] as const)));
  return (term) => cities.get(term) ?? null;
}

// The vocabulary's sounds are worked out once per index and card set: a few thousand words.
const cache = new WeakMap<CardIndex, Spelling>();

export function spellingFor(index: LoadedIndex, cards: CardIndex): Spelling {
  let spelling = cache.get(cards);
  if (!spelling) {
    // (Another department's word that is no word of the plan's, its lexicon's or its cards': a slip is corrected to it only standing alone.)
    const ours = new Set<string>([...Object.keys(index.lexical.data.df), ...index.lexicon.words, ...index.lexicon.synonyms.keys(), ...cards.cards.flatMap((c) => c.keywords)]);
    const othersOnly = new Set(index.referrals.topics.flatMap((t) => t.words).filter((w) => !ours.has(w)));
    spelling = createSpelling({ vocabulary: planVocabulary(index, cards), rarity: (word) => index.lexical.idf(word), othersOnly });
    cache.set(cards, spelling);
  }
  return spelling;
}
