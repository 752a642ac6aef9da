/**
 * Which of a question's markers are told only in the story before a question to the plan (scope.ts weighs them lightly). Pure.
 */
import { ASKS_THE_PLAN, PLAN_SAYS, REPROACH } from './asked.js';
import { ASKING_CLAUSE, clausesOf } from './clauses.js';
import { asksOnItsOwn } from './follow-up.js';
import { escapeRegExp } from '../regexp.js';

/** A clause that points at another place's or party's policy (他们的政策, 那边的补贴): not a question to this plan. */
const OTHERS_POLICY = /他们|那边|那里|对方|当地|人家/;
/** What the asker heard said of a topic (看新闻说浙江要建20万个5G基站, 听说…): told as the plan's, as 规划说 is. */
const HEARD_SAYS = /(新闻|报道|电视|文件|政府|省里)(里|上|中)?(说|讲|写|提)|听说|据说/;
/** What the plan sets for a topic, asked: how many, a target, a year, building it. */
const PLAN_SETS = /几个|多少|目标|到20\d\d|建设|要建|能建|建成/;
/** How many asked (要建多少, 建几个). */
const HOW_MANY = /多少|几/;
/** The asker's own kind of business (小微企业, 民营企业, 工业园): who asks, not a topic asked. */
const BUSINESS_KIND = /中小微企业|小微企业(?!园)|中小企业|民营企业|小企业|上市企业|工业园|产业园/g;
/**
 * The markers told only in the story before a question to the plan, which weigh half: another department's word
 * told by a business or about the asker's trade (厂里社保、电费样样都贵，规划里有没有减负的措施 — a household's roof stays a
 * household's), and another place whose own support is not what is told of it (美国那边加关税…省里支不支持企业出去, but
 * not 江苏盐城那边补贴比我们高，盐城具体补贴标准是多少). A clause that asks the government about another department's
 * affair (有没有政府垫付欠薪的办法) or another place's policy (他们的政策具体怎么申请) asks no plan. `asking`: the
 * question's clauses that ask (clausesAskingThePlan).
 */
export function toldInTheStory(lower: string, asking: readonly string[], referralWords: readonly string[], regions: readonly string[], business: boolean, namesPlanTopic: (clause: string) => boolean = () => false, countsNamed: (clause: string) => boolean = () => false): { told: Set<string>; toldWords: string[]; topicAsked: boolean; planTopicAsked: boolean } {
  // A clause asks the plan in its words (规划里…有没有说法) or by naming one of its topics with what the plan sets for it (到2025年能建
  // 几个5G基站) — not a product's use (吃什么中药饮片好).
  // …or a clause that says what the plan says of one, asked after for what the plan sets (规划说到2025年建5G基站20万个，我们县能分到
  // 几个) — not 规划里说要发展中药饮片…泡水喝能降压不. (…or how many of a thing the plan counts, named as the plan does, `countsNamed`:
  // 规划里说到2025年要建多少基站; or after an opener naming it, 那5G基站呢，要建多少 or 那基站呢，要建几个 — not 智慧停车平台 or 养老企业.)
  const clear = (c: string) => ![...referralWords, ...regions].some((word) => c.includes(word));
  const clauses = clausesOf(lower);
  const topicAsked =
    asking.some((c) => (namesPlanTopic(c) || (HOW_MANY.test(c) && countsNamed(c)) || (clauses.indexOf(c) > 0 && asksOnItsOwn(clauses, clauses.indexOf(c), (x) => namesPlanTopic(x) || (HOW_MANY.test(c) && countsNamed(x))))) && PLAN_SETS.test(c) && clear(c)) ||
    (clauses.some((c) => (PLAN_SAYS.test(c) || HEARD_SAYS.test(c)) && namesPlanTopic(c) && clear(c)) && asking.some((c) => PLAN_SETS.test(c) && clear(c)));
  // (Not the plan quoted as a reproach, 规划里不是说要加大对人才住房的支持吗？那我想提公积金…: a reason, nothing asked of it.)
  const asksThePlan = asking.some((c) => ASKS_THE_PLAN.test(c) && !REPROACH.test(c) && !OTHERS_POLICY.test(c) && clear(c));
  // Another place is told only beside a clause asking the plan in its words; another department's word, beside one naming its topic too.
  // …or, for a business, beside a clause that asks of a topic the plan names (村里说违建要拆…小微园能进吗).
  // (Not the asker's own kind named there, 民营企业员工能多报点吗; and a word so told weighs half — it is no state of the asker's, as 退休 told is.)
  const topicClauses = business ? asking.filter((c) => namesPlanTopic(c.replace(BUSINESS_KIND, '，')) && clear(c)) : [];
  const topicNamed = topicClauses.length > 0;
  const toldBeside = (word: string, topic: boolean) => (asksThePlan || (topic && referralWords.includes(word))) && !asking.some((c) => c.includes(word));
  const toldOnly = (word: string) => toldBeside(word, topicAsked || topicNamed);
  const toldPlace = (region: string) => toldOnly(region) && !clauses.some((c) => c.includes(region.toLowerCase()) && ASKS_THE_PLAN.test(c));
  // `toldWords`: the referral words told only in the story, whoever tells them (the asker's own state is among them).
  const toldWords = referralWords.filter((word) => toldBeside(word, topicAsked));
  // A business asking the plan of one of its topics in its own words (老板在打官司追货款，焦头烂额，想问供应链金融规划里怎么说): what it told
  // of another department is its story only, and weighs nothing.
  const planTopicAsked = topicClauses.some((c) => ASKS_THE_PLAN.test(c));
  return { told: new Set([...(business || topicAsked ? referralWords.filter(toldOnly) : []), ...regions.filter(toldPlace)]), toldWords, topicAsked, planTopicAsked };
}

/**
 * 稳岗补贴领了，厂里还想搞技改，有啥补贴; 失业保险返还的钱想投到数字化改造上，还有啥补贴能申请: another department's money the asker has
 * already got, told before what else is asked, is the asker's story — not when what else is asked is that money again (领了，还能再领吗 names it).
 */
export function gotAlready(lower: string, word: string): boolean {
  const w = escapeRegExp(word);
  if (licenceHeld(lower, word)) return true;
  const got = new RegExp(`${w}[^，。？！,?!]{0,3}?(?:领了|领到了|领过了|拿了|拿到了|到账了|到手了|批下来了|返还的钱|返的钱|退回的钱|退的钱)`).exec(lower);
  if (!got) return false;
  const after = clausesOf(lower.slice(got.index + got[0].length));
  return after.some((c) => /还(?:有|能|可以|想|要|需要)|另外|其他|别的/.test(c)) && after.some((c) => ASKING_CLAUSE.test(c) && !c.includes(word) && !/再领|再拿|再申请|还能领|还能拿/.test(c));
}

/** What a hazardous-chemical licence's name opens with (危险化学品经营许可证, 危化品使用许可, 烟花爆竹经营许可证). */
const HAZARD_LICENCE = '(?:危险化学品|危化品|烟花爆竹)';
const LICENCE_NAME = new RegExp(`^${HAZARD_LICENCE}[\\u4e00-\\u9fff]*许可证?$`);
const LICENCE_NAMES = new RegExp(`${HAZARD_LICENCE}[\\u4e00-\\u9fff]{0,8}?许可证?`, 'g');
/** A business licence (…许可, …许可证) the asker says they hold (我们有, 刚拿到, 已经取得): what they are, not what they ask — not a person's card (残疾证, 驾驶证). */
const HOLDS = /(?:刚拿到|拿到了?|取得了?|已经有了?|已有|(?:我们|我|咱们|厂里|厂|公司|企业|单位)(?:已经|也)?有|办好了?|办下来了?|持有)$/;
/** …or said after it (危化品经营许可证办下来了, …已经拿到了). */
const HELD_AFTER = /^证?(?:已经|也|都)?(?:办下来了?|批下来了?|拿到了|拿到手了?|到手了|办好了|下来了)/;
/** What the asker wants besides, said without a question word (想申请未来工厂, 想上一条智能化生产线, 想搞机器换人). */
const WANTS = /^(?:还|也|现在|今年|明年|下一步)?(?:想|准备|打算|计划)(?:申请|申报|评|搞|上|做|建|转型|扩|投|引进|改造)/;
/** …unless what is asked after is that licence's own business (快到期了怎么换, 要不要年检). */
const LICENCE_AFFAIR = /到期|过期|经营范围|许可范围|还要办|还需要办|还得办|卖给|能卖|可以卖|能不能卖|储存|存放|运输|换证|延期|续期|延续|续证|年检|年审|变更|注销|吊销|复审|增项|换发|补办|要不要办|怎么办理|去哪办/;
/**
 * 我们有危化品经营许可证，想转型做精细化工生产，规划支持吗; 刚拿到危险化学品安全生产许可证，想申请“未来工厂”: a licence the asker holds, told
 * before another thing asked, is the asker's story — not when what follows asks about the licence itself.
 */
function licenceHeld(lower: string, word: string): boolean {
  // (Only the hazardous-chemical licences for now, the topic whose words makers of the plan's chemicals hold: 危险化学品许可.)
  if (!LICENCE_NAME.test(word)) return false;
  const at = lower.indexOf(word);
  if (at < 0 || !(HOLDS.test(lower.slice(Math.max(0, at - 8), at)) || HELD_AFTER.test(lower.slice(at + word.length)))) return false;
  const after = clausesOf(lower.slice(at + word.length));
  return !after.some((c) => LICENCE_AFFAIR.test(c)) && after.some((c) => (ASKING_CLAUSE.test(c) || WANTS.test(c)) && !c.includes(word));
}

/**
 * The hazardous-chemical licences the asker says they hold, told before what else they ask (刚拿到危险化学品安全生产许可证，想上一条智能化生产线):
 * their story — its 许可证 would draw the plan's 证照分离 over what is asked.
 */
export function licencesHeld(text: string): string[] {
  const lower = text.toLowerCase();
  // (…with what is said after it of its holding, 办下来了: left in, 办 draws the plan's 政务服务.)
  return [...new Set(lower.match(LICENCE_NAMES) ?? [])].filter((word) => licenceHeld(lower, word)).map((word) => word + (HELD_AFTER.exec(lower.slice(lower.indexOf(word) + word.length))?.[0] ?? ''));
}
