/**
 * The domain lexicon: words the tokenizer must keep whole, stop words, and colloquial→plan synonyms.
 * Pure functions over the files' text; the entry points read the files (`readLexicon` in `_files.ts`).
 */

import type { CardSource } from './cards.js';
import { parseFacetTable, type FacetTable } from './facets.js';

export interface Lexicon {
  /** Curated terms plus the plan's own quoted terms, longest first. */
  words: string[];
  stopwords: Set<string>;
  /** colloquial word → plan terms */
  synonyms: Map<string, string[]>;
  /**
   * The province's places as people name them (the facet table's regions: 衢江, 北仑, 宁波市). Those jieba holds without an IDF of
   * their own are kept whole by the tokenizer as places, so 衢江山沟 is 衢江|山沟, not 衢|江山 (another county). Not topics of the plan.
   */
  places?: string[];
  /** A maker's shop-floor words (热处理, 冲压, 开机率; data/lexicon/shopfloor.txt): who asks, never evidence for or against the plan. */
  shopfloor?: Set<string>;
}

export interface LexiconSources {
  terms: string;
  stopwords: string;
  synonyms: string;
  /** data/lexicon/facets.json, as text */
  facets: string;
  /** data/lexicon/referrals.json, as text: what the plan does not cover and who handles it */
  referrals: string;
  /** data/lexicon/shopfloor.txt: a maker's words for its own processes, defects and tooling */
  shopfloor?: string;
  /** data/lexicon/cards/*.jsonl: question cards, in file-name order */
  cards: CardSource[];
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/**
 * Terms the plan itself puts in quotation marks (“未来工厂”, “链主”, “415”) that are plain words:
 * 2–10 characters of CJK, letters or digits, no internal punctuation.
 */
export function quotedTerms(planText: string): string[] {
  const found = new Set<string>();
  for (const match of planText.matchAll(/[“"]\s*([^“”"\n]{1,12}?)\s*[”"]/g)) {
    const term = match[1]!;
    if (/^[\u3400-\u9fffA-Za-z0-9]{2,10}$/.test(term)) found.add(term);
  }
  return [...found];
}

export function buildLexicon(sources: LexiconSources, planTexts: string[]): Lexicon {
  const words = new Set(lines(sources.terms));
  for (const text of planTexts) for (const term of quotedTerms(text)) words.add(term);
  const synonyms = new Map<string, string[]>();
  for (const line of lines(sources.synonyms)) {
    const [word, targets] = line.split('\t');
    if (word && targets) synonyms.set(word.trim(), targets.trim().split(/\s+/));
  }
  // Colloquial words must come out of the tokenizer whole too, or the synonym table never fires.
  for (const word of synonyms.keys()) if (/^[\u3400-\u9fff]{2,}$/.test(word)) words.add(word);
  return {
    words: [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)),
    stopwords: new Set(lines(sources.stopwords)),
    synonyms,
    places: placeWords(parseFacetTable(sources.facets)),
    shopfloor: new Set(lines(sources.shopfloor ?? '').map((w) => w.toLowerCase())),
  };
}

/** The region facets' names and query words of two characters or more, Chinese only (not 山区26县). */
export function placeWords(table: FacetTable): string[] {
  return [...new Set(table.region.flatMap((entry) => [entry.name, ...entry.query]))].filter((w) => /^[\u3400-\u9fff]{2,}$/.test(w));
}

/**
 * The lexicon in nodejieba's user-dictionary format (`word tag` per line, default frequency, as
 * `insertWord` adds them), written with the index for inspection and for other jieba tools.
 */
export function toUserDict(lexicon: Lexicon): string {
  return lexicon.words.map((w) => `${w} nz`).join('\n') + '\n';
}
