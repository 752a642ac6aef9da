/**
 * What the plan does not cover, recognised in a question's own words: an attempt to change the rules, a
 * request for writing or translation, a question about the assistant itself, another plan named outright,
 * another department's affair (data/lexicon/referrals.json), another place's own policy, a trade outside
 * manufacturing that the asker runs. Pure functions over the text and the referral table.
 */
import type { ReferralTable, ReferralTopic } from '../ingest/referrals.js';
import { asksTheActAgain, asksThePlanBesides, clausesAskingThePlan, PLAN_NAMED, PLAN_SAYS, REPROACH } from './asked.js';
import { ASKING_CLAUSE, clausesOf, QUOTED_SPAN, spanAt, SUPPOSES, toldBeforeAsks } from './clauses.js';
import { occurrences } from './cut.js';
import { burdenOfTheFirm, dischargeDealtWith, lessonOfThePlan, schoolNamed, setAsideByAsker, toldBy, warrantyOffered } from './referral-aside.js';
import { gotAlready } from './told.js';
import { doneAlready, toldAsStory } from './quoted.js';
import { channelOf, inSoldTo, madeByAsker, MAKER_NAMED, selfIntroductions, soldTo, WORKERS_SENT } from './asker.js';

import { BUSINESS_PLACE } from './trade.js';
import { servedBy } from './trade-making.js';
import type { Ask } from './asks.js';
import { presentIn } from './pair-index.js';
import { firmRated, firmSettles, madeProduct, MAKING, productFor, retireeHired, TREATMENT, TREATS, troubleLowered } from './firms-own.js';
// (The asker's office before the colon of a lookup of the plan's own text — 区法院破产庭：查…原文, 县“十五五”规划编制组核对：…出自哪条 — is who asks.)
import { LOOKUP, OFFICE_HEADING } from './other-plans.js';
import { OVERRIDE } from './chat.js';
import { escapeRegExp } from '../regexp.js';

export { FARMING, runsTradeOutsideManufacturing, withoutPurchases } from './trade.js';
export { askSubjects, compileAsks, type Ask } from './asks.js';
export { namesOtherPlan } from './other-plans.js';
export { toldInTheStory } from './told.js';

export { ABOUT_ASSISTANT, NOT_A_QUESTION, OVERRIDE } from './chat.js';

export function isInstructionOverride(text: string): boolean {
  return OVERRIDE.test(text);
}

/** The referral words that count: a word the plan's own text uses is the plan's (社会保障 is; 社保 is not). */
export function referralWords(referrals: ReferralTable, planText: string): { topic: ReferralTopic; word: string }[] {
  return referrals.topics.flatMap((topic) => topic.words.map((w) => ({ topic, word: w.toLowerCase() }))).filter(({ word }) => !planText.includes(word));
}

/**
 * Words after a place that make the question about that place: 江苏的补贴, 上海市的规划, 美国的芯片法案, 上海松江那边 —
 * or that place's measures for something (江苏对认定为智能工厂的企业补贴多少, 柳州给新能源汽车配套企业的奖励 — the place itself giving, right after its name: not 给我们, nor 苏州客户给的单价, 日本进口机床给车间用, or 美国给中国企业加关税有没有扶持政策 — a levy or a turn to this province), its government's or a programme's of its own (德国工业4.0对
 * 中小企业…的资助), or a province's or city's own programme named at length before the word (江苏省的先进制造业集群培育政策).
 */
const PLACE_POLICY = /^[^，。？！,?!浙]{0,10}?(政策|补贴|补助|资助|奖补|规划|法案|规定|标准|扶持|优惠|奖励|措施|办法|招商|地价|电价|认证|认定|准入|所得税|免税|减免)|^[^，。？！,?!浙]{0,8}?对[^，。？！,?!浙]{0,20}?(政策|补贴|补助|资助|扶持|优惠|奖励|措施|办法|所得税|免税|减免|减税)|^(?:省|市(?!场)|县|区)?(?:政府|里)?给(?!我|咱|俺)(?:(?!以后|之后|省里|市里|县里|区里|我们|咱们|国内|本地|这边|关税|加征|制裁)[^，。？！,?!浙]){0,20}?(政策|补贴|补助|资助|扶持|优惠|奖励|措施|办法|所得税|免税|减免|减税)|^(?:省|市(?!场))的?[^，。？！,?!浙]{0,20}?(政策|补贴|补助|资助|奖补|规划|规定|标准|扶持|优惠|奖励|措施|办法)/;
/** …or its focus asked, in the clause that names it (江苏重点发展哪些产业, 苏州的支柱产业是什么) — not told before the asker's own ask (德国重点发展工业4.0，我们小厂数字化改造有啥支持). */
const PLACE_FOCUS = /^[^，。？！,?!浙]{0,10}?(?:重点发展|主要发展|重点产业|主导产业|支柱产业)/;
const focusAsked = (after: string) => PLACE_FOCUS.test(after) && ASKING_CLAUSE.test(/^[^，,。；;！!？?\n]*[？?]?/.exec(after)![0]);
/**
 * 我们河南省有没有类似的…规划和技改补贴: a place the asker claims as theirs, its own policy asked further on in the clause — not past where
 * the asker now is or came to (我们四川过来的技术工人在宁波…, 咱们安徽的企业来湖州投资…: the policy asked is this province's).
 */
const CLAIMED = /(我们|咱们|咱|俺们|俺)$/;
const CLAIMED_POLICY = /^(省|市)?[^，。？！,?!浙在来到]{0,20}?(政策|补贴|补助|资助|奖补|规划|扶持|优惠|奖励|措施|办法)/;
/** 江苏那边 is that place's affair; 去越南那边设厂 is where the asker goes with their business. */
/** …or what the place gives firms coming in (江西对外省搬过去的企业，土地款能返多少): its own policy, asked past a comma. */
const TO_INCOMERS = /^[^，。？！,?!浙]{0,6}?对(?:外省|外地|省外|外来|引进|搬过去|迁过去|新落户|新来)[^。？！?!浙]{0,30}?(?:返|补贴|补助|优惠|奖励|减免|政策|扶持)/;
const PLACE_THERE = /^[^，。？！,?!浙]{0,4}?(那边|那里|那儿|当地)/;
/**
 * …where the asker goes (去越南建厂, 到泰国那边) or has their business (越南那边我们有个工厂, 那边建个厂) — not what the place gives to those
 * who build there (印尼对外资制造业建厂有什么税收优惠: 对 or 给 names whom its policy is for).
 */
const GOES_TO = /(去|到|往|赴)$/;
/** …or whose standard the asker makes to (外贸单按欧盟标准做, 符合美国标准有什么补贴): its market's standard, not the place's policy asked — unless the standard itself is asked, nothing of the plan's (按欧盟标准，碳排放要控制在多少). */
const MEETS = /(按|按照|符合|执行|达到|满足|参照)$/, STANDARD_MET = /^的?(标准|标(?!准)|认证要求|要求)/, STANDARD_ITSELF = /^[^。？！?!]*?(多少|什么|啥|哪些|哪几)/, PLAN_SIDE = /^[^。？！?!]*?(省里|省级|浙江|规划|政府|政策|补|奖|扶持|支持|优惠|申请|申报|能不能|能否|可以|算不算|能算|能进|评)/;
const BUSINESS_THERE = /^[^，。？！,?!对给]{0,6}?(那边|那里|那儿|当地)?(我们|咱们)?(有|建|设|开|办|投)(了|个|一个|家|一家|座)?[^，。？！,?!]{0,4}(厂|工厂|分厂|基地|公司|工业园)/;

/** The place opens the question or a sentence of it, or comes right after the frame of asking (帮苏州的客户问一下，江苏省…)… */
const OPENS_CLAUSE = /(^|[。？！?!]\s*)(请问|想问下|问一下|问下|你好|您好)?[，,]?$|(请问|想问下|问一下|问下|问问)[，,：:]?$/;
/**
 * …and what follows is its own (苏州的人才公寓, 上海市的落户, 江苏省的示范工厂 with or without 的): the question is about that place's affairs. A
 * customer, supplier or market there (江苏的客户, 上海的展会) is the asker's business, not the place's affair.
 */
const PLACE_OWNS = /^(?:(?:省|市(?!场|民|面|值|区|里))的?|的)(?!的?(?:客户|客商|订单|买家|采购商|供应商|供应链|同行|市场|展会|厂|工厂|企业|公司|总部|分公司|子公司|母公司|老板|竞争对手|合作|代理|经销商))/;

/** 血糖仪, 血压计, 稻谷烘干机: an affair's word with a device after it names a product, which a manufacturer makes. */
const DEVICE_AFTER = /^(仪|计(?!划|算)|试纸|泵|监测设备|检测设备|[\u4e00-\u9fff]{0,2}(?<![飞手司])机(?![构会关制遇场票])|[\u4e00-\u9fff]{0,2}(设备|机械))/;

const FIRM_COMPLAINT = /(哪|谁|部门|渠道)[^，。？！,?!]{0,4}(投诉|反映|申诉|维权)|(投诉|反映|申诉|维权)[^，。？！,?!]{0,4}(找谁|哪|渠道|电话)/, HOUSEHOLD_MONEY = /(娃|儿子|女儿|孩子|小孩|老婆|老公|爸|妈|老人|家里|我家|个人|助学|高龄|生育|育儿|养老|低保|医保|购房|租房|以旧换新|购车|家电)[^，。？！,?!]{0,8}(补助|补贴|奖补|奖励)/; // where a complaint is made, asked (找谁投诉, 投诉有渠道不); a person's or household's money (我儿子的助学补贴) is not the firm's
/** The asker's own child, or the asker a worker (娃明年上一年级, 我儿子, 我们外地打工的孩子): a household's school place, whatever the plan quoted. */
const OWN_CHILD = /娃|我(?:家)?的?(?:孩子|儿子|女儿|小孩)|打工/;

/** 退休前在机械厂当了三十年总工: "before" an event dates the asker's story; it is not what they ask about. */
const BEFORE = /^(前|以前|之前)/;


export { occurrences };

/**
 * A word found across the edge of another word is not there: 厂房租的 is 厂房 + 租的, not 房租. True when a
 * known word of two to four characters starts before the occurrence and ends inside it, or starts inside it
 * and ends after it.
 */
export function straddles(text: string, at: number, length: number, isWord: (word: string) => boolean): boolean {
  const end = at + length;
  for (let from = Math.max(0, at - 3); from < at; from++) for (let to = at + 1; to < end; to++) if (to - from >= 2 && to - from <= 4 && isWord(text.slice(from, to))) return true;
  for (let from = at + 1; from < end; from++) for (let to = end + 1; to <= Math.min(text.length, end + 3); to++) if (to - from >= 2 && to - from <= 4 && isWord(text.slice(from, to))) return true;
  return false;
}

/**
 * The referral words a question uses (every one, longer words first; a word inside a longer one counts once)
 * and the other places whose own policy it asks about. A place mentioned as context ("想从上海挖个研发
 * 总监", "欧洲客户要碳数据") is not evidence against; "江苏那边的补贴标准" and a question that opens on the
 * place's own things ("苏州的人才公寓…") are. `isWord` (the plan's and the cards' words) voids a referral word
 * read across a word's edge (厂房租 → 房租).
 */
export function scopeMarkers(
  text: string,
  words: { topic: ReferralTopic; word: string }[],
  otherRegions: string[],
  asks: readonly Ask[] = [],
  isWord: (word: string) => boolean = () => false,
): { referrals: { topic: ReferralTopic; word: string }[]; regions: string[]; asks: { ask: Ask; match: string }[] } {
  const lower = text.toLowerCase();
  const found = presentIn(words, (w) => w.word, lower).filter(({ word }) => occurrences(lower, word).some((at) => !straddles(lower, at, word.length, isWord) && !BEFORE.test(lower.slice(at + word.length)) && !DEVICE_AFTER.test(lower.slice(at + word.length)) && !(TREATS.test(lower.slice(Math.max(0, at - 6), at)) && TREATMENT.test(lower.slice(at + word.length)) && MAKING.test(lower)) && !madeProduct(lower, at, word) && !(word === '落户' && firmSettles(lower, at)) && !firmRated(lower, at, word) && !retireeHired(lower, at, word) && !productFor(lower, at, word) && !troubleLowered(lower, at, word)));
  found.sort((a, b) => b.word.length - a.word.length);
  // One mention read as two overlapping words (手机信号|信号差 in 手机信号差) counts once, each mention (社保补贴 beside 社保基数).
  const spans = (word: string) => occurrences(lower, word).map((at) => [at, at + word.length] as const);
  const overlaps = (f: string, g: string) => spans(f).every(([a, b]) => spans(g).some(([c, d]) => a < d && c < b));
  const kept = found.filter((f, i) => !found.slice(0, i).some((g) => overlaps(f.word, g.word)));
  const regions = presentIn(otherRegions, (r) => r.toLowerCase(), lower).filter((region) =>
    occurrences(lower, region.toLowerCase()).some((at) => {
      const after = lower.slice(at + region.length);
      // (…nor a market the asker sells to: 卖给山东河南那边的养猪场.)
      if (GOES_TO.test(lower.slice(0, at)) || BUSINESS_THERE.test(after) || inSoldTo(lower, at) || (MEETS.test(lower.slice(Math.max(0, at - 4), at)) && STANDARD_MET.test(after) && (!STANDARD_ITSELF.test(after) || PLAN_SIDE.test(after)))) return false;
      return PLACE_POLICY.test(after) || focusAsked(after) || PLACE_THERE.test(after) || TO_INCOMERS.test(after) || (OPENS_CLAUSE.test(lower.slice(0, at)) && PLACE_OWNS.test(after)) || (CLAIMED.test(lower.slice(0, at)) && CLAIMED_POLICY.test(after));
    }),
  );
  const asked = asks.flatMap((ask) => ((match) => (match ? [{ ask, match: match[0] }] : []))(ask.pattern.exec(lower)));
  return { referrals: kept, regions, asks: asked };
}

/**
 * 新闻发布会口径准备：规划中关于府院联动…的表述原文是什么: a heading before a colon that asks nothing and ends on the work it is for says what the asker's work is for;
 * what it names is no ask when only the heading names it and what follows the colon asks the plan.
 */
const HEADING_LENGTH = 20;
/** …that ends on the work it is for (口径准备, 备课用, 讲稿素材) — not a subject (股票：, 股票投资参考：), which is what is asked. */
const WORK_HEADING = /(准备|口径|备课|备课用|汇报|讲稿|发言稿|材料|素材|课件|ppt|用|图解|推文|海报|出题|题目|简报|纪要)$/;
/** …said before a comma, the work the asker does (做图解, 写简报, 出题目) — not one wanted or asked for (我想要规划的图解, 帮我做个图解). */
const WORK_DONE = /(?<!想|要|给我|帮我|帮忙|请|麻烦)(做|写|出|编|画|整理)[\u4e00-\u9fff]{0,4}$/;
function inHeading(text: string, match: string, kind: RegExp = WORK_HEADING): boolean {
  // (…or before a comma, when what follows looks the plan's text up: 公众号做图解，…目标数 原文怎么表述.)
  const byComma = !/[：:]/.test(text) && kind === WORK_HEADING;
  const colon = byComma ? text.search(/[，,]/) : text.search(/[：:]/);
  if (colon < 0) return false;
  const [heading, rest] = [text.slice(0, colon), text.slice(colon + 1)];
  // (A heading is one short clause: a story told before the colon, 去年申请的补助没到账，…另一件事：, is not.)
  return heading.length <= HEADING_LENGTH && kind.test(heading) && clausesOf(heading).length === 1 && heading.includes(match) && !rest.includes(match) && !ASKING_CLAUSE.test(heading) && (!byComma || WORK_DONE.test(heading)) && (kind === OFFICE_HEADING || byComma ? LOOKUP.test(rest) && !/我|俺/.test(rest) : clausesAskingThePlan(rest).plan);
}

/** The talent a business hires (招来的大学生, 引进的博士, 技术骨干): their housing is the plan's 人才的住房. */
export const RECRUITS = /招来的|引进的|挖来的|招进来的|新招的|人才|大学生|毕业生|博士|硕士|研究生|技术骨干|工程师/;

/** What says a trouble comes at a time (一到梅雨天, 每逢台风): said before a word of a `circumstance` topic. */
const WHEN_IT_COMES = ['一到', '每到', '每逢', '遇到', '碰到', '赶上'];

/**
 * Said by an employer of its new hire: 刚招了个博士, 新招的, 挖来一个, 引进了两个, 从德国请了个退休工程师 — or of one it means to hire, said at a clause's start or
 * after the firm or the asker (…做实验室手套箱的，想挖个博士过来; 厂里准备招两个工程师) — not 杭州要引进人才, a city's.
 */
const HIRED = /招了|刚招|新招|招来|招进|聘了|挖来|挖了个|引进了|请(?:了|来)(?:个|一个|位|一位)?(?=[^，。？！,?!]{0,8}(?:博士|硕士|工程师|专家|技术骨干))|(?:^|[，。？！,?!；;\s]|我们|我|咱们|咱|俺们|俺|公司|厂里|厂)(?:也|还)?(?:想|要|准备|打算|计划)(?:再)?(?:从[^，。？！,?!回来去到辞离]{1,6}?)?(?:挖|招|聘|请(?!问)|引进)(?:个|一个|两个|几个|一批|些|一些)?(?=[^，。？！,?!]{0,8}(?:博士|硕士|研究生|大学生|毕业生|人才|工程师|技术骨干))/;
/** …unless the asker is the talent (我是硕士研究生，…; 我是应届毕业生): their own housing is a household's. */
const TALENT_ASKS = /毕业生|博士|硕士|研究生|大学生|人才|留学生/;

/** The question names a business (its premises or itself) besides the words given (another department's words). */
export function namesABusiness(lower: string, besides: readonly string[] = []): boolean {
  return EMPLOYER_PAYS.test(lower) || CARGO_HELD.test(lower) || BUSINESS_PLACE.test(besides.reduce((text, word) => text.split(word).join('，'), lower));
}
/** The asker's goods held at the port or by customs (压港, 滞港费, 柜子被扣, 出口的货被布控查验): a shipper speaks — a business, though none is named. */
const CARGO_HELD = /压港|滞港费|滞箱费|扣柜|(?:柜子|货柜|集装箱)被扣|(?:货|柜子|货柜|集装箱)[^，。？！,?!]{0,6}(?:被布控|布控查验|海关查验|被海关查验|被查验)|(?:海关|布控)查验了?(?:我们|我|咱们|俺们)(?:家|厂)?的/;
/** Workers' insurance or pay said as a cost (工人社保太贵了, 员工的五险): an employer speaks — a business, though none is named. */
const EMPLOYER_PAYS = /(工人|员工|职工|工友)们?的?(社保|五险一金|五险|公积金|养老保险|工伤保险)[^，。？！,?!]{0,4}(太贵|太高|负担|成本|交不起|压力)/;
/** The asker or their family making something (我老公在开化做木头摇马, 家里在村里加工竹筷, 我家是做袜子的, 我家是搞铸造的 — a product, not 我是做销售的 or 做外贸的, a job or a trade), or founding a maker (想创业做智能硬件, 来浙江搞芯片创业): a business of theirs, whether or not named as one. */
const FAMILY_MAKES = /(我|我们|咱|咱们|俺|俺们|老公|老婆|我爸|我妈|我哥|我姐|家里|我家)(在[^，。？！,?!]{0,10})?(做|生产|加工|制造)[^，。？！,?!]{2,}|(我家|家里|我们家|咱家|俺家|我们|咱们|俺们)(是|就是|主要|专门|一直)(做|搞|生产|加工|制造)(?!销售|会计|财务|保险|外贸|贸易|生意|设计|客服|业务|中介|电商|微商|代购|物流|快递|餐饮|服务|行政|人事|装修|工程|教育|培训)[^，。？！,?!]{2,}|创业(做|搞)[^，。？！,?!]{2,}|(做|搞)[^，。？！,?!]{1,8}创业/;
/**
 * A business told that is not the asker's or their family's: one the asker deals with (租给一家光伏公司, 从一家厂买的), a carmaker (车厂), a
 * programme's factory (未来工厂), a maker named as such (厂家), a utility or service company (物业公司, 保险公司), or the asker's
 * employer (在电子厂上班, 厂里的工人: a worker's, not a business of theirs).
 */
const OTHERS_BUSINESS = /(租给|卖给|买|从|找了?|跟|和|让|被)了?(一家|那家|这家|某家?|外面的?|别人的?)[^，。？！,?!]{0,8}(公司|厂)|(车|药|电|水|酒)厂|厂家|(未来|智能|数字化?|5g|灯塔)工厂|工厂店|(物业|保险|快递|物流|装修|中介|光伏|燃气|电力|电信|移动|联通|银行|网络|科技|房产|地产|培训|教育|餐饮)(服务)?公司|(在|进了?)(一家|这家|那家|家)?[^，。？！,?!]{0,8}?(工厂|厂|公司|企业|园区|物流园|车间)里?(上班|打工|工作|干活|做工|上夜班|当工人|当员工)|(工厂|厂|公司|企业)里?的(工人|员工|职工)/g;
/**
 * Premises the plan builds for firms (孵化器可以免房租吗, 工业设计基地进去要交多少房租): their rent is a firm's, not a household's — not
 * a home near them (在创业基地附近租房) nor a worker's room (在创新基地打工，宿舍房租太贵了).
 */
const PLAN_PREMISES = /(孵化器|众创空间|加速器|(设计|产业|创新|研发|创业|生产)基地|标准厂房|小微园)(?!附近|旁边|周边|边上|对面|隔壁|那边)/;
const HOME_RENTED = /家住|住在|我住|住的|宿舍|出租屋|单间|租房|(上班|打工|干活|做工)/;
const WORKPLACE =  /(在|进了?)(一家|这家|那家|家)?[^，。？！,?!]{0,8}?(工厂|厂|公司|企业|园区|物流园|车间)里?(上班|打工|工作|干活|做工|上夜班|当工人|当员工)|(工厂|厂|公司|企业)里?的(工人|员工|职工|会计|出纳|文员|司机|保安|仓管|电工|技术员|质检员?)/g; // where the asker only works (在电子厂上班, 我是厂里的会计): an employer, not the asker's business
/** The asker's own home bought (我想用公积金贷款买套小房子): theirs, not a recruit's the firm asks for. */
const OWN_HOME = /我(自己)?(也)?(想|要|准备|打算|计划)[^，。？！,?!]{0,10}买(套|个|间|一套)?[^，。？！,?!]{0,4}(房|房子)/;
/** A self-introduction that names a person's role: 退休干部, 跑财经口的记者, 车间主任. */
const PERSON_ROLE = /(干部|工人|职工|员工|记者|老师|教师|学生|研究生|工程师|会计|司机|师傅|厂长|经理|主任|老板|股东|志愿者|公务员|专家|班长|技术员)$/;

/**
 * Of the markers a question's words carry, those that count against it, and the asks that decide alone.
 * - What the asker makes (做新能源公交车的) is their business, not another department's affair (公交车) — when the
 *   text says so right after it (公交车的, 公交车厂): a clause that only starts with 做 (做社保补缴，) is not.
 * - A household's affair (房租, 物业) is the plan's when a business has it (厂房的房租), decided on the question
 *   without the referral words themselves (物业公司 names no business of the asker's).
 * - Whom the asker sells to (卖给医院, 产品是学校用的) is their customer, not their affair.
 * - Who the asker says they are (我是退休干部，…) is not what they ask about (退休) — a person's role, not a status
 *   that is the topic (我们是小规模纳税人); nor is what the asker sets aside (不是问个税，是问…).
 * - An ask no plan answers decides alone — unless another clause of the question asks the plan something (哪些惠企
 *   政策能享受…还有往哪投诉): then it is one part of two, set aside, and the rest is weighed as a question of its
 *   own; the answer says the plan does not cover that part. A household's ask (家里屋顶的光伏) makes the whole
 *   question a household's. A choice asked between two of the plan's measures or more (`measuresNamed`, counted only then) is set aside too.
 */
export function markersThatCount(query: { text: string; context: readonly string[]; isFollowUp?: boolean; ownTerms?: readonly string[] }, found: ReturnType<typeof scopeMarkers>, programmes: readonly string[] = [], measuresNamed: () => number = () => 0, planWrites: (figure: string) => boolean = () => false, asksOfItsOwn: (clauses: readonly string[], i: number) => boolean = () => false) {
  const lower = query.text.toLowerCase();
  const made = madeByAsker(lower);
  // (A word that only holds the trade, 出口退税 of a maker 做…出口的, is its own trade only said as one: 出口退税的公司 — not 出口退税申报的时候.)
  const ownTrade = (word: string) => {
    // (…whole also when the trade's words make it up between them: 非 and 遗 of 做非遗竹编的.)
    const pieces = query.context.filter((c) => word.includes(c));
    // (…a piece of one character holds nothing, 钱 of 看病的钱企业要承担吗 — but the verb that opens it, 开 of 开饭店的.)
    const whole = query.context.some((c) => c.includes(word)) || [...word].every((ch) => pieces.some((c) => c.includes(ch))), holds = pieces.some((c) => c.length >= 2 || word.startsWith(c));
    const escaped = escapeRegExp(word);
    return (whole || holds) && (new RegExp(whole ? `${escaped}(?:[^，。？！,?!、]{0,6}、){0,3}[^，。？！,?!]{0,6}(的|厂|公司|企业)` : `${escaped}(的|厂|公司|企业)`).test(lower) || made.some((span) => span.includes(word)));
  };
  // A programme of the plan named (双控 限电咋办) is a business's question too: the plan's programmes are for firms. (Only an employer told, 在电子厂上班，家里煤气罐…, names none of the asker's for a household's word.)
  const asBusiness = namesABusiness(lower, found.referrals.map((r) => r.word)) || programmes.some((p) => lower.includes(p.toLowerCase())), unemployed = lower.replace(WORKPLACE, '，'), employedOnly = unemployed !== lower && !namesABusiness(unemployed, found.referrals.map((r) => r.word));
  const whoAsks = selfIntroductions(lower).filter((span) => PERSON_ROLE.test(span));
  // …and one that says it has just hired (刚招了个博士, 挖来一个工程师) is an employer, whether or not it names its premises.
  const forRecruits = (asBusiness || (HIRED.test(lower) && !selfIntroductions(lower).some((span) => TALENT_ASKS.test(span)))) && RECRUITS.test(lower) && !OWN_HOME.test(lower);
  // Whom the asker sells to (产品是医院和学校用的, 卖给医院), or a distributor's line (医院的代理商能不能申请小巨人), is their market, not an affair they bring to another department.
  // (…and a farm a product the asker makes serves or that buys it, 养猪场用的厌氧罐我们自己设计生产, 买机器的养殖户: trade-making.ts.)
  const customers = [...soldTo(lower), ...channelOf(lower)], served = (word: string) => /^(?:养|种|渔|农|牧)/.test(word) && servedBy(lower, word);
  // 厂里老师傅退休了年轻人都不肯学电焊: what befalls a business's workers (退休, 离职) is its story of skills, not a person's affair asked (nor the fees of workers it sends to learn).
  // (…and 失业 befalling workers or people, told beside the plan named — 搞数字化改造会不会让老员工失业，规划里…, 淘汰落后产能会不会导致好多人失业？规划里… — is
  // their story, not anyone's unemployment brought to the department: not 我们村好多年轻人失业在家，政府管不管.)
  const ofWorkers = (word: string) => (asBusiness && /^(退休|离职|辞职)$/.test(word) && new RegExp(`(师傅|工人|员工|职工|技工|老工人)们?(都|陆续|快要|快|已经|马上|一个个)?(要)?${word}`).test(lower)) || (word === '学费' && WORKERS_SENT.test(lower)) ||
    // (…nor a worker's ailment told beside the equipment or the plan asked for it, 工人记性差老出错，想用数字化系统管生产.)
    (/^(记性差|记性不好|老忘事|腰疼|腰痛|失眠|颈椎病)$/.test(word) && new RegExp(`(师傅|工人|员工|职工|技工|工友|老板娘|操作工)们?[^，。？！,?!]{0,3}${word}`).test(lower) && /设备|系统|机器人|自动化|数字化|智能|机械|规划/.test(lower)) ||
    (word === '失业' && PLAN_NAMED.test(lower) && /(师傅|工人|员工|职工|技工|工友|人)们?(都|会|要|就|可能|大量|大批|集体|全|快要|快|得)?(要|会|得)?失业/.test(lower));
  // 一到梅雨天竹子就发霉: the weather said as when a trouble comes is the asker's circumstance (topics marked so).
  const whenItComes = (r: { topic: ReferralTopic; word: string }) => r.topic.circumstance === true && WHEN_IT_COMES.some((when) => lower.includes(when + r.word));
  let askingClauses: string[] | undefined; const askedOf = (word: string) => (askingClauses ??= clausesOf(lower).filter((c) => ASKING_CLAUSE.test(c))).some((c) => c.includes(word));
  // (A role excuses its own words unless a clause that asks holds one and the question writes nothing of the plan besides the role:
  // 医院退休职工，规划里医院会不会扩建.)
  const roleAsked = (word: string) => { const rest = whoAsks.reduce((t, span) => t.replaceAll(span, '，'), lower).replaceAll(word, '，'); return askedOf(word) && ![...rest].some((_, i) => /^[\u4e00-\u9fff]{3}$/.test(rest.slice(i, i + 3)) && planWrites(rest.slice(i, i + 3))); };
  const market = (r: { topic: ReferralTopic; word: string }) => r.topic.market === true && MAKER_NAMED.test(lower) && !askedOf(r.word);
  // (失业 read across two of the asker's words, each cut in the middle — 损失|业绩 of 疫情损失业绩很大 — is no 失业.)
  const inside = (term: string, pos: number) => occurrences(lower, term).some((at) => at < pos && pos < at + term.length);
  const across = (word: string) => word === '失业' && occurrences(lower, word).every((at) => (query.ownTerms ?? []).some((t) => inside(t, at)) && (query.ownTerms ?? []).some((t) => inside(t, at + word.length)));
  // (…nor a word read across what the asker makes, 二套房|房车 of 做房车的，第二套房车底盘生产线: each mention cut by the asker's own product — not 小区停车|停车难.)
  const acrossOwn = (word: string) => occurrences(lower, word).every((at) => query.context.some((c) => c.length >= 2 && !word.includes(c) && !c.includes(word) && occurrences(lower, c).some((p) => /(?:做|生产|造|制造|研发)[^，。？！,?!]{0,6}$/.test(lower.slice(Math.max(0, p - 8), p))) && occurrences(lower, c).some((p) => p < at + word.length && at < p + c.length)));
  const referrals = found.referrals.filter((r) => !across(r.word) && !acrossOwn(r.word) && !ownTrade(r.word) && !ofWorkers(r.word) && !whenItComes(r) && !market(r) && !(r.topic.household && ((asBusiness && !employedOnly) || made.length > 0 || (PLAN_PREMISES.test(lower) && !HOME_RENTED.test(lower)))) && !(r.topic.recruits && forRecruits) && !(whoAsks.some((span) => span.includes(r.word)) && !roleAsked(r.word)) && !((customers.some((span) => span.includes(r.word)) || served(r.word)) && !(r.topic.market === true && askedOf(r.word))) && !setAsideByAsker(lower, r.word) && !dischargeDealtWith(lower, r.word) && !burdenOfTheFirm(lower, r.word, r.topic.topic) && !warrantyOffered(lower, r.word) && !schoolNamed(lower, r.word, planWrites) && !lessonOfThePlan(lower, r.word, r.topic.lesson, planWrites) && !(r.topic.topic === '入学与升学考试' && /子女教育|人才政策/.test(lower) && /人才|员工|工人|工程师|职工|骨干/.test(lower) && !OWN_CHILD.test(lower)) && !gotAlready(lower, r.word) && !doneAlready(lower, r.word) && !toldBy(lower, r.word) && !inHeading(lower, r.word, OFFICE_HEADING));
  // (An ask only a heading names, 新闻发布会口径准备：…, is the asker's work, not asked: neither decisive nor set aside.)
  // (…nor 这个靠谱吗 of a name the plan writes, heard of and quoted by the asker — 听说有个“首台套”，还带保险…这个靠谱吗 — unless fees, an agent or anyone's offer is told.)
  const planNameDoubted = (a: (typeof found.asks)[number]) => a.match === '靠谱吗' && /听说/.test(lower) && /(这个|这事|真的)靠谱吗/.test(lower) && !FEES_TOLD.test(lower) && [...lower.matchAll(QUOTED_SPAN)].some((m) => m[1]!.length >= 2 && planWrites(m[1]!));
  // (A person's own ask, 我个人买车补多少, is the household's whatever of the plan it quotes — unless the asker has a business of their own.)
  const ownBusiness = BUSINESS_PLACE.test(lower.replace(OTHERS_BUSINESS, '，')) || made.length > 0 || FAMILY_MAKES.test(lower);
  // (…and a household's word told in a business's story, not asked — 我家房子早押掉了。…货款能不能拿去贷款 — is the story of the business's need.)
  const householdTold = (a: (typeof found.asks)[number]) => !a.ask.person && ownBusiness && !askedOf(a.match);
  const firmComplains = ownBusiness && FIRM_COMPLAINT.test(lower) && !HOUSEHOLD_MONEY.test(lower) && /技改|补助|补贴|奖补|奖励|专项资金/.test(lower), complaintAsk = (a: (typeof found.asks)[number]) => firmComplains && /投诉|结果和款项/.test(a.ask.ask); // (a firm's own programme money complained of, 技改补助…没到账 找谁投诉: the plan's 企业维权投诉渠道)
  const asks = found.asks.filter((a) => !(a.ask.household && (a.ask.person ? ownBusiness : asBusiness || householdTold(a))) && (a.ask.household || (!inHeading(lower, a.match) && !inHeading(lower, a.match, OFFICE_HEADING))) && !planNameDoubted(a) && !complaintAsk(a));
  // 会计说走研发费用加计扣除，同行又说去领创新券，这两个哪个更适合: a choice between two of the plan's measures is the plan's question.
  // (Not which provider is reliable, 哪个更靠谱, nor a place chosen: measuresNamed counts none when two places are named.)
  const planChoice = (a: (typeof asks)[number]) => a.ask.choice && /哪|还是/.test(a.match) && !/靠谱|可靠/.test(a.match) && measuresNamed() >= 2;
  // 规划说…单项冠军要累计200家以上…完成没有: the outcome of a target named by its figure is the target's gap, not another affair — a figure
  // the plan writes (200家, 2500家; not a year, a month, the asker's own 50亩), said as the plan's or with one of its programmes named.
  const targetNamed = (a: (typeof asks)[number]) =>
    a.ask.target === true && [...lower.matchAll(TARGET_FIGURE)].some((m) => planWrites(m[0])) && (PLAN_SAYS.test(lower) || programmes.some((p) => lower.includes(p.toLowerCase())));
  // 那数据中心呢，机架要到多少？我在重庆做机房运维，想看看值不值得去杭州: a follow-up asks the plan again in the clause it opens with,
  // and an ask said after that (the asker's own weighing) is set aside, not decisive.
  // (Not a bare opener nor an interjection before it: 是吗？那哪家宽带最便宜, 那宁波呢？哪家银行利息最低 ask only that.)
  const followedUp = (a: (typeof asks)[number]) => {
    const all = clausesOf(lower);
    return query.isFollowUp === true && all.slice(0, Math.max(0, all.findIndex((c) => c.includes(a.match)))).some((_, i) => asksOfItsOwn(all, i));
  };
  // 网上这个规划页面有张“关键指标”的图打不开，2025年数字经济核心产业增加值占GDP要达到百分之多少: an ask told in a clause that asks
  // nothing, before a clause that asks of four Chinese characters the plan writes (not a year: 到2025年能翻倍吗), is the story of why the plan is asked — set aside (not before the
  // plan quoted as a reproach: 你们规划里不是写了鲲鹏行动吗，给个解决办法).
  const toldBefore = (a: (typeof asks)[number]) => {
    const all = clausesOf(lower);
    const at = all.findIndex((c) => c.includes(a.match));
    // (…or of a name the clause before it in its sentence tells, asking nothing itself: 省里说要建好多5G基站，啥时候能轮到我们那 — a Latin letter
    // or a figure may open it, 5G基站.)
    const toldOf = toldBeforeAsks(lower);
    const withTold = (c: string) => { const told = toldOf.get(c); return told !== undefined && told !== all[at] ? [c, told] : [c]; };
    const namesPlan = (t: string) => [...t].some((_, i) => i + 4 <= t.length && /^(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){2})[\u4e00-\u9fffa-z0-9]{4}$/.test(t.slice(i, i + 4)) && planWrites(t.slice(i, i + 4)));
    return at >= 0 && !ASKING_CLAUSE.test(all[at]!) && all.some((c, i) => i > at && ASKING_CLAUSE.test(c) && !REPROACH.test(c) && !a.ask.pattern.test(c) && !asksTheActAgain(c, a.match, all.slice(0, i - 1)) && withTold(c).some(namesPlan));
  };
  // An outcome supposed (那要是…一直没到账，…能投诉吗) or said to be open (罚不罚还没说，…有没有个缓冲期), with a clause asking after it, is not the asker's case put.
  const supposed = (a: (typeof asks)[number]) => { const at = lower.indexOf(a.match), c = at < 0 ? '' : spanAt(lower, at), after = clausesOf(lower.slice(at)).slice(1); return ((SUPPOSES.test(c) && !ASKING_CLAUSE.test(c) && after.some((n) => CHANNEL.test(n))) || UNSAID.test(c)) && after.some((n) => ASKING_CLAUSE.test(n) && !a.ask.pattern.test(n)); };
  const decisiveAsks = asks.filter((a) => a.ask.household || (!planChoice(a) && !targetNamed(a) && !a.ask.planRules?.test(lower) && !followedUp(a) && !toldBefore(a) && !supposed(a) && !toldAsStory(lower, a.match, a.ask.pattern) && !asksThePlanBesides(lower, a.match, a.ask.pattern, referrals.map((r) => r.word))));
  return { referrals, asks, regions: found.regions, decisiveAsks };
}

/** Not yet said or known (罚不罚还没说, 给不给还不知道): an ask told as open, not put; and where to take a trouble (投诉, 反映, 找谁). */
const CHANNEL = /投诉|反映|申诉|维权|找谁|找哪|去哪|哪里|渠道/;
const UNSAID = /(还没|还不|都不|不)(说|讲|定|知道|清楚)$/;
/** Fees, an agent or anything offered by a third party told (中介, 有人说能帮, 服务费, 包过, 证书): a scam may be what is asked. */
const FEES_TOLD = /中介|中间人|代办|代理|代申请|服务费|手续费|押金|包过|先交|交钱|收费|费用|好处|佣金|抽成|全退|保证|百分百|一次搞定|有人|有个人|自称|公司说|机构说|能帮|帮我们拿|卖|花钱|投资|年化|证书|牌匾|假/;

/** A figure a target is set in (200家, 2500家, 300个, 30%). */
const TARGET_FIGURE = /\d+(\.\d+)?\s*(家|个|%|％|万|亿|座|项|条|倍)/g;
