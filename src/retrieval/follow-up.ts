/**
 * Whether a question leans on the one before it (那宁波呢？, 一般投一家能投多少钱？), and the key that says how a question and its
 * history are resolved — one rule for the answer cache and for query analysis (query.ts). Pure.
 */
import { createHash } from 'node:crypto';
import type { Turn } from '../contract.js';
import { ASKING_CLAUSE } from './clauses.js';
import { normalizeQuestion } from './typed.js';

/**
 * A follow-up asking whether the last answer's topic reaches the asker too (也够得着吗, 我们也能申请吗, 还是只有大厂的事) — 沾光 only asked
 * (能沾上光吗, 沾得到光不), not wished or told (我们也想沾点光，数字化改造有啥支持; 借亚运会沾点光: the question's own topic is asked).
 */
export const REACHES_ASKER = /也(要|得|需要)(评|参评)|(也|还)(够得着|能|可以|行|有份|算|轮得到|沾得上|适用|用得上|够格)|够得着|轮得到|有没有份|沾得上边|沾(?:得上|上|到|得到)?(?:点|些)?光(?!伏|电|学|纤|刻|源|谷)(?:吗|不|没有?|么|伐|呢|[？?])|(?:能|可以)[^，。？！,?!]{0,4}沾(?:得上|上|到|得到)?(?:点|些)?光(?!伏|电|学|纤|刻|源|谷)|(?<![跟和与同][^，。？！,?!]*)(沾上边|沾边|够得上|搭得上边?|挨得上边?)(吗|不|没|么|呢|啊|呀)?[？?。！!\s]*$|(能|可以)用(得)?上(啥|什么|哪些|吗)|只有大(厂|企业|公司)(的事|才)|(能|可以)(用|参加|申请|享受|报名?)吗|能不能(用|参加|申请|享受|报名?)|能不能(搞|弄)(?=[吗呢啊呀？?。！!\s]|$)|用得(上|了)吗|(能|可以)(搞|弄)(吗|不|么|伐)|(搞|弄)得(了|成)(吗|不|么)|(?:^|[，,])(?:那|这|那个|这个|它|这事|这些)?(?:(?:这|那)几(?:样|个|条|项)?(?:里头|里面|当中|中间)?)?(?:哪个|哪样|哪些|哪几个|哪一个)?(跟|和|与)(我|我们|咱们|俺们)(厂|公司|家)?(有关系|有关|相关)/;

/**
 * A follow-up leans on the previous question: "那宁波呢？", "具体目标是多少？", "还有吗", "主要是哪几个行业的？", "园区那块呢？
 * 数字是多少" (a question closed by 呢 and then asked on), "可我们厂连个懂电脑的人都没有…" (a reply to the last answer), "一般投一家能投
 * 多少钱？" (how much, of what the last answer named), "园区呢 我们那个工业园也想评" (a topic put first, typed in a hurry).
 */
const FOLLOW_UP = /^(那|那么|还有|另外|此外|其中|具体|它|这个|这些|这种|这类|该|上述|同样|也|可是|可(?![以能])|但是|但|不过)|呢？?$|^[^，。？！,?!]{1,12}呢[？?]|^(?!我|俺|咱|本人)[^，。？！,?!]{1,12}呢[，,]|^(目标|数字|时间|要求|标准)是?多少|^(主要|都|分别|一般)(是|有|在)(哪|什么|啥)|^(一般|通常|平均|最多|最少)[^，。？！,?!]{0,10}(多少|几)/;
/**
 * A question pointing back at the last answer, wherever it says so (你刚才说的那个…, 刚才提到的通信模组, 你前面讲的那个行动): it leans on
 * the last one, however long it runs on.
 */
const POINTS_AT_LAST_ANSWER = /(刚才|刚刚|方才|前面|上面|之前|头先)(你|您)?(说|讲|提|回答|答|列)(的|到|了)|^(你|您)(说|讲|提)的/;
/** Within a set the last answer counted (那15个里面, 这4个当中), wherever it is said: the question leans on the last one. */
export const WITHIN_COUNTED = /(那|这)(\d+|[一二三四五六七八九十]+)个(里面|里头|当中|之中|中间)/;
/** The question leans on the one before it — one rule for the answer cache's key and for analyzeQuery. */
/** A question word of the follow-up's own: it asks for itself, and borrows no shape from the last question (prepare.ts). */
export const OWN_ASK = /是什么|是啥|是干嘛|什么意思|啥意思|指什么|指啥/;
/** …or whether the last topic reaches the asker or is within their means (那我们小厂能评吗, 这些平台小厂用得起吗): not the last count asked. */
export const WITHIN_MEANS = /[用买]得起|[用买]不起|负担得起|承受得起/;
export const leansOnPrevious = (text: string) => FOLLOW_UP.test(text) || POINTS_AT_LAST_ANSWER.test(text) || text.length <= 8 || REACHES_ASKER.test(text) || WITHIN_COUNTED.test(text);

export function lastUserQuestion(history: Turn[] | undefined): string | null {
  const turns = history ?? [];
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.role === 'user') return normalizeQuestion(turns[i]!.content);
  return null;
}

/**
 * Everything of a question and its history that decides how the question is resolved: the normalised
 * question, plus the normalised previous user question when it is a follow-up, plus a digest of the last answer when the question
 * points at its clause (该条…) — nothing else of the history (other assistant turns, older questions). Two asks with the same key are resolved
 * the same way.
 * @example resolutionKey('那宁波呢？', [{ role: 'user', content: '杭州的定位是什么？' }]) // '那宁波呢？\n杭州的定位是什么？'
 */
export function resolutionKey(raw: string, history: Turn[] | undefined): string {
  const text = normalizeQuestion(raw);
  const previous = lastUserQuestion(history);
  // The same follow-up rule as analyzeQuery's isFollowUp (test/answer/cache.test.ts holds them together).
  const isFollowUp = previous !== null && leansOnPrevious(text);
  // (A clause pointed at as such, 该条…, is the one the last answer quoted: that answer decides too.)
  const pointed = CLAUSE_POINTED.test(text) || ITEM_POINTED.test(text) ? `\n${createHash('sha256').update(lastAnswer(history)).digest('base64url')}` : '';
  return isFollowUp ? `${text}\n${previous}${pointed}` : `${text}${pointed}`;
}

/** A follow-up that puts something in the last topic's place: 那园区呢, 那隐形冠军呢, 园区呢 typed without 那 (not 我呢, the asker). */
export const PUT_IN_PLACE = /^(那|那么)?(?!我|俺|咱|本人)([^，。？！,?!]{1,12})呢/;
/**
 * A firm's size said short in a follow-up's own words (那规下的呢 after 小微企业贷款有什么支持): it replaces the old size only (SIZE_TERM); what was
 * asked of it (贷款) stays, as a place put in an old place's does.
 */
export const SIZE_SAID = /^(?:规上|规下|规模以下|(?:没到|不到|不是|够不上|算不上|达不到)规上|规上(?:都|还|都还)?(?:没到|不是|够不上))$/;
export const SIZE_TERM = /^(?:规上|规下|规模以[上下]|规上工业企业|小微企业?|中小微?企业|上规升级)$/;

/**
 * The plan's names made by putting a head of the follow-up (园区 in 那园区呢) in the place of a head of the last question's name
 * (工厂 of 绿色低碳工厂): the longest words before the old head, `shortest` (two) to six characters, that the plan writes before both
 * heads. (From a last answer's many words, four at least: 绿色低碳 — not 技术 of 技术中心.)
 */
export function namesWithHeadReplaced(previous: string, span: string, ownTerms: readonly string[], inPlanText: (phrase: string) => boolean, shortest = 2): string[] {
  // (A word the last question holds too, 制造业 of 那省级制造业创新中心呢, is no head put in another's place.)
  const heads = ownTerms.filter((t) => t.length >= 2 && span.includes(t) && !previous.includes(t));
  const made = new Set<string>();
  for (const head of heads) {
    for (let at = 2; at + 2 <= previous.length; at++) {
      const oldHead = previous.slice(at, at + 2);
      if (oldHead === head || !/^[\u4e00-\u9fff]{2}$/.test(oldHead)) continue;
      for (let length = Math.min(6, at); length >= shortest; length--) {
        const before = previous.slice(at - length, at);
        if (!/^[\u4e00-\u9fff]+$/.test(before)) continue;
        if (inPlanText(before + oldHead) && inPlanText(before + head)) { made.add(before + head); break; }
      }
    }
  }
  return [...made];
}

/** The last answer given in `history`, if any: a follow-up's 这样的园区 may point back at a name it quoted (绿色低碳工厂). */
export function lastAnswer(history: Turn[] | undefined): string {
  const turns = history ?? [];
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.role === 'assistant') return turns[i]!.content;
  return '';
}

/** What 这个/那个 points at that is no name's tail: the asker's own firm, person, matter or money (这个厂, 那个人, 这个事). */
const NOT_A_TAIL = /^(厂|店|人|事|钱|问题|东西|政策|项目|公司|企业|活|单|货|价|月|年|地方|时候|情况|意思|说法|规划)$/;
/**
 * A name of the plan pointed at by its last character or two (这个码 after 企业码, 那个券 after 科技券): in a follow-up, the longest name
 * the plan writes that the last question or answer holds ending in what is pointed at — one character more before it at least — cutting
 * no word of the plan's in that turn (as `cut` cuts it), its first word no stop word, 的 nowhere. (The last answer quotes the plan, so any run of
 * it is the plan's: 企业应用工业机 of 这个机子 cuts 机器人, 定比例给予奖补 of 这个补贴 cuts 一定, 对人才的住房 of 这个房子 is no name.)
 */
export function namesPointedByTail(text: string, turns: readonly string[], inPlanText: (phrase: string) => boolean, cut?: (text: string) => string[], stopwords: ReadonlySet<string> = new Set()): string[] {
  const made = new Set<string>();
  // (The whole tail with what the follow-up says right after it: 这个示范区's 示范 may end inside the turn's 示范区, the same word.)
  const pointed = [...text.matchAll(/(?:这个|那个)([\u4e00-\u9fff]{1,2})/g)].flatMap((m) => [...new Set([m[1]!.slice(0, 1), m[1]!])].map((tail) => [tail, tail === m[1] ? text.slice(m.index! + 2 + tail.length) : ''] as const)).filter(([tail]) => !NOT_A_TAIL.test(tail));
  for (const turn of pointed.length > 0 ? turns : []) {
    // The turn's words where they stand (without a cut, none: the runs alone are weighed).
    const words: [number, string][] = [];
    let from = 0;
    for (const word of cut ? cut(turn) : []) {
      const at = turn.indexOf(word, from);
      if (at >= 0) [words[words.length], from] = [[at, word], at + word.length];
    }
    const cutsPlanWord = (pos: number, said = '') => words.some(([at, w]) => at < pos && pos < at + w.length && inPlanText(w) && !said.startsWith(turn.slice(pos, at + w.length)));
    const stopFirst = (pos: number) => words.some(([at, w]) => at === pos && stopwords.has(w));
    for (const [tail, after] of pointed) {
      for (let at = turn.indexOf(tail); at >= 0; at = turn.indexOf(tail, at + 1)) {
        if (cutsPlanWord(at + tail.length, after)) continue;
        for (let length = Math.min(6, at); length >= 2; length--) {
          const name = turn.slice(at - length, at + tail.length);
          if (cutsPlanWord(at - length) || stopFirst(at - length) || name.includes('的')) continue;
          if (/^[\u4e00-\u9fff]+$/.test(name) && !text.includes(name) && inPlanText(name)) { made.add(name); break; }
        }
      }
    }
  }
  return [...made];
}

/**
 * A noun pointed back at (这样的园区, 这种平台), or named as what was just said (刚才说的省级平台, 你提到的那个基金): the span after the
 * pointer, whose head may be put in the place of the last name's.
 */
export const POINTED_BACK = /(?:这种|这类|这样的|此类|这些|(?:刚才|刚刚|前面|上面|你)(?:说|讲|提|提到)的(?:那个|这个|那种|那些)?)([\u4e00-\u9fff]{1,4})/;

/** What a follow-up asks of a thing, not a thing of its own (奖励, 补助, 申报, 建成). */
const ASKED_OF = /^(奖励|奖补|补贴|补助|资助|资金|专项资金|扶持|支持|政策|优惠|条件|标准|要求|流程|申报|申请|认定|评定|建成|建设|创建|部门)$/;
/** A follow-up's opening clause that only restates what the last answer said (刚才说的那个通信模组芯片啥的). */
const RESTATED = /^(?:那|那么)?(?:刚才|刚刚|前面|上面)(?:你)?(?:说|讲|提|提到)的(?:那个|这个|那些|这些)?[^，,。？?！!]{2,16}$/;
/**
 * The opening clause of a follow-up that restates the last answer's topic, when a later clause asks of a topic of its own (刚才说的那个通信
 * 模组芯片啥的，我们小厂…有没有那种公共的地方能帮我们做技术服务): what the asker starts from, weighed as a comparison is — not what is asked.
 */
export function restatedBeforeAsk(lower: string, ownTerms: readonly string[], inPlan: (term: string) => boolean): string[] {
  const clauses = lower.split(/[，,。；;！!？?\s]+/).filter(Boolean);
  const first = clauses[0];
  if (!first || !RESTATED.test(first) || /[吗呢么]$/.test(first)) return [];
  // (…a topic, not what is asked of the one restated: 刚才说的那个未来工厂，评上有什么奖励 — 建成了能拿多少补助.)
  const ownTopic = (c: string) => ownTerms.some((t) => t.length >= 2 && c.includes(t) && !first.includes(t) && !ASKED_OF.test(t) && inPlan(t));
  return clauses.slice(1).some((c) => ASKING_CLAUSE.test(c) && ownTopic(c)) ? [first] : [];
}

/** A bare opener (那宁波呢): a clause that puts something in the last one's place and asks nothing more. */
const BARE_OPENER = /^(那|那么)?[^，,。？?！!]{0,10}呢$/;
/** …or an interjection (是吗, 真的吗): either asks nothing of its own. */
const BARE = new RegExp(`${BARE_OPENER.source}|^(是吗|是嘛|真的吗|真的假的|对吧|是不是|哦|嗯|好的)$`);
/** A piece of the layout asked where a place sits (那嘉兴算哪一块, 属于哪一片, 在哪一片). */
export const LAYOUT_PIECE = /算(在)?哪一?(块|片)|属于哪一?(块|片)|在哪一?(块|片)/;

/**
 * Whether the follow-up's clause `i` asks the plan something of its own (机架要到多少, 那嘉兴算哪一块): not a bare opener or an interjection,
 * and it names a topic of the plan (`namesTopic`) or asks where within the layout — or it asks right after an opener that names a topic
 * (那行业云平台呢，要建几个). What a follow-up's story and its other asks are weighed beside (scope.ts, out-of-scope.ts).
 */
export function asksOnItsOwn(clauses: readonly string[], i: number, namesTopic: (clause: string) => boolean): boolean {
  const clause = clauses[i]!;
  if (BARE.test(clause.trim()) || !ASKING_CLAUSE.test(clause)) return false;
  return namesTopic(clause) || LAYOUT_PIECE.test(clause) || (i > 0 && BARE.test(clauses[i - 1]!.trim()) && namesTopic(clauses[i - 1]!));
}

/** A clause of the plan pointed at as such (该条, 这条, 同条里, 上面那条; 刚才说的那个里面): the one the last answer quoted. */
// (这条/此条 is also the asker's own line or road, 我们这条原料药生产线, 这条明年要上的化纤产线, 这条内河边的厂: not when the asker owns it,
// nor when a line, road or river follows it.)
const ITEM_POINTED = /(?:^|[，,])(?:那)?[\u4e00-\u9fff]{2,4}那一?[条项](?=具体|说|讲|是|写|里|的|呢|[，,？?]|$)/;
const CLAUSE_POINTED = /(?:(?:刚才|刚刚|前面|上面)(?:你|您)?|^(?:那)?(?:你|您))(?:说|讲|提|提到|回答)的(?:那个|这个|那段|这段|内容)?(?:里面|里头|当中)|(?:该|同|本|上面那|刚才那|前面那)一?条(?=[里中的还有提说讲写要明原是没内所，,。？?\d]|$)|(?<!我们|咱们|俺们|我|俺|厂)(?:这|此)一?条(?=[里中的还有提说讲写要明原是没内所，,。？?\d]|$)(?![^，。？！,?!]{0,10}?(?:线|路|河|街|船|道|渠|江|消息|新闻|短信|微信|视频))/;
/** How long a run of the last answer must be, word for word in a clause, to say the answer quoted it. */
const QUOTED_RUN = 12;

/**
 * The clause a follow-up points at as such (该条2025年的两个量化目标原文是什么？ after an answer on 算力): the one whose text holds the
 * most runs of the last answer word for word — null when the question points at no clause, or no clause holds a run.
 */
export function clausePointedAt<C extends { text: string }>(question: string, history: Turn[] | undefined, clauses: Iterable<C>): C | null {
  const byClause = CLAUSE_POINTED.test(question);
  if (!byClause && !ITEM_POINTED.test(question)) return null;
  // (…not when a later clause puts another topic in its place: 刚才说的那个里面没讲，那工业用地呢 asks away from it.)
  if (question.split(/[，,。？?！!；;\s]+/).slice(1).some((c) => PUT_AWAY.test(c))) return null;
  // (The plan's title, 《浙江省全球先进制造业基地建设“十四五”规划》, is in every refusal and in the notice: it quotes no clause.)
  const answer = lastAnswer(history).replace(/\[\d+\]/g, '').replace(/《[^》]*》/g, '');
  if (answer.length < QUOTED_RUN) return null;
  let best: C | null = null;
  let most = 0, mostNamed = 0;
  // (绿色那条 after a list the answer gave: the clause writing the item that holds 绿色 is meant, before any the answer quoted at length.)
  const word = /([\u4e00-\u9fff]{2,4})那一?[条项]/.exec(question)?.[1]?.replace(/^那/, '');
  const items = word ? answer.split(/[、，,。；;：:\n]/).map((item) => item.replace(/^[\s①-⑳]+/, '')).filter((item) => item.includes(word) && (item.length >= 4 || item === word)) : [];
  // (…only when an item of the answer names it: 监测那条 after an answer naming no 监测, 隔壁厂那条是新建的, point at nothing quoted.)
  if (!byClause && items.length === 0) return null;
  for (const clause of clauses) {
    let runs = items.filter((item) => clause.text.includes(item)).length * answer.length;
    for (let at = 0; at + QUOTED_RUN <= answer.length; at += QUOTED_RUN / 2) if (clause.text.includes(answer.slice(at, at + QUOTED_RUN))) runs++;
    // (Of the clauses an answer quoted, the one writing the longest words the question names — three characters at least — is meant:
    // 你说的这个里面，融资租赁怎么弄 after an answer quoting 普惠金融 at length, then 融资租赁.)
    const named = runs > 0 ? longestNamed(question.toLowerCase(), clause.text.toLowerCase()) : 0;
    if (named > mostNamed || (named === mostNamed && runs > most)) [best, most, mostNamed] = [clause, runs, named];
  }
  return best;
}
/** A later clause that puts another topic in the place of the one pointed at (那工业用地呢, 那园区呢). */
const PUT_AWAY = /^(?:那|那么)[^，。？！,?!]{1,12}呢/;
/** The length of the longest run of the question that the clause writes, when three characters at least (else 0). */
function longestNamed(question: string, text: string): number {
  let longest = 2;
  for (let at = 0; at + longest < question.length; at++) while (at + longest < question.length && text.includes(question.slice(at, at + longest + 1))) longest++;
  return longest > 2 ? longest : 0;
}
