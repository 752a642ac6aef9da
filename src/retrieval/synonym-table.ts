/**
 * The synonym table (data/lexicon/synonyms.tsv) as query analysis reads it: lowercased and cut once per tokenizer, and which of its everyday words a question writes. Pure over the loaded lexicon.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
import { ASKING_CLAUSE, clausesOf, spanAt, toldBeforeAsks } from './clauses.js';
import { acrossTwoWords, closesWordBefore, isDomainWord, occurrences, outsideDictionary, startsInsideWord } from './cut.js';
import { itemsIn, pairIndex, type PairIndex } from './pair-index.js';
import { escapeRegExp } from '../regexp.js';
import { rentOfLodging } from './lodging.js';
export interface SynonymEntry {
  word: string;
  lowerWord: string;
  targets: string[];
  /** The targets cut into query terms. */
  targetTerms: string[];
  /** …those of the targets the word is a shortened name of (绿色工厂: 绿色低碳工厂 → 绿色, 低碳, 工厂). */
  namedTerms: string[];
  /** For a word with Latin letters: matches it as a whole word only. */
  latin: RegExp | null;
  /** For a verb and its object (买专利, 换设备): the object said first, before a modal (专利想买过来) or after 把 (把设备换了), or a word between (买高校专利). */
  fronted: RegExp | null;
  /** …the object, which every form of `fronted` writes (a question without it is not tried). */
  object: string;
  /** The word opens with a modal (能评: MODAL_FIRST) or is people employed (工人: PEOPLE), worked out once. */
  modalFirst: boolean;
  people: boolean;
  /** The word asks who watches over (有人管, 谁来查: WHO_WATCHES), worked out once. */
  watches: boolean;
  /**
   * A description by two words (给小厂+厂房: 专门给小厂盖的厂房 is the plan's 小微企业园): written when every word is in one clause of the
   * question, none overlapping another (not 给小厂房). Null for a word.
   */
  together: string[] | null;
}

/** The words of a description written together in one clause, each at a place of its own. */
function writtenTogether(clauses: readonly string[], words: readonly string[]): boolean {
  return clauses.some((clause) => {
    const taken: [number, number][] = [];
    return words.every((word) => {
      const at = occurrences(clause, word).find((i) => taken.every(([a, b]) => i + word.length <= a || i >= b));
      return at !== undefined && taken.push([at, at + word.length]) > 0;
    });
  });
}

/**
 * Where a description's words count as written together: one clause, or a clause that asks with the clause before it in its sentence
 * when that one only tells (听说有种券可以抵，检测认证能用吗: the voucher told, then what it is asked for).
 */
function togetherSpans(lower: string): { span: string; told: string | null }[] {
  return [...clausesOf(lower).map((span) => ({ span, told: null })), ...[...toldBeforeAsks(lower)].map(([asks, told]) => ({ span: `${told}，${asks}`, told }))];
}

/**
 * …but not across the two when the clause that tells goes on, after the description's first word, to a wish for something else, the asked
 * clause's object (数字化改造完了想评绿色工厂，有补贴吗: the money asked is the green factory's, not the system's).
 */
const WISH_AT_END = /(?:想|要|准备|打算)(?:评|参评|申请|申报|上|搞|建|装)[^，。？！,?!]{2,}$/;
function wishesOther(told: string, words: readonly string[]): boolean {
  const wish = WISH_AT_END.exec(told);
  return wish !== null && !words.some((w) => wish[0].includes(w)) && told.indexOf(words[0]!) >= 0 && told.indexOf(words[0]!) < wish.index;
}

/** A degree adverb between a word and the negation or adjective after it (都不愿意, 太难, 很贵). */
const DEGREE = /([\u4e00-\u9fff])[都也太很真挺蛮](?=[不难贵少慢高低])/;
const DEGREES = new RegExp(DEGREE.source, 'g');

/** A verb that takes its object after it in the table's words, and what may stand between an object said first and the verb. */
const VERB_OBJECT = /^(买|换|租|搞|找|招|引进|申请|评)([\u4e00-\u9fff]{2,4})$/;
const MODAL = '(?:想|要|能|能不能|可不可以|可以|准备|打算|也想|还想|都想|得)';

function frontedObject(word: string): RegExp | null {
  const m = VERB_OBJECT.exec(word);
  return m ? new RegExp(`${m[2]}(?:我们|咱们|我)?${MODAL}${m[1]}|把(?:(?:他|她|他们|人家|别人|学校|大学|高校|老师|教授|对方)的?){0,2}(?:这|那)?(?:个|些|套|台|项|种|批|几台|几个|几套)?${m[2]}(?:都|全|也|给)?${m[1]}|${m[1]}(?:[^，。？！,?!了的哪啥谁什来去]{1,3}的?)${m[2]}`) : null;
}

// The synonym table, lowercased and cut once per tokenizer (its dictionary does not change after creation),
// instead of for every question.
const synonymTables = new WeakMap<Tokenizer, SynonymEntry[]>();
function synonymTable(tokenizer: Tokenizer): SynonymEntry[] {
  let table = synonymTables.get(tokenizer);
  if (!table) {
    table = [...tokenizer.lexicon.synonyms].map(([word, targets]) => ({
      word,
      lowerWord: word.toLowerCase(),
      object: VERB_OBJECT.exec(word.toLowerCase())?.[2] ?? '',
      modalFirst: MODAL_FIRST.test(word.toLowerCase()),
      people: PEOPLE.test(word.toLowerCase()),
      watches: WHO_WATCHES.test(word.toLowerCase()),
      together: word.includes('+') ? word.toLowerCase().split('+').filter((w) => w.length > 0) : null,
      // A Latin word matches only as a whole word: IC is not inside ICT, nor IP inside IPO or IP67.
      fronted: frontedObject(word.toLowerCase()),
      latin: /[a-z]/i.test(word) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(word.toLowerCase())}(?![a-z0-9])`) : null,
      targets,
      targetTerms: targets.flatMap((target) => tokenizer.queryTerms(target)),
      namedTerms: named(word.toLowerCase(), targets.map((t) => t.toLowerCase())).flatMap((target) => tokenizer.queryTerms(target)),
    }));
    synonymTables.set(tokenizer, table);
  }
  return table;
}

/**
 * The table's entries a text may hold, in the table's order: each word is found under its first two characters (and a verb's object
 * said first under the object's, a description under its first word's), so only those whose opening the text writes are looked at
 * (pair-index.ts) — the same entries as the whole table, faster.
 */
const tableIndexes = new WeakMap<Tokenizer, PairIndex>();
function entriesIn(tokenizer: Tokenizer, texts: readonly string[]): SynonymEntry[] {
  const table = synonymTable(tokenizer);
  let index = tableIndexes.get(tokenizer);
  if (!index) tableIndexes.set(tokenizer, (index = pairIndex(table.length, (n) => [table[n]!.together?.[0] ?? table[n]!.lowerWord, table[n]!.object])));
  return itemsIn(index, texts).map((n) => table[n]!);
}

/**
 * Whether `word` is `term` shortened as names are, by leaving out a word of it: two characters or more, the same first and
 * last, the rest in order, two characters or more left out (小微园 of 小微企业园, 绿色工厂 of 绿色低碳工厂 — not 小企业 of
 * 小微企业, a size of its own).
 */
function shortens(word: string, term: string): boolean {
  if (word.length < 2 || word.length > term.length - 2 || word[0] !== term[0] || word.at(-1) !== term.at(-1)) return false;
  let at = 0;
  for (const ch of word) if ((at = term.indexOf(ch, at) + 1) === 0) return false;
  return true;
}

/**
 * The targets a word names: each it shortens (小微园 → 小微企业园), or two it blends, the head of one and the tail of the other, two
 * characters or more each (亩均评价 → 亩均论英雄's head and 工业企业评价's tail: the plan's evaluation of firms by yield per mu).
 */
function named(word: string, targets: string[]): string[] {
  const shortened = targets.filter((target) => shortens(word, target));
  if (shortened.length > 0) return shortened;
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)];
    const first = targets.find((t) => t.startsWith(head) && t !== head);
    const second = targets.find((t) => t !== first && t.endsWith(tail) && t !== tail);
    if (first && second) return [first, second];
  }
  return [];
}

/** The Latin words of the synonym table, each word of them alone (mes, carbon, footprint): English, not pinyin. */
const latinTables = new WeakMap<Tokenizer, Set<string>>();
export function latinWords(tokenizer: Tokenizer): Set<string> {
  let words = latinTables.get(tokenizer);
  if (!words) {
    words = new Set([...tokenizer.lexicon.synonyms.keys()].flatMap((w) => w.toLowerCase().match(/[a-z]+/g) ?? []));
    latinTables.set(tokenizer, words);
  }
  return words;
}

/**
 * The table's words a question writes, matched on the text, not the cut: a colloquial word may be cut differently inside a
 * longer phrase (用电报装 is cut 用/电报/装, and 报装 is still there) — but not across two words that each run past it (才能|评上
 * holds no 能评), nor from inside one of the lexicon's terms (数字化工厂 holds no 化工厂). 带着小厂一起干, 买了专利: a verb's aspect
 * particle after its first character is read without it (带小厂, 买专利), and an adverb after a modal (没人敢先用 → 没人敢用); a word of
 * four characters or more also with a modal left out (小孩要上学 → 小孩上学). A verb's object said first, before a modal or after 把
 * (专利想买过来, 专利我们也想买, 把设备换了, 把这个技术买过来), or with a word of its own between (买高校专利, 换几台设备 — not a question word, 找哪个部门, nor a direction, 引进来的人才), is the same words (买专利,
 * 换设备).
 */
export function synonymsWritten(lower: string, tokenizer: Tokenizer, spansOfText: () => [number, number][], terms: readonly string[] = []): SynonymEntry[] {
  // (…and a degree adverb before a negation or an adjective, 年轻人都不愿意进厂, 招工太难: read without it, 年轻人不愿意进厂, 招工难.)
  const withoutAspect = /[\u4e00-\u9fff][着了](?=[\u4e00-\u9fff])|[敢能要想会肯][先都也还再就](?=[\u4e00-\u9fff])/.test(lower) || DEGREE.test(lower)
    ? lower.replace(/([\u4e00-\u9fff])[着了](?=[\u4e00-\u9fff])/g, '$1').replace(/([敢能要想会肯])[先都也还再就](?=[\u4e00-\u9fff])/g, '$1').replace(DEGREES, '$1')
    : null;
  // 小孩要上学: a modal between a subject and its verb, read without it for the table's longer words (小孩上学).
  const withoutModal = lower.replace(/([\u4e00-\u9fff])[要想能会得](?=[\u4e00-\u9fff])/g, '$1');
  let clauses: { span: string; told: string | null }[] | undefined;
  return withinLonger(lower, entriesIn(tokenizer, withoutAspect === null ? [lower, withoutModal] : [lower, withoutAspect, withoutModal]).filter(({ lowerWord, latin, fronted, object, modalFirst, people, watches, together }) => {
    // (A member of one character, 券, only where the cut does not hold it inside a longer word of the dictionary: 债券, 优惠券, 代金券 — not
    // 发的券, which the cut glued.)
    if (together) return !rentOfLodging(together, lower) && together.every((w) => w.length > 1 || occurrences(lower, w).some((at) => !spansOfText().some(([from, to]) => from < at && at < to && !outsideDictionary(tokenizer.generalIdf(lower.slice(from, to)))))) && writtenTogether((clauses ??= togetherSpans(lower)).filter(({ told }) => told === null || !wishesOther(told, together)).map(({ span }) => span), together) && !(ENJOY.test(together[0]!) && occurrences(lower, together[0]!).every((at) => enjoyedBy(lower, at) === 'people'));
    const written = lower.includes(lowerWord);
    // 农民能享受什么政策, 高新技术企业能享受啥政策, 我是农民，能享受…: the policies one may enjoy, asked bare, are 企业码's only when the asker or
    // their firm asks (我能享受哪些政策, 俺们企业…, 我司…, 开了个厂…, 我们单位是做塑料件的，…; a follow-up naming no one).
    if (written && ENJOY_BARE.test(lowerWord) && occurrences(lower, lowerWord).every((at) => enjoyedBy(lower, at) !== 'own')) return false;
    // 隔壁照着做了卖得便宜，这个有人管吗; 安监来查: who watches over the asker's own trouble, pointed back at (这个, 这种事) or an agency
    // come to inspect, is not the plan's oversight — unless the plan or its carrying out is spoken of (规划定了以后谁来管, 底下县里不做有人管否).
    // (谁来管 alone, 全省制造业这盘棋谁来管, 那谁来管 after the plan's goals: the plan's.)
    // …nor is it said only in the story (以前没人管，现在说是固废要规范): who watches over asks only in a clause that asks (谁来管 asks itself).
    if (watches && !PLAN_CARRIED_OUT.test(lower) && (TOLD_TROUBLE.test(lower) || AGENCY_CAME.test(lower) || (lower.includes(lowerWord) && !lowerWord.startsWith('谁') && !occurrences(lower, lowerWord).some((at) => ASKING_CLAUSE.test(spanAt(lower, at, undefined, true)))))) return false;
    // 绿色示范工厂, 安全生产示范厂, 5G示范工厂: a showcase factory of another kind, its kind said right before it wherever it is written, is
    // that kind's (绿色低碳工厂, 本质安全, 5G全连接工厂), not the plan's model factories (未来工厂, 智能工厂).
    if (written && SHOWCASE.test(lowerWord) && occurrences(lower, lowerWord).every((at) => SHOWCASE_KIND.test(lower.slice(Math.max(0, at - 6), at)))) return false;
    // (A Latin word's pattern holds the word itself: not written, not matched.)
    if (latin && !(written && latin.test(lower))) return false;
    // 余杭能评几个, 我们能评上吗: a word opening with a modal (能评, an energy assessment) read as the modal and its verb, a count or a
    // result after it, at every place it is written, is not the word.
    if (modalFirst && written && occurrences(lower, lowerWord).every((at) => MODAL_AFTER.test(lower.slice(at + lowerWord.length)) || MODAL_BEFORE.test(lower.slice(Math.max(0, at - 1), at)) || (WHAT_BEFORE.test(lower.slice(Math.max(0, at - 2), at)) && !ASSESSMENT_TOLD.test(lower)) || (SUBJECT_BEFORE.test(lower.slice(Math.max(0, at - 2), at)) && ASKED_AFTER.test(lower.slice(at + lowerWord.length)) && !ASSESSMENT_TOLD.test(lower)))) return false;
    // 灯关掉, 麻将馆被取缔, 自动更新怎么关掉: a shutting down where no works is named is not the plan's 关停退出.
    if (written && SHUTS.test(lowerWord) && !WORKS_NAMED.test(lower)) return false;
    // 限电了几家厂轮流用电: power taken in turns is the grid's rota, not a machine shared.
    if (written && TAKEN_IN_TURNS.test(lowerWord) && occurrences(lower, lowerWord).every((at) => /^[电水气]/.test(lower.slice(at + lowerWord.length)))) return false;
    // 二十来个工人, 三十多名员工: people counted where nothing is asked tell the firm's size, not its staff's skills.
    // 找技术工人, 找技术骨干: a verb's object followed by the people who have it is those people sought, not the object (技术工人 ≠ 技术).
    if (object && written && occurrences(lower, lowerWord).every((at) => PEOPLE_AFTER.test(lower.slice(at + lowerWord.length)))) return false;
    if (people && written && !PEOPLE_TAKEN_UP.test(lower) && occurrences(lower, lowerWord).every((at) => headcount(lower, at))) return false;
    // 招了两个学设计的大学生，住房补贴能拿多少: a student hired is the firm's talent, not the schooling that makes one (高职, 应用型本科).
    // (…unless the hired one's further schooling is what is asked: 招了两个毕业生，他们想读在职研究生.)
    if (written && STUDENT.test(lowerWord) && !SCHOOLING_ASKED.test(lower) && occurrences(lower, lowerWord).every((at) => HIRED_BEFORE.test(lower.slice(Math.max(0, at - 12), at)))) return false;
    if (!written) return (withoutAspect !== null && lowerWord.length >= 3 && withoutAspect.includes(lowerWord)) || (lowerWord.length >= 4 && withoutModal.includes(lowerWord)) || (fronted !== null && lower.includes(object) && fronted.test(lower));
    // 厂房屋顶 cut 厂|房屋|顶上: a word straddling two of the cut is written when a term of the question (厂房, repaired from the
    // domain's words) ends right where it starts or starts right where it ends — the cut, not the text, ran across it.
    const abutted = () => terms.some((t) => t.length >= 2 && (lower.includes(t + lowerWord) || lower.includes(lowerWord + t)));
    return (!acrossTwoWords(lower, lowerWord, spansOfText()) || abutted()) && !startsInsideWord(lower, lowerWord, spansOfText(), (w) => isDomainWord(w, tokenizer)) && !closesWordBefore(lower, lowerWord, spansOfText());
  }));
}

/**
 * 厂房顶 holds 厂房, 太阳能发电 holds 太阳能: a table word written only inside a longer table word the question writes is that longer word's,
 * not a word of its own (the roof is not land) — the longest written wins, as a reader reads it.
 */
function withinLonger(lower: string, entries: SynonymEntry[]): SynonymEntry[] {
  const longer = entries.filter((e) => !e.together && lower.includes(e.lowerWord));
  return entries.filter((e) => {
    if (e.together || !lower.includes(e.lowerWord)) return true;
    const outer = longer.filter((o) => o.lowerWord.length > e.lowerWord.length && o.lowerWord.includes(e.lowerWord));
    if (outer.length === 0) return true;
    return occurrences(lower, e.lowerWord).some((at) => !outer.some((o) => occurrences(lower, o.lowerWord).some((from) => from <= at && at + e.lowerWord.length <= from + o.lowerWord.length)));
  });
}

/** A showcase factory in owners' words (样板厂, 标杆工厂, 灯塔工厂; 示范工厂 if the table names it), and a kind of showcase of the plan's own said before one. */
const SHOWCASE = /^(?:样板|示范|标杆|灯塔)工?厂$/;
const SHOWCASE_KIND = /(?:绿色|低碳|零碳|近零碳|节能|节水|水效|环保|清洁生产|安全生产|安全|5g|亩均(?:效益)?|质量|品牌|无废)[的型]?$/;

/** The table's words asking who watches over: the plan's oversight (督导, 监测评价), not of a trouble the asker told. */
const WHO_WATCHES = /^(?:有人|没人|谁来?|来)(?:管|查|检查)$|^谁负责$/;
/** …a trouble pointed back at (这个有人管吗, 有人管这种事吗, 这种被抄的事有没有人管) or told happening (真泄密了谁负责), or an agency come to inspect (安监来查, 环保的来查). */
const TOLD_TROUBLE = /(这个|这种|这类|这样的?|这事)[^，。？！,?!]{0,8}(有人|没人|谁来?)(管|负责)|(有人|没人|谁来?)管[^，。？！,?!]{0,2}(这个|这种|这类|这事)|(?<!破)坏了?[^，。？！,?!]{0,3}(有人|没人|谁来?)(管|修)|(泄密|泄露|外泄|出事|出了事|出问题|被盗|被偷|被抄|被骗|被黑)了?[^，。？！,?!]{0,3}(有人|没人|谁来?)(管|负责|赔)/;
const AGENCY_CAME = /(安监|环保|税务|消防|应急|质监|市场监管|城管|劳动监察|卫健|公安)[的局队人]{0,2}来查/;
/** …the plan or its carrying out spoken of (a typed 规化, 落时 too). */
const PLAN_CARRIED_OUT = /规划|規劃|规化|落实|落實|落时|落時|执行|執行|实施|實施|底下|下面的?(?:县|縣|市|地方)/;

/** People named by what they have or do, after a verb's object (技术|工人, 技术|骨干, 技术|员). */
const PEOPLE_AFTER = /^(?:工人|骨干|人员|人才|员|工(?![艺程具业厂序])|师傅)/;

/** Which policies may be enjoyed (享受哪些政策, 哪些政策能享受), and the same asked bare, no one named in the word. */
const ENJOY = /享受/;
const ENJOY_BARE = /^(?:能|可以)?享受(?:得到|到)?(?:哪些|什么|啥)政策$|^(?:哪些|什么|啥)政策(?:能|可以)享受$/;
const ASKER = '(?:我|我们|咱|咱们|俺|俺们|自己|自家|我家|咱家|俺家|我司|本)';
/** The subject said before it: nothing but the asker or their firm (我, 俺们企业, 我司, 我们厂, 退伍军人开厂), a time (我司目前可…, 我们厂现在能…) and a modal after. */
const OWN_SUBJECT = new RegExp(`^(?:请问|想问一?下|问一?下|那|那么)?(?:${ASKER}(?:这个|这家|的)?小?(?:厂|工厂|企业|公司|单位|作坊|车间)?|[^，,]*(?:开|办|建)了?(?:个|一个|家)?小?厂)?(?:也|还|都)?(?:现在|目前|今年|眼下)?(?:也|还|都)?(?:能够?|可以|可)?(?:也|都)?$`);
/** …or a clause told before it of the asker's making (我们单位是做塑料件的, 我开了个小公司) — not 我是农民, 我是个体户, nor a job (我是做保安的). */
const OWN_TOLD = new RegExp(`^${ASKER}(?!是)[^，,；;]{0,6}?(?:做|生产|加工|开|办)`);
/** …and a firm's people asking their own (厂里的工人能享受哪些政策, 我们车间工人…, 我在工厂上班，…). */
const PEOPLE_SUBJECT = /(?:工人|员工|职工|工友|师傅|学徒)们?(?:也|还|都)?(?:能够?|可以|可)?$/;
const WORKS_THERE = /上班|打工/;
/** Who asks for the policies at `at`: the asker or their firm, a firm's people, or someone else. */
function enjoyedBy(lower: string, at: number): 'own' | 'people' | 'other' {
  const start = Math.max(...[...'，,。？！?!；;\n '].map((c) => lower.lastIndexOf(c, at - 1))) + 1;
  const subject = lower.slice(start, at);
  const told = start > 0 && /[，,；;]/.test(lower[start - 1]!) ? lower.slice(Math.max(...[...'，,。？！?!；;\n '].map((c) => lower.lastIndexOf(c, start - 2))) + 1, start - 1) : null;
  if (PEOPLE_SUBJECT.test(subject) || (told !== null && WORKS_THERE.test(told))) return 'people';
  return OWN_SUBJECT.test(subject) && (told === null || OWN_TOLD.test(told) || OWN_SUBJECT.test(told)) ? 'own' : 'other';
}

/** The table's words for the people a firm employs. */
const PEOPLE = /^(工人|员工|职工|普工|操作工|技术员|师傅)$/;
/** …unless the question takes them up (他们, 水平, 培训, 持证, 留不住, 招): then they are what it asks about. */
/** The table's student words (大学生, 毕业生: their entries are schooling) and a hiring said before one in its clause (招了两个…, 刚引进一个…). */
const STUDENT = /^(大学生|毕业生)$/;
const HIRED_BEFORE = /(招|引进|聘|挖)(了|来|到|进)?[^，。？！,?!]{0,10}$/;
/** …and further schooling asked for them (想读在职研究生, 去进修, 提升学历). */
const SCHOOLING_ASKED = /(?<!解)读(?!懂)|考研|进修|深造|学历|上学|技师学院|职业学校|职业院校/;
const PEOPLE_TAKEN_UP = /他们|水平|培训|技能|持证|考证|证书|学会|会用|留不住|留人|招/;
/** …counted (二十来个, 三十多名, 十几号, 50个): a headcount. */
const COUNTED = /(\d+|[一二两三四五六七八九十百千几]+)(来|多|余|几)?(个|名|号|位)?$/;
/** The people word at `at` is counted, in a clause that asks nothing (厂里二十来个工人 — not 招二十个工人有补贴吗). */
function headcount(lower: string, at: number): boolean {
  return COUNTED.test(lower.slice(Math.max(0, at - 6), at)) && !ASKING_CLAUSE.test(spanAt(lower, at));
}

/** A table word opening with a modal verb (能评). */
const MODAL_FIRST = /^[能会要可][\u4e00-\u9fff]$/;
/**
 * …followed by what follows a verb after a modal: a result or direction (上, 进), a count of firms (几个, 几家), or the title rated
 * (能评小巨人, 能评省级…, 能评为) — not 多少, 不 or a question particle (能耗多少, 能耗不达标, 要做能评吗), nor the assessment's
 * papers (能评报告, 能评批复).
 */
const MODAL_AFTER = /^(上|进|为(?!什么|啥|何)|个|几(个|家|所|座)|(省级|国家级|市级|县级|国家)(?=[^，。？！,?!]{0,6}(企业|工厂|冠军|小巨|专精|中心|园区|示范|标杆|称号|品牌|实验室))|小巨|专精|高新|绿色|未来|单项|隐形|品字|首台|链主|雄鹰|雏鹰|凤凰|智能(?!化)|数字化)/;
/** A table word for shutting down (关掉, 取缔, 勒令关闭)… */
const SHUTS = /^(关掉|取缔|勒令关闭)$/;
/** …is a works closed only where the question names a works, a furnace or capacity — not a light, an app or a shop turned off. */
const WORKS_NAMED = /厂|作坊|炉|窑|产能|生产线|产线/;
/** Used in turns (轮着用, 轮流用). */
const TAKEN_IN_TURNS = /^轮(?:着|流)用$/;
/** …or preceded by 不 (能不能评, 不能评): 做能评, 项目能评, 就能评还卡着 are the assessment. */
const MODAL_BEFORE = /^不$/;
/** …or said of the firm or the asker and asked at once (小厂能评吗, 我们也能评不): who may be rated — not 项目能评吗, 做能评吗. */
const SUBJECT_BEFORE = /(?:厂|我们|咱们|我|俺|企业|公司|这种|那种|也|都)$/;
const ASKED_AFTER = /^(?:吗|不|么|嘛|呢|啊|吧|[？?]|$)/;
/** …or after a word asking what (有没有啥能评的, 还有什么能评): what may be rated. */
const WHAT_BEFORE = /(?:啥|什么|哪些|哪个|哪种|哪样)$/;
/** …unless the assessment's own business is told (我们环评批了，我们能评呢; 公司新上的熔炉，公司能评吗): then it is the energy assessment. */
const ASSESSMENT_TOLD = /环评|安评|标煤|新上|上马|扩建|扩产|二期|熔炉|锅炉|窑炉|高耗能/;
