/**
 * Homophone typos, the commonest slip of pinyin input (台洲 → 台州, 像目 → 项目, 研法 → 研发, 半倒体 → 半导体):
 * a token that is no word of general Chinese nor of the plan, whose pinyin (without tones) is exactly that of
 * one word of the plan's vocabulary sharing a character with it, is read as that word. Words of general
 * Chinese are never "corrected" (工场 stays 工场), and a sound shared by several vocabulary words corrects nothing.
 * Two words of two characters read together (只能 + 制造) that sound exactly like one four-character plan term
 * sharing two of its characters (智能制造) are heard as that term too; the text is corrected only when one of the
 * two is no word of general Chinese (然煤 + 锅炉 → 燃煤锅炉), since 只能制造 is also real Chinese.
 */
import { pinyin } from 'pinyin-pro';

export interface Spelling {
  /**
   * The text with homophone typos replaced, and what was replaced. `unknown`: the tokens of `text` that are no
   * word of jieba's dictionary (its tagger marks them `x`).
   */
  correct(text: string, unknown: string[]): { text: string; corrections: [from: string, to: string][] };
  /**
   * Plan terms that adjacent words sound like together, sharing two of their characters in place (只能 + 制造 ~
   * 智能制造, 小微企业 + 圆 ~ 小微企业园), with the phrase each was heard in. Not a correction by itself — 只能制造 is
   * also real Chinese ("can only make") — query analysis decides which phrases are slips.
   */
  phrasesHeard(tokens: string[]): [phrase: string, term: string][];
  /**
   * The one vocabulary word that sounds exactly like `token` and shares a character with it, whether or not
   * `token` is a word of general Chinese (工场 → 工厂); null when there is none, several, or `token` is itself
   * in the vocabulary. Not a correction: query analysis also searches that word at half weight, and the scope
   * gate looks for it among the evidence instead of counting `token` against the plan.
   */
  soundsLike(token: string): string | null;
  /**
   * The one vocabulary word of two characters or more whose toneless pinyin, run together, is `latin` (fangzhi → 纺织,
   * jiajikouchu → 加计扣除), or of four or five whose initials are (zjtx → 专精特新): an owner who types a word's pinyin when the input
   * method fails them. Null when none or several.
   */
  fromPinyin(latin: string): string | null;
  /** Whether two texts read the same with their tones (代款 and 贷款: dài kuǎn; not 找人 zhǎo rén and 招人 zhāo rén). */
  sameTones(a: string, b: string): boolean;
}

const HAN = /^[\u3400-\u9fff]+$/;
/** A function character and the copula (各是, 都是, 中是): not 博是 (博士) nor 院是 (院士), which are slips. */
const COPULA_END = /^[各都就还也即中里却正便才又只要可倒总算应竟乃真更而不凡既均皆亦则]是$/;
const MIN = 2;
const MAX = 5;
/** The longest phrase heard as one vocabulary word (小微企业|圆 → 小微企业园). */
const PHRASE = 5;

/**
 * Characters that glue to any word (占比|要 cut 占/比要): sharing only one of them (比要 ~ 必要) is no sign of a typo.
 */
export const FUNCTION_CHARACTER = /[要是的了在不就都也和与把被给对向]/;

/** How much rarer (in IDF) the next word one pinyin spells must be for the most used to be read. */
const PINYIN_MARGIN = 1;

/**
 * A character commonly read aloud as another's sound is typed by that sound: 券 (quàn) is often said juàn, and pinyin input
 * then gives 卷 (数据卷 for 数据券). Its sound is heard as the character meant.
 */
const MISREAD: Record<string, string> = { 卷: '券' };
const syllables = (text: string): string[] => pinyin(text.replace(/[卷]/g, (ch) => MISREAD[ch]!), { toneType: 'none', type: 'array', v: true });
/**
 * Every toneless reading of a character (行: xing, hang, heng), worked out once per character: a phrase can sound like a
 * word only if each of its characters has a reading that is the word's syllable in its place, which rules out most
 * candidates without the phrase's own pinyin (≈ 9 µs each, a tenth of an answer).
 */
const READINGS = new Map<string, Set<string>>();
const readingsOf = (ch: string): Set<string> => {
  let readings = READINGS.get(ch);
  if (!readings) READINGS.set(ch, (readings = new Set(pinyin(MISREAD[ch] ?? ch, { toneType: 'none', type: 'array', v: true, multiple: true }))));
  return readings;
};

export interface SpellingOptions {
  /** Words the plan, its lexicon, synonyms, cards and facets use. */
  vocabulary: Iterable<string>;
  /**
   * How rare a word is in the plan (its IDF; higher is rarer): of several words one pinyin spells (fangzhi: 纺织, 防治, 仿制),
   * the one the plan uses most is read, when it is clearly the most used.
   */
  rarity?: (word: string) => number;
  /** Other departments' words only (网贷, 社保): a slip is corrected to one where it stands as a word of its own, or at least not as a piece of a product's name. */
  othersOnly?: ReadonlySet<string>;
}
/** What may follow a word standing on its own: a mark, a particle, a function word or a common verb (网贷怎么…; not 网带|炉, a product). */
const STANDS_ALONE = /^(?:$|[，。？！、,.?!；;：:\s的了吗呢啊吧么嘛呀哦是有在要能会可想去还也都就和跟与或被让给怎咋多逾])/;
/**
 * …and what follows a piece of a product's name (网带|炉, 网带|式, 网带|输送机, …|设备): a slip is not corrected there. Anything else
 * that follows (医宝|卡, 医宝|断了, 网带|利息, 网带|平台, 发漂|丢了) leaves it a slip — most words an asker writes after a department's word are not grammar.
 */
const INSIDE_A_NAME = /^(?:[炉窑泵阀罐槽]|式|[\u4e00-\u9fff]{0,2}(?<![飞手司])机(?![构会关制遇场票])|[\u4e00-\u9fff]{0,2}(?:设备|机械|生产线|输送|烘干|烧结))/;

/** How many words or phrases each reading below keeps. */
const REMEMBERED = 20_000;
/**
 * A word's or phrase's reading against the vocabulary, kept once worked out: the same few thousand words and word pairs
 * (只能|制造, 工场) come back in question after question, and each costs its pinyin. Bounded (emptied when full), as the
 * tokenizer's short cuts are.
 */
function remembered(read: (text: string) => string | null): (text: string) => string | null {
  const kept = new Map<string, string | null>();
  return (text) => {
    let word = kept.get(text);
    if (word === undefined) {
      if (kept.size >= REMEMBERED) kept.clear();
      kept.set(text, (word = read(text)));
    }
    return word;
  };
}

export function createSpelling({ vocabulary, rarity, othersOnly }: SpellingOptions): Spelling {
  const bySound = new Map<string, Set<string>>();
  const soundOf = new Map<string, string[]>();
  const known = new Set<string>();
  for (const word of vocabulary) {
    if (word.length < MIN || word.length > MAX || !HAN.test(word)) continue;
    known.add(word);
    const sound = syllables(word);
    soundOf.set(word, sound);
    const key = sound.join(' ');
    let words = bySound.get(key);
    if (!words) bySound.set(key, (words = new Set()));
    words.add(word);
  }
  /**
   * The vocabulary word a token sounds like, sharing a character with it (so a place like 织里 never becomes
   * 治理). `correct` asks it only for tokens jieba does not know (台洲, 像目, 半倒体, 抵压), the typos.
   */
  const soundsLike = remembered((token: string): string | null => {
    if (token.length < MIN || token.length > MAX || !HAN.test(token) || known.has(token)) return null;
    const words = [...(bySound.get(syllables(token).join(' ')) ?? [])].filter((w) => w !== token && [...w].some((ch) => token.includes(ch) && !FUNCTION_CHARACTER.test(ch)));
    return words.length === 1 ? words[0]! : null;
  });
  /** Terms of two characters by each character in its place ("2:0智"): pinyin is worked out only for a phrase that could match. */
  const byPlace = new Map<string, string[]>();
  for (const word of known) {
    if (word.length !== 2) continue;
    [...word].forEach((ch, i) => {
      const key = `${word.length}:${i}${ch}`;
      const words = byPlace.get(key);
      if (words) words.push(word);
      else byPlace.set(key, [word]);
    });
  }
  /** …and of three characters or more by each two characters in their places ("4:0智:1能"): a phrase of three or more must share two. */
  const byTwoPlaces = new Map<string, string[]>();
  const twoPlaces = (length: number, i: number, a: string, j: number, b: string) => `${length}:${i}${a}:${j}${b}`;
  for (const word of known) {
    if (word.length < 3) continue;
    for (let i = 0; i < word.length; i++) for (let j = i + 1; j < word.length; j++) {
      const key = twoPlaces(word.length, i, word[i]!, j, word[j]!);
      const words = byTwoPlaces.get(key);
      if (words) words.push(word);
      else byTwoPlaces.set(key, [word]);
    }
  }
  /**
   * The vocabulary term a phrase of known words sounds like: of three to five characters sharing at least two characters in
   * place, or of two whose first is a function character typed for the term's first and whose second is the term's (在|生 ~
   * 再生: 在 typed for 再, the commonest slip of zai; not 啥|线 ~ 纱线 nor 亩|地 ~ 墓地).
   */
  const phraseSoundsLike = remembered((phrase: string): string | null => {
    if (phrase.length < 2 || phrase.length > PHRASE || !HAN.test(phrase) || known.has(phrase)) return null;
    // (Not a particle, 的 of 用的|清粪 for 德清: 的, 了 and 着 are written as they are meant.)
    // (…nor two other single characters, unless they sound like the word with its tones too: 接|搬 ~ 接班, not 做|工 ~ 作工.)
    const glued = FUNCTION_CHARACTER.test(phrase[0]!) && !/[的了着]/.test(phrase[0]!);
    if (phrase.length === 2 && (FUNCTION_CHARACTER.test(phrase[1]!) || /[的了着]/.test(phrase[0]!))) return null;
    const candidates = new Set<string>();
    if (phrase.length === 2) for (const [i, ch] of [...phrase].entries()) for (const w of FUNCTION_CHARACTER.test(ch) ? [] : (byPlace.get(`2:${i}${ch}`) ?? [])) candidates.add(w);
    else for (let i = 0; i < phrase.length; i++) for (let j = i + 1; j < phrase.length; j++) for (const w of byTwoPlaces.get(twoPlaces(phrase.length, i, phrase[i]!, j, phrase[j]!)) ?? []) candidates.add(w);
    const chars = [...phrase];
    const possible = [...candidates].filter((w) => soundOf.get(w)!.every((syllable, k) => readingsOf(chars[k]!).has(syllable)));
    if (possible.length === 0) return null;
    const sound = syllables(phrase).join(' ');
    const words = possible.filter((w) => bySound.get(sound)?.has(w));
    return words.length === 1 && (phrase.length > 2 || glued || toned(phrase) === toned(words[0]!)) ? words[0]! : null;
  });
  /**
   * Each word of two characters or more in a phrase heard keeps one of its characters in place (然煤|锅炉 ~ 燃煤锅炉 keeps
   * 煤): 加点|补贴 shares only 补贴 with 家电补贴, and 多加点补贴 asks for more pay, not a household appliance subsidy.
   */
  const eachWordShares = (pieces: string[], word: string): boolean => {
    let at = 0;
    return pieces.every((piece) => {
      const part = word.slice(at, (at += piece.length));
      return piece.length < 2 || [...piece].some((ch, k) => part[k] === ch);
    });
  };
  /**
   * jieba cut a vocabulary word in two (县电商办 → 县电|商办, where 电商 is the word): the piece it does not know is the
   * cut's debris, not a typo — its edge character makes a vocabulary word with the characters beside it.
   */
  const cutAcrossWord = (text: string, token: string): boolean => {
    const at = text.indexOf(token);
    if (at < 0) return false;
    const after = text.slice(at + token.length, at + token.length + 3);
    const before = text.slice(Math.max(0, at - 3), at);
    for (let k = 1; k <= 3; k++) {
      if (after.length >= k && known.has(token.slice(-1) + after.slice(0, k))) return true;
      if (before.length >= k && known.has(before.slice(-k) + token[0])) return true;
    }
    return false;
  };
  /** Every vocabulary word by its toneless pinyin run together (纺织 → fangzhi); several words may share one. */
  const byLatin = new Map<string, Set<string>>();
  for (const [sound, words] of bySound) {
    const latin = sound.replace(/ /g, '');
    let set = byLatin.get(latin);
    if (!set) byLatin.set(latin, (set = new Set()));
    for (const w of words) set.add(w);
  }
  // zjtx → 专精特新: a term of four or five characters typed by its syllables' initials, when no other term has them.
  const byInitials = new Map<string, Set<string>>();
  for (const [sound, words] of bySound) {
    const parts = sound.split(' ');
    if (parts.length < 4) continue;
    const initials = parts.map((p) => p[0]).join('');
    let set = byInitials.get(initials);
    if (!set) byInitials.set(initials, (set = new Set()));
    for (const w of words) set.add(w);
  }
  const fromPinyin = (latin: string): string | null => {
    const initials = byInitials.get(latin.toLowerCase());
    if (!byLatin.has(latin.toLowerCase()) && initials?.size === 1) return [...initials][0]!;
    const words = [...(byLatin.get(latin.toLowerCase()) ?? [])];
    if (words.length <= 1 || !rarity) return words[0] ?? null;
    const [first, second] = words.map((w) => [w, rarity(w)] as const).sort((a, b) => a[1] - b[1]);
    return second![1] - first![1] >= PINYIN_MARGIN ? first![0] : null;
  };
  const toned = (text: string) => pinyin(text, { toneType: 'num', type: 'array', v: true }).join(' ');
  return {
    fromPinyin,
    sameTones: (a, b) => toned(a) === toned(b),
    correct(text, unknown) {
      const corrections: [string, string][] = [];
      let corrected = text;
      for (const token of unknown) {
        // 各是多少: a function character and the copula is grammar jieba did not join, not a slip for 各市.
        if (COPULA_END.test(token)) continue;
        const word = soundsLike(token);
        if (!word || cutAcrossWord(corrected, token)) continue;
        const after = corrected.slice(corrected.indexOf(token) + token.length);
        if (othersOnly?.has(word) && !STANDS_ALONE.test(after) && INSIDE_A_NAME.test(after)) continue;
        corrections.push([token, word]);
        corrected = corrected.replace(token, word);
      }
      // A typo jieba cut into pieces it does not know either (品子标品子标 → 品子|标品|子标): a window across two
      // adjacent unknown pieces that sounds like a vocabulary word is that word.
      for (let i = 0; i + 1 < unknown.length; i++) {
        const joined = unknown[i]! + unknown[i + 1]!;
        if (!corrected.includes(joined)) continue;
        const edge = unknown[i]!.length;
        for (let from = Math.max(0, edge - MAX + 1); from < edge; from++) {
          for (let to = edge + 1; to <= joined.length && to - from <= MAX; to++) {
            if (to - from < 3) continue;
            const window = joined.slice(from, to);
            const word = soundsLike(window);
            if (!word || corrections.some(([typo]) => typo === window)) continue;
            corrections.push([window, word]);
            corrected = corrected.split(window).join(word);
          }
        }
      }
      return { text: corrected, corrections };
    },
    phrasesHeard(tokens) {
      const heard: [string, string][] = [];
      for (let i = 0; i + 1 < tokens.length; i++) {
        // Two two-character words (只能|制造), or a word of two or four characters and one character (小微|圆 → 小微园,
        // 小微企业|圆 → 小微企业园)…
        const lengths = `${tokens[i]!.length}${tokens[i + 1]!.length}`;
        if (lengths === '22' || lengths === '21' || lengths === '12' || lengths === '41' || lengths === '14' || lengths === '11') {
          const phrase = tokens[i]! + tokens[i + 1]!;
          const word = phraseSoundsLike(phrase);
          if (word && eachWordShares([tokens[i]!, tokens[i + 1]!], word)) heard.push([phrase, word]);
        }
        // …or a word and the first character of one jieba glued to a particle, to 有 or to a direction (企业|玛是 → 企业玛 ~ 企业码, 数字|华有 → 数字华
        // ~ 数字化, 搬进小微|圆去 → 小微圆 ~ 小微园).
        const next = tokens[i + 1]!;
        if (lengths === '22' && /[是的了呢吗啊吧有去来里]$/.test(next)) {
          const phrase = tokens[i]! + next[0]!;
          const word = phraseSoundsLike(phrase);
          if (word && eachWordShares([tokens[i]!, next[0]!], word)) heard.push([phrase, word]);
        }
        // …or a two-character word and two single characters (高端|装|被 → 高端装备), or one on either side of it
        // (小|单快|返 → 小单快反).
        const third = tokens[i + 2];
        if (third !== undefined && (`${lengths}${third.length}` === '211' || `${lengths}${third.length}` === '121')) {
          const phrase = tokens[i]! + tokens[i + 1]! + third;
          const word = phraseSoundsLike(phrase);
          if (word) heard.push([phrase, word]);
        }
      }
      return heard;
    },
    soundsLike,
  };
}
