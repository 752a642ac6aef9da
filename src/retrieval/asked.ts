/**
 * What detail a question asks, read from its words alone: how much, when, how long — and of what (LPR是多少,
 * 高铁什么时候通车), or a figure for a year (2023年全省新增了多少家). Pure functions over the text and jieba's tags;
 * the scope gate (scope.ts) decides what the plan says about them.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';

/** Noun-like parts of speech: a noun the plan and the cards never use names something else. */
export const NOUN = /^(n|nr|nrt|nt|nz|nw|eng|j|vn)$/;

/**
 * A question for a detail: how much, when, how long (十几年 and 几十台 tell a story; they ask nothing). What
 * stands right before it is what is asked about; after a "when", what is to happen.
 */
const DETAIL_ASK = /(多少|(?<![十一两几好])几(?:月份?|号|家)(?!十|百|千)|(什么|啥)时候|何时|多久|多长时间)/;
const WHEN_ASK = /^(什么时候|啥时候|何时|多久|多长时间|几月份?|几号)$/;
/** Between the thing asked about and the ask: 一般, 现在, 一个月 — adverbs, times, numbers, particles… */
const BEFORE_ASK = /^(a|ad|ag|d|t|tg|m|mq|q|r|p|u[a-z]*|y|c|f|zg)$/;
/** …and auxiliary verbs (是, 能, 要). A verb of content (认证, 拿) ends the look back: ISO认证多少钱 asks of 认证. */
const AUXILIARY = /^(是|能|要|会|可以|可|有|为|达到|到|还|还有|能够|需要)$/;
/** A question's sentences: split on punctuation and spaces, not on a decimal point. */
const SENTENCES = /[，。？！,?!；;\s]+/;

export interface AskedDetail {
  /** The last noun before the ask in its sentence, over the auxiliaries, times and numbers between them. */
  subject: string | null;
  /** After a "when", without auxiliaries and particles: what is to happen (通车 in 什么时候通车, 到账 in 多久能到账). */
  event: string | null;
  when: boolean;
}

/**
 * The detail a question asks (LPR是多少, 高铁什么时候通车, 退税一般多久能到账), or null when it asks none: of the
 * sentences that ask one, the first whose subject is found, else the first.
 */
export function askedDetail(text: string, tokenizer: Tokenizer): AskedDetail | null {
  let first: AskedDetail | null = null;
  for (const sentence of text.split(SENTENCES)) {
    const ask = DETAIL_ASK.exec(sentence);
    if (!ask || ask.index === 0) continue;
    let subject: string | null = null;
    const before = [...tokenizer.partsOfSpeech(sentence.slice(0, ask.index))];
    for (let i = before.length - 1; i >= 0; i--) {
      const [word, tag] = before[i]!;
      if (NOUN.test(tag) || tag === 'ns' || (tag === 'x' && /^[a-z]{2,}$/.test(word))) {
        subject = word;
        break;
      }
      if (!BEFORE_ASK.test(tag) && !(/^v/.test(tag) && AUXILIARY.test(word))) break;
    }
    const when = WHEN_ASK.test(ask[0]);
    const after = sentence
      .slice(ask.index + ask[0].length)
      .replace(/^(能|才能|可以|会|要|就|才|可|能够)+/, '')
      .replace(/(了|呢|吗|啊|呀|么|没)+$/, '');
    const event = !when || !after ? null : after.length <= 4 ? after : ([...tokenizer.partsOfSpeech(after)][0]?.[0] ?? null);
    if (subject) return { subject, event, when };
    first ??= { subject, event, when };
  }
  return first;
}

/** A figure asked: how much, what share, how fast… */
const FIGURE_ASKED = /多少|几(成|倍|个|家)|百分之|增长率|增速/;
/** …of something that happened (新增了, 增长了, 实际完成): a statistic. */
const HAPPENED = /了|过|实际|完成|同比|环比/;

/**
 * The year of a statistic asked (2023年全省新增了多少家, 2024年增长了百分之多少) that is not one of the plan's own
 * years, or null. Not a year in the asker's own story (2024年我们公司新增了几台设备…), nor an amount (2000万), nor
 * a plan topic's dated detail with nothing that happened (2024年首台套奖励能拿多少).
 */
export function statisticYear(text: string, isPlanYear: (year: string) => boolean): string | null {
  for (const sentence of text.split(SENTENCES)) {
    if (!FIGURE_ASKED.test(sentence) || !HAPPENED.test(sentence) || /我|咱|本厂|厂里/.test(sentence)) continue;
    for (const [, year] of sentence.matchAll(/(?<!\d)(20\d\d)年/g)) if (!isPlanYear(year!)) return year!;
  }
  return null;
}
