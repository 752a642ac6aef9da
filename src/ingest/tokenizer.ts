/**
 * nodejieba with the domain lexicon. nodejieba is a process-wide native singleton: words inserted
 * here are visible to every tokenizer in the process, which is what we want (one lexicon per process).
 */
import { createRequire } from 'node:module';
import type { Lexicon } from './lexicon.js';

interface Jieba {
  cut(text: string, strict?: boolean): string[];
  cutAll(text: string): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  cutForSearch(text: string, strict?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  tag(text: string): { word: string; tag: string }[];
}

let jieba: Jieba | null = null;
const inserted = new Set<string>();

function loadJieba(): Jieba {
  if (jieba) return jieba;
  try {
    jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  } catch (error) {
    throw new Error(
      `nodejieba could not be loaded (${(error as Error).message}). Its native build is missing: ` +
        'run `npm ci` again with `yes=true` in .npmrc (the repository has it) and a C++ toolchain (g++, make, python3).',
    );
  }
  return jieba;
}

export interface Tokenizer {
  /** Words as jieba cuts them (with the lexicon), punctuation and spaces dropped. */
  cut(text: string): string[];
  /**
   * Index/query terms: search-mode cut (long words also yield their dictionary sub-words),
   * lowercased, without stop words or punctuation.
   */
  terms(text: string): string[];
  /**
   * Question terms: precise cut (no sub-words), without stop words. Matched against passages indexed
   * with `terms`, whose sub-words let 数字化 find 数字化改造 without 人工 and 智能 flooding a 人工智能 query.
   */
  queryTerms(text: string): string[];
  /** Every dictionary word inside `text` (jieba's full mode), for terms jieba glued together. */
  subWords(text: string): string[];
  /**
   * How informative a word is in general Chinese: jieba's IDF table (≈4.5 for 得到, 6.5 for 天气,
   * 9.6 for 高铁). Words not in the table get jieba's average, ≈11.7.
   */
  generalIdf(word: string): number;
  /**
   * Part of speech of each word of `text` by jieba's tagger, keyed by the lowercased word: `n`/`ns`/`nz`…
   * for nouns, `v` verbs, `d` adverbs, `m` numerals, `x` for words outside its dictionary.
   */
  partsOfSpeech(text: string): Map<string, string>;
  lexicon: Lexicon;
}

const TOKEN = /[\p{L}\p{N}]/u;
/** jieba gives words outside its IDF table its average IDF, 11.7386. */
const OOV_IDF = 11.7386;
/** A general IDF of a word outside jieba's dictionary: segmentation debris, or a Latin name. */
export function outsideDictionary(generalIdf: number): boolean {
  return Math.abs(generalIdf - OOV_IDF) < 0.001;
}
/** The longest text whose cut is kept, and how many are kept. */
const SHORT_TEXT = 8;
const SHORT_CUTS = 20_000;
/** How many longer texts' cuts are kept: those of one answer's readings, not the questions before it. */
const RECENT_CUTS = 4;
/** A count's last character (9, 十, 几, 来, 多): a classifier after it counts. */
const COUNT_END = /[\d一二两三四五六七八九十百千几来多余]$/;
const COUNT_START = /^[\d一二两三四五六七八九十百千几]/;
/** A firm's size said short, glued by jieba to the word before it (算小微, 是规上): cut off — and 小微 alone is the plan's 小微企业. */
const SIZE_GLUED = /(?<=^[\u4e00-\u9fff]{1,3})(?:小微|规上|规下)$/;
const SIZE_WORD: Record<string, string> = { 小微: '小微企业' };

export function createTokenizer({ lexicon }: { lexicon: Lexicon }): Tokenizer {
  const engine = loadJieba();
  // (A word with Latin capitals is kept whole typed in lower case too, as phones type it: 5g基站.)
  for (const word of [...lexicon.words].flatMap((w) => (/[A-Z]/.test(w) ? [w, w.toLowerCase()] : [w]))) {
    if (inserted.has(word)) continue;
    engine.insertWord(word, 'nz');
    inserted.add(word);
  }
  // The province's places jieba's word list holds without a frequency of its own (衢江, 海曙, 临平: its IDF table lacks them) lose
  // to a neighbour's pair (衢|江山|沟): inserted, they win. Places it knows well (台州) are left as they are — inserting one would
  // lower its weight (台州算 glued).
  for (const place of lexicon.places ?? []) {
    if (inserted.has(place) || !outsideDictionary(engine.extract(place, 1)[0]?.weight ?? 0)) continue;
    engine.insertWord(place, 'ns');
    inserted.add(place);
  }
  // A maker's shop-floor words jieba would cut apart (开机率 → 开|机率) are kept whole: the scope decision knows them only whole.
  for (const word of lexicon.shopfloor ?? []) {
    if (inserted.has(word) || engine.cut(word, true).length === 1) continue;
    engine.insertWord(word, 'n');
    inserted.add(word);
  }
  const clean = (words: string[]) => words.map((w) => w.trim().toLowerCase()).filter((w) => w && TOKEN.test(w));
  // `true` turns on the HMM, which also keeps digit runs whole (2025, 33.1) instead of one per digit.
  const cutNow = (text: string) => clean(engine.cut(text, true));
  // A word or short phrase (现代纺织, 小微企业园) is cut again and again by one answer and by the next: its cut is kept, as a
  // dictionary's entry is. Only short texts (a word, a name, a question of a few characters), and a bounded number (emptied when full).
  const shortCuts = new Map<string, string[]>();
  // A longer text (the question) is cut again within the same answer by other readings: the last few are kept. Only the last few, so a
  // question asked again later is cut again (the latency benchmark repeats its questions: it must not measure a cache).
  const recentCuts = new Map<string, string[]>();
  const keep = (text: string, words: string[]) => {
    if (text.length > SHORT_TEXT) {
      // (The oldest of the last few goes.)
      if (recentCuts.size >= RECENT_CUTS) recentCuts.delete(recentCuts.keys().next().value!);
      recentCuts.set(text, words);
    } else {
      if (shortCuts.size >= SHORT_CUTS) shortCuts.clear();
      shortCuts.set(text, words);
    }
    return words;
  };
  const cut = (text: string) => (recentCuts.get(text) ?? shortCuts.get(text) ?? keep(text, cutNow(text))).slice();
  const topical = (words: string[]) => words.filter((w) => !lexicon.stopwords.has(w));
  // 才9个人, 三十几个人: people counted cut 9|个人 — a headcount, not 个人 (a person's own affair); and 才 before a count is “only”, not 人才's.
  const uncounted = (words: string[]) => words.filter((w, i) => (w !== '个人' || !COUNT_END.test(words[i - 1] ?? '')) && (w !== '才' || !COUNT_START.test(words[i + 1] ?? ''))).flatMap((w) => { const size = SIZE_GLUED.exec(w); return size ? [w.slice(0, size.index), SIZE_WORD[size[0]] ?? size[0]] : [SIZE_WORD[w] ?? w]; });
  return {
    lexicon,
    cut,
    terms: (text) => topical(clean(engine.cutForSearch(text, true))),
    queryTerms: (text) => topical(uncounted(cut(text))),
    subWords: (text) => clean(engine.cutAll(text)),
    generalIdf: (word) => engine.extract(word, 1)[0]?.weight ?? 0,
    // (Tagging cuts as `cut` does, HMM on: its words are kept as the text's cut, which the same reading asks next.)
    partsOfSpeech: (text) => {
      const tagged = engine.tag(text);
      if (!recentCuts.has(text) && !shortCuts.has(text)) keep(text, clean(tagged.map(({ word }) => word)));
      return new Map(tagged.map(({ word, tag }) => [word.toLowerCase(), tag]));
    },
  };
}

/**
 * For one build: each passage's context is cut by the BM25 index, its document frequencies, the
 * embedder's fit and its embedding; heading paths repeat across passages. Cut each text once.
 */
export function withTermCache(tokenizer: Tokenizer): Tokenizer {
  const cache = new Map<string, string[]>();
  return {
    ...tokenizer,
    terms(text) {
      let terms = cache.get(text);
      if (!terms) cache.set(text, (terms = tokenizer.terms(text)));
      return terms;
    },
  };
}
