/**
 * What detail a question asks — how much, when, how long, and of what (LPR是多少, 高铁什么时候通车), or a figure
 * for a year (2023年全省新增了多少家) — and whether the plan names what it is asked of. The scope gate (scope.ts)
 * weighs these markers with the rest of its evidence.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
import { quotedTerms } from '../ingest/lexicon.js';
import { ASKING_CLAUSE, clausesOf, WHAT_BEFORE_NAME } from './clauses.js';
import { asksOfTheClauseBefore } from './last-asked.js';
import { outsideDictionary } from './cut.js';

export { outsideDictionary };
import type { AnalyzedQuery } from './analyzed.js';
import type { Spelling } from './spelling.js';

/** What the plan is asked in a clause that asks: its support, its policy, what it says (有没有啥说法). */
/** The plan named (规划里, 十四五规划) — not a planning permit, bureau or red line. */
export const PLAN_NAMED = /规划(?!许可|局|部门|红线)/;
/** Help asked in plain words (有啥能帮上的, 帮得上, 帮扶, 扶一把): asks the plan as 支持 does. */
const HELP = /帮得上|帮上|帮扶|[帮扶]一把/, HELP_ALL = new RegExp(HELP.source, 'g');
export const ASKS_THE_PLAN = new RegExp(`${PLAN_NAMED.source}|省里|政府|政策|支持|扶持|补贴|补助|奖励|鼓励|提倡|措施|说法|提法|${HELP.source}`);
/**
 * …but not when only that help is asked, of another department's affair told alone (厂里招了个技术骨干，户口要迁，有啥能帮上的): no clause but
 * who was hired holds a word of two characters or more the plan covers (not 转 of 社保要转; not …户口和孩子上学的事…, the plan's 子女教育 beside it). `affairs`: the referral words weighed.
 */
export function helpOfAffairOnly(lower: string, asking: readonly string[], affairs: readonly string[], covered: readonly string[]): boolean {
  const told = clausesOf(lower).filter((c) => !/招|聘|引进|挖来|新来/.test(c)).map((c) => c.replace(HELP_ALL, '，'));
  return asking.some((c) => HELP.test(c)) && asking.every((c) => !ASKS_THE_PLAN.test(c.replace(HELP_ALL, ''))) && told.some((c) => affairs.some((w) => c.includes(w))) && !told.some((c) => covered.some((t) => t.length >= 2 && c.includes(t)));
}

/** A clause that tells what the plan says (规划说要…, 规划里写着…, 规划上提到…). */
export const PLAN_SAYS = /规划(里|上|中)?(说|讲|写|提)/;

/** The clauses that ask, and whether one of them asks the plan something (规划里…有没有啥说法). */
export function clausesAskingThePlan(text: string): { asking: string[]; plan: boolean } {
  // 我们想申报“未来乡村”，要满足哪些条件: a bare ask asks of the clause before it, which says what.
  const clauses = clausesOf(text);
  // (A lead-in naming the plan is read with the clause it leads: 想问下省里十四五制造业规划，医疗器械这块有没有提 — not one naming
  // 政府 or 政策 only, 想问下政府，…, which may lead a personal affair.)
  // (…and so is a clause that only places what follows in the plan: 浙江这个十四五制造业规划里，类脑智能是放在哪一块讲的.)
  const leadIn = (i: number) => i + 1 < clauses.length && (LEAD_IN.test(clauses[i]!.trim()) || IN_THE_PLAN.test(clauses[i]!.trim())) && PLAN_NAMED.test(clauses[i]!) && ASKING_CLAUSE.test(clauses[i + 1]!);
  // (A clause that sets the plan aside, 别管什么规划了, asks nothing: what follows it is asked.)
  const asking = clauses.flatMap((c, i) => (leadIn(i) || DISMISSES_THE_PLAN.test(c) ? [] : i > 0 && leadIn(i - 1) ? [`${clauses[i - 1]}，${c}`] : ASKING_CLAUSE.test(c.replace(WHAT_BEFORE_NAME, '')) || (i + 1 < clauses.length && asksOfTheClauseBefore(c, clauses[i + 1]!)) ? [c] : []));
  return { asking, plan: asking.some((c) => ASKS_THE_PLAN.test(c)) };
}

/** A clause that sets the plan aside (别管什么规划了, 抛开政策不谈): the asker wants something the plan does not give. */
const DISMISSES_THE_PLAN = /(?:别管|不要管|不用管|甭管|莫管|覅管|先别管|抛开|撇开|别扯)(?:什么|啥|那些|这些|这个|那个|你的|你那)?(?:规划|政策|文件)/;
/** A clause that ends by placing what follows in the plan (…规划里, 规划中, 规划里面). */
const IN_THE_PLAN = /规划(里|中|上|里面|当中)$/;
/** A clause that says a question follows (想问下…, 请问…, 咨询一下…). */
const LEAD_IN = /^(?:我|我们)?(?:就|还)?(?:想|想要)?(?:问问|问一?下|请问|咨询一?下|打听一?下)/;

/** The plan quoted as a reproach (规划不是说要…吗, 不是讲了要…嘛): a reason given, not a question asked. */
export const REPROACH = /不是(都|也|老|老是|一直|总|总是|天天|经常|常常)?(在)?(说|讲|提|写)(了|过)?[^，。？！,?!]*(吗|嘛|么)\s*$/;
/** The asker's own act pointed back to (那我这样能不能扣, 这样扣不扣得; 这样做可以吗, its verb unsaid): asked again of the act an ask matched (扣他…工资), told `before` the quote, not asked — or the matter told, pointed back to (这事归谁管). */
const SAME_ACT = /(?:这样|这么)(?:做|干|搞|弄)?(?:的话)?(?:(?:能不能|可不可以|能|可以)(?![吗呢不])([\u4e00-\u9fff]{1,2}?)|([\u4e00-\u9fff])不\2得?)(?:吗|呢|不)?$/, POINTS_BACK = /(?:这样|这么)(?:做|干|搞|弄)(?:的话)?(?:可以|行|合适|妥当|对)(?:吗|不|吧|么|不行)?$|(?:能不能|可不可以|能|可以|行不行)(?:这样|这么)(?:做|干|搞|弄)(?:吗|呢)?$/, STORY_POINTED = /^(?:那)?(?:这事|这个事|这种事|这件事|这种情况|这情况|这个情况)/;
export const asksTheActAgain = (clause: string, match: string, before: readonly string[]): boolean => STORY_POINTED.test(clause.trim()) || (before.some((c) => c.includes(match) && !ASKING_CLAUSE.test(c)) && (POINTS_BACK.test(clause) || ((m) => m !== null && match.includes(m[1] ?? m[2]!))(SAME_ACT.exec(clause))));
/** Another clause than the one `match` is in asks the plan something (…哪些能享受，有没有办法推给我们，还有遇到问题往哪投诉): the question is in two parts, and the part the plan answers is answered. */
export function asksThePlanBesides(text: string, match: string, pattern?: RegExp, otherAffairs: readonly string[] = []): boolean {
  // A clause the same ask matches again (…etf还能涨吗，这个规划利好哪几只股票) is that ask, not another part; nor is one
  // that asks the government about another department's affair (有没有政府垫付欠薪的办法).
  // …nor one the match runs into across a comma (换辆新能源车，有补贴吗).
  const tail = match.split(/[，,]/).slice(1).pop() ?? '';
  // A clause that says what the plan says (…被突击停电限产。规划说要健全企业维权投诉渠道，具体找哪个部门) asks about it when the ask
  // matched is told before it, in the story, and a clause asking follows it — not when the plan is quoted to lead into the ask
  // (规划里说要搞集成电路，那买哪只股票能涨) nor as a reason after it (买哪只股票能涨，规划里说要搞集成电路) — nor when the clause asking after it is
  // the same ask again (…找谁拓宽，规划里说降物流成本，能帮我们修这条路不).
  const all = clausesOf(text);
  const matchedAt = all.findIndex((c) => c.includes(match) || match.includes(c));
  // (…nor one only quoted before a clause asking again of the act matched, 规划里说要构建和谐劳动关系，那我这样能不能扣: a reason given.)
  const reasonFor = (c: string) => all.some((n, i) => i > 0 && all[i - 1] === c && asksTheActAgain(n, match, all.slice(0, i - 1)));
  const quoting = all.filter((c, i) => PLAN_SAYS.test(c) && !ASKING_CLAUSE.test(c) && matchedAt >= 0 && i > matchedAt && !reasonFor(c) && all.slice(i + 1).some((after) => ASKING_CLAUSE.test(after) && !after.includes(match) && !(pattern?.test(after) ?? false)));
  // 规划说到2025年建成10个省实验室，具体是哪10个？现在招不招硕士: the clause asking right after what the plan says asks of it (not the act again, nor 这事 — but of a channel quoted, 规划说要健全企业维权投诉渠道，这事找谁).
  const ofWhatItSays = all.filter((c, i) => i > 0 && PLAN_SAYS.test(all[i - 1]!) && !ASKING_CLAUSE.test(all[i - 1]!) && ASKING_CLAUSE.test(c) && !c.includes(match) && !match.includes(c) && !(pattern?.test(c) ?? false) && !(asksTheActAgain(c, match, all.slice(0, i - 1)) && !/投诉|维权|渠道|申诉/.test(all[i - 1]!)));
  if (ofWhatItSays.length > 0) return true;
  // 规划不是说要强化平台企业合规经营吗，这种你们能帮我申诉不: the plan quoted as a reproach is the reason for the ask, not another.
  return [...clausesAskingThePlan(text).asking, ...quoting].some(
    (clause) => !REPROACH.test(clause) && !reasonFor(clause) && !clause.includes(match) && !match.includes(clause) && !(tail.length >= 2 && clause.startsWith(tail)) && ASKS_THE_PLAN.test(clause) && !(pattern?.test(clause) ?? false) && !otherAffairs.some((word) => clause.includes(word)),
  );
}

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

/**
 * The plan's own programmes: what it puts in quotation marks, of two characters or more (小巨人, 未来工厂, 品字标) — not the
 * periods (十四五, 十三五), the page's furniture (稿件来源), words inside general ones (浙江制造|业, 产业数字化), nor phrases of
 * everyday Chinese it happens to quote (想问一件事 names no programme; nor do 新星 and 双城 alone).
 */
export function planProgrammes(planText: string): string[] {
  const quoted = quotedTerms(planText).filter((t) => t.length >= 2 && /[\u4e00-\u9fff]/.test(t) && !NOT_A_PROGRAMME.test(t));
  // …and the instruments it names without quotation marks (创新云量贷、数据券、企业服务券等政策): a loan, voucher or code by name.
  const instruments = [...planText.matchAll(NAMED_INSTRUMENT)].map((m) => m[1]!.replace(/^(创新|推广应用|推广)/, '')).filter((t) => t.length >= 3 && !/^信贷$/.test(t));
  return [...new Set([...quoted, ...instruments])];
}
const NAMED_INSTRUMENT = /(?<=^|[、，。；“\s])([\u4e00-\u9fff]{1,6}(?:券|贷|码))(?=[、，。；”等])/g;
const NOT_A_PROGRAMME = /^十.五$|稿件|来源|^浙江制造$|^产业数字化$|^一件事$|^新星$|^双城$/;

/** How long a run of the question must be to name what the plan states a figure of. */
const SUBJECT_MIN = 6;

/** A figure asked: how much, what share, how fast… */
const FIGURE_ASKED = /多少|几(成|倍|个|家)|百分之|增长率|增速/;
/** …of something that happened (新增了, 增长了, 实际完成): a statistic. */
const HAPPENED = /了|过|实际|完成|同比|环比|累计|截至|截止/;

/**
 * The year of a statistic asked (2023年全省新增了多少家, 2024年增长了百分之多少) that is not one of the plan's own
 * years, or null. Not a year in the asker's own story (2024年我们公司新增了几台设备…), nor an amount (2000万), nor
 * a plan topic's dated detail with nothing that happened (2024年首台套奖励能拿多少).
 */
export function statisticYear(text: string, isPlanYear: (year: string) => boolean): string | null {
  const sentences = text.split(SENTENCES);
  for (const [i, sentence] of sentences.entries()) {
    if (!FIGURE_ASKED.test(sentence) || /我|咱|本厂|厂里/.test(sentence)) continue;
    // The year may open the question a sentence before (2024年全省GDP是多少，增长了几个点). A figure of a year the
    // plan never speaks of (2023年浙江制造业增加值是多少) is a statistic, or another plan's target, asked or not as
    // something that happened.
    const dated = i > 0 && !/我|咱|本厂|厂里/.test(sentences[i - 1]!) ? `${sentences[i - 1]}，${sentence}` : sentence;
    // (A year dating a support asked of — 2024年首台套奖励能拿多少 — dates the asker's case, not a statistic.)
    const statistic = HAPPENED.test(sentence) || !(ASKS_SUPPORT.test(dated) || /能(拿|补|领|贷|享受)/.test(dated));
    if (statistic) for (const [, year] of dated.matchAll(/(?<!\d)(20\d\d)年/g)) if (!isPlanYear(year!)) return year!;
    // A year said relative to now (去年全省规上工业增加值实际增长了多少, 到现在为止已经认定了多少家): the plan speaks of
    // 2020 and 2025 only.
    const relative = HAPPENED.test(sentence) || /季度/.test(sentence) ? RELATIVE_YEAR.exec(sentence) : null;
    if (relative) return relative[0];
  }
  return null;
}
/** A year or part of one said relative to now: never one the plan speaks of. */
const RELATIVE_YEAR = /去年|前年|今年上半年|今年前|上半年|(今年|去年)?(一|二|三|四|前三)季度|上个?季度|上个?月|到现在为止|到目前为止|截至目前|截止目前|截至今年|至今|现在已经|目前已经|目前累计|现在累计/;


/** A question that also asks for support or a policy: about the plan, whatever detail it asks besides. */
const ASKS_SUPPORT = /补贴|补助|补不补|补吗|能补|支持|扶持|奖励|政策|优惠|资助|贴息/;
/** General IDF above which a noun names a particular thing (高铁 9.6, 退税 9.4), not a procedure (申报 7.5). */
const NAMED_THING_IDF = 8.5;

/** What the plan names: its text and title, the province's places, its words and the words people use for them. */
export interface PlanNames {
  /** The plan's clauses, lowercased. */
  planText: string;
  /** The plan's title, flattened. */
  title: string;
  places?: ReadonlySet<string>;
  /** A word of the plan's own vocabulary (its BM25 terms). */
  inPlan: (word: string) => boolean;
  /** …or of the cards and the synonym table. */
  isVocabularyWord: (word: string) => boolean;
  tokenizer: Tokenizer;
  spelling?: Spelling;
  /** The plan's own programmes (planProgrammes), when the caller has them already. */
  programmes?: readonly string[];
}

/**
 * The gate's markers read from what a question asks: a detail asked of something the plan never names, a
 * statistic for a year it never speaks of — and the checks they share with the gate's weighing.
 */
export function createDetailMarkers({ planText, title, places, inPlan, isVocabularyWord, tokenizer, spelling, programmes = planProgrammes(planText) }: PlanNames) {
  /** The plan's words inside a word it does not use (织袜机 → none, 产业布局 → 产业, 布局). */
  const planParts = (word: string) => tokenizer.subWords(word).filter((w) => w.length >= 2 && w !== word && inPlan(w));
  /**
   * What the plan states a figure of: every run of six to eight characters of its text within the twelve just before a
   * figure, in one clause (制造业增加值|突破2万亿元) — six, so that 规上工业增加值, which it never states, is not 业增加值.
   */
  let figureSubjects: Set<string> | null = null;
  /** …and the runs themselves, lower-cased: a plan term of four characters or more ending one (建成5G基站|20万个) is stated too. */
  let figureRuns: string[] = [];
  const statesFigureOf = (text: string): boolean => {
    if (!figureSubjects) {
      figureSubjects = new Set();
      const flat = planText.replace(/[“”‘’"]/g, '');
      for (const m of flat.matchAll(/\d/g)) {
        const before = flat.slice(Math.max(0, m.index - 12), m.index).split(/[，。；、：\n（）()]/).pop()!;
        figureRuns.push(before.toLowerCase());
        for (let a = 0; a < before.length; a++) for (let b = a + SUBJECT_MIN; b <= Math.min(before.length, a + 8); b++) figureSubjects.add(before.slice(a, b));
      }
      figureRuns = [...new Set(figureRuns)];
    }
    for (let a = 0; a + SUBJECT_MIN <= text.length; a++) if (figureSubjects.has(text.slice(a, a + SUBJECT_MIN))) return true;
    return tokenizer.queryTerms(text).some((t) => t.length >= 4 && inPlan(t) && figureRuns.some((run) => run.endsWith(t.toLowerCase())));
  };

  /**
   * The plan does not name it: not its word nor a word inside it, not a homophone of one, not the asker's own
   * business, not a place of the province. Words only the cards or the synonyms use do not count: they bridge
   * people's words to a topic, and a detail asked of them (退税多久到账) is still not in the text.
   */
  function namesNothingOfThePlan(word: string, query: AnalyzedQuery): boolean {
    if (planText.includes(word) || places?.has(word) || title.includes(word)) return false;
    if (planParts(word).length > 0) return false;
    if (query.context.some((c) => c.includes(word) || word.includes(c))) return false;
    const heard = spelling?.soundsLike(word) ?? null;
    if (heard && inPlan(heard)) return false;
    if (query.corrections.some(([, to]) => to === word)) return false;
    // Outside jieba's dictionary: segmentation debris, unless a Latin name (LPR).
    return /[a-z]/.test(word) || !outsideDictionary(tokenizer.generalIdf(word));
  }

  return {
    planParts,

    /** A name that starts with the province's or one of its places' names: 浙江大学, 宁波大学, 杭州海关. */
    ownInstitution(word: string): boolean {
      if (word.startsWith('浙')) return word.length > 2;
      for (let end = 2; end <= Math.min(4, word.length - 1); end++) if (places?.has(word.slice(0, end))) return true;
      return false;
    },

    /**
     * What a detail is asked of when the plan does not name it: a Latin name (LPR是多少), or — asked when — an
     * event the plan never speaks of for a thing it never names (高铁什么时候通车, 退税多久能到账). When the thing
     * is the plan's (申报什么时候截止, 补贴多久到账), the question is about the plan and its gap is said.
     */
    unnamedDetail(query: AnalyzedQuery): string | null {
      const detail = askedDetail(query.text.toLowerCase(), tokenizer);
      if (!detail?.subject) return null;
      const { subject, event } = detail;
      // Asked together with support (CE认证多少钱，省里补吗): the support is what the plan is asked about.
      if (ASKS_SUPPORT.test(query.text)) return null;
      // An abbreviation the synonym table or the cards know (ERP, MES, IC) is the plan's topic in people's words.
      if (/^[a-z]{2,}$/.test(subject)) return !isVocabularyWord(subject) && namesNothingOfThePlan(subject, query) ? subject : null;
      if (!event || planText.includes(subject) || planText.includes(event) || isVocabularyWord(event)) return null;
      // A thing with a name (高铁, 退税), not a procedure every programme has (申报, 审批): those are the plan's gap.
      if (tokenizer.generalIdf(subject) < NAMED_THING_IDF) return null;
      return namesNothingOfThePlan(subject, query) ? subject : null;
    },

    /** A statistic's year the plan never speaks of, as a marker word (2023年), or null. */
    otherYearStatistic(text: string): string | null {
      // A count of one of the plan's own programmes (2023年新增了多少家专精特新“小巨人”, 今年已经评上几家未来工厂) is a
      // detail the plan does not give of a topic it covers: a gap to say, not another department's statistic.
      if (programmes.some((term) => text.includes(term))) return null;
      // …and so is another year's figure of an indicator the plan states one for (2024年全省制造业增加值到底多少了: the plan
      // gives 2020's): the gap is said and the plan's own year quoted. An indicator it never states (规上工业增加值增速,
      // GDP) is still the statistics bureau's.
      // (Asked only when a year is: the check cuts the question's words.)
      const year = statisticYear(text, (y) => planText.includes(y));
      if (!year || statesFigureOf(text)) return null;
      return /^\d+$/.test(year) ? `${year}年` : year;
    },
  };
}

/** A question about where a place stands in the plan's layout (在全省布局里算哪一块, 怎么定位, 我们这边算个啥). */
export const LAYOUT_ASK = /布局|定位|算哪(一)?(块|片|个板块)|哪一片|哪一块|属于哪|(这边|这里|这块|那边|这一片|我们这|咱们?这)[^，。？！,?!]{0,4}?(算个啥|算啥|算什么|算个什么|算老几|啥地位|什么地位|排第几|啥位置|什么位置)/;
