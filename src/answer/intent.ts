/**
 * What kind of answer a question wants. Decides the answer's shape, never whether to answer.
 */
import { inSoldTo } from '../retrieval/asker.js';
import { ASKING_CLAUSE } from '../retrieval/clauses.js';

export type AnswerShape = 'figure' | 'list' | 'statement';

export interface Intent {
  shape: AnswerShape;
  /** Asks for an amount of money or a subsidy standard the plan may not state. */
  asksAmount: boolean;
  /** Asks for a target (具体目标, 量化目标): the plan states its targets as "到2025年，…", often with no figure. */
  asksTarget?: boolean;
  /** Asks about the key-indicator table, which the source publishes as an image. */
  asksIndicatorTable: boolean;
  /** Asks whether something is among the plan's items (算哪个集群, 有没有我们箱包, 属于哪类): the enumeration answers. */
  asksMembership?: boolean;
  /** Which items something is made of (成长体系包括哪几个层次, 分哪几类): the sentence that lists them, with the word for the whole (体系) when one comes before the ask. */
  asksItems?: string;
  /** Which items of a kind (哪几个行业, 哪些领域): the sentence that lists items of that kind (以现代纺织、汽车等行业为重点). */
  asksKind?: string;
  /** Items listed with 、 and asked each (制造业增加值、数字经济核心产业增加值占GDP比重，分别是多少): each the clause writes is quoted. */
  eachOf?: string[];
  /** How often something is done (评估多久搞一回, 一年查几次): the sentence that says (年度, 每年, 定期). */
  asksFrequency?: boolean;
  /** How many questions the text asks (…有何要求？…按什么方式出让？ → two): each may need its own sentence. */
  parts?: number;
  /** The text of each part when there are two or more, lower case: which words each part asks with. */
  partTexts?: string[];
  /** Every aspect of the document asked about, in the order of METADATA (文号和印发日期 → two). */
  metadata: MetadataQuestion[];
  /**
   * A programme the question names in everyday words (从来没贷过款 → 首贷户拓展行动): the plan's name for it, said in
   * one sentence of the plan. The quote reaches the sentence that names it when that is near the one chosen.
   */
  named?: string[];
  /** …those of `named` that a clause asking the plan names (规划里有没有技术买卖的平台), not the story before it. */
  namedAsked?: string[];
  /** …and the asker's own words that named them (农机 for 现代农业机械装备). */
  namedAskedBy?: string[];
  /** The kind of name asked (这块叫啥行动 → 行动, 打造什么中心 → 中心): the quote should hold the plan's name of that kind. */
  asksName?: string;
  /** A figure asked per person or per mu (人均一年增加值能到多少, 一亩地产出多少): the plan writes it 万元/人, 万元/亩. */
  perUnit?: '人' | '亩';
  /** A price or a payment asked (一亩地多少钱, 保证金要交多少), of nothing the plan measures its output by. */
  asksPrice?: boolean;
  /** What the question puts in quotation marks (规划“聚焦重点产业招商”部分…): a heading of the plan quoted names the part asked about. */
  quoted?: string[];
  /** The question without its quoted spans, lower case (set with `quoted`): what it asks in its own words. */
  unquoted?: string;
  /** Set when `quoted` is the last question's, borrowed by a follow-up silent on its shape (那我们要新拿工业用地的话，按啥方式出让？). */
  quotedBorrowed?: boolean;
  /** What a sum of money asked is for (住房补贴具体多少钱 → 住房; amount-for.ts): the quote should name it. */
  amountFor?: string[];
  /** Of `quoted`, those in a clause that asks (“一县一经验”清单是怎么表述的 — not 我们是“雏鹰行动”培育企业, the asker's story). */
  quotedAsked?: string[];
}

/** A span of four characters or more in quotation marks. */
const QUOTED_SPAN = /[“"「『]([^”"」』]{4,30})[”"」』]/g;
/** What a clause asks of a span it quotes: how it is worded, what it is, which or whether. */
const QUOTE_ASKED_IN = /怎么|咋|什么|啥|哪|吗|多少|原文|原话|表述|提法|意思|规定|提供|[?？]/;
function quotesAsked(question: string, quoted: readonly string[]): string[] {
  const clauses = question.split(/(?<=[，,。；;！!？?])/);
  return quoted.filter((q) => clauses.some((c) => c.includes(q) && QUOTE_ASKED_IN.test(c.replace(q, ''))));
}

export type MetadataQuestion = 'documentNumber' | 'date' | 'period' | 'issuer' | 'title' | 'addressees' | 'basis' | 'release';

const COUNT = /几(个|家|座|成|倍)/g;
/** 好几个 is "several"; 想上几台, 挖几个博士, 招几个人: a verb of getting before 几 may make it "a few". */
const A_FEW = /(好|[上配买招聘挖换请雇添弄搞进找])$/;
/** …when the question then asks for support, not for a number (…，政府支持不 / 有没有政策). */
const ASKS_SUPPORT = /支持|扶持|政策|补贴|帮|说法|办法|管不管|给不给|吗|不[？?]?$|么/;

/** …or a later clause asks whether the plan speaks of something (有没有提法, 咋说). */
const ASKS_WHETHER = /有没有|提法|咋说|怎么说|算不算|是不是/;

/**
 * A count asked (要建几个, 有几家, 省里要搞几个平台). 好几个 (several), 十几个 (a dozen or so) and 哪几个 (which) are never one; 几个
 * after a verb of getting is "a few", part of the asker's story, when what follows asks for support (想上几台设备，
 * 政府支持不); so is 几个 in a clause of the story that a later clause's question follows (主要给几个主机厂配套，规划里
 * …有没有提法).
 */
/** 成长体系包括哪几个层次 → 体系: the word for the whole whose items are asked ('' when none comes before the ask). */
function itemsAsked(question: string): { asksItems?: string } {
  const m = ITEMS.exec(question);
  return m ? { asksItems: m[1] ?? '' } : {};
}

/** Asked each (分别是多少, 各自多少, 各是多少). */
const EACH = /分别|各自|各是/;
/** A date before an item (2020年底, 到2025年): when, not which. */
const ITEM_DATE = /^(到|截至)?(\d{4}年(底|末|初)?|“?十三五”?期?末)/;
/**
 * The items listed with 、 (or joined by 和, 与, 及) in the clause that asks each, or the clause before it (…、…占GDP比重，原文数据分别是多少;
 * 绿色低碳工厂和绿色低碳园区，规划定的数量分别是多少).
 */
function eachAsked(question: string): { eachOf?: string[] } {
  if (!EACH.test(question)) return {};
  const clauses = question.toLowerCase().split(/[，。？！,?!；;]/);
  const at = clauses.findIndex((c) => EACH.test(c));
  for (const clause of [clauses[at]!, clauses[at - 1] ?? '']) {
    const items = clause.split(/、|和|与|及/).map((item) => item.replace(ITEM_DATE, '').trim()).filter((item) => item.length >= 2);
    if (items.length >= 2) return { eachOf: items };
  }
  return {};
}

function kindAsked(question: string): { asksKind?: string } {
  const m = KIND_ASKED.exec(question);
  return m ? { asksKind: m[1]! } : {};
}

export function asksCount(question: string): boolean {
  for (const match of question.matchAll(COUNT)) {
    const before = question.slice(0, match.index);
    // 哪几个层次 asks which ones, not how many — nor do 那几家, 这几个 point at any number (跟县里那几家大厂挂上钩).
    if (/[好十百千万哪这那]$/.test(before)) continue;
    const after = question.slice(match.index + match[0].length);
    // 我们几个人生地不熟, 我们几家小厂想抱团: who the asker is, the few of them — not a time given them (给我们几个月).
    if (/(?<![给让帮替跟和与同对])(?:我们|咱们|他们|俺们)$/.test(before) && !/^(月|星期|礼拜|小时|钟头|年|天|工作日)/.test(after)) continue;
    if (A_FEW.test(before) && ASKS_SUPPORT.test(after)) continue;
    // 几家厂能不能一起做, 跟几家厂联合: a few, the subject or partner of what the asker wants to do, not a count asked.
    if (/^[\u4e00-\u9fff]{0,2}(能不能|能否|可不可以|可以|一起|联合|合起来|抱团|合作)/.test(after) || /(跟|和|与|同)$/.test(before)) continue;
    // 主要给几家新能源车厂配套, 供给几个大家电牌子: a few customers the asker makes for or ships to (asker.ts soldTo; 货发给几个快递公司), not a count asked (省里给几个名额 is).
    if (inSoldTo(question, match.index) || /发给$/.test(before)) continue;
    const clauseEnd = after.search(/[，,；;]/);
    if (clauseEnd >= 0 && !/[？?]/.test(after.slice(0, clauseEnd)) && (ASKS_SUPPORT.test(after.slice(clauseEnd)) || ASKS_WHETHER.test(after.slice(clauseEnd)))) continue;
    return true;
  }
  return false;
}
/** A figure the asker has heard, put to be checked (是要搞1000家吧, 每年要降4.2%?, 占营收3个点，是不是这个数): the plan's figure is asked. */
const FIGURE_CHECKED = /\d+(\.\d+)?\s*(%|％|个点|家|个|万|亿|倍)[^，。？！,?!]{0,3}(吧|吗|么|嘛)|\d+(\.\d+)?\s*(%|％|个点|家|个|万|亿|倍)[^。？！?!]{0,3}(是不是|对不对|对吧|没错吧|是这个数)/;
const FIGURE = /(?<!没|没有)多少|比例|比重|占比|百分之|%|规模|数量|(具体|什么)数字|增长|达到(?!一?个?(啥|什么|怎样|哪种|何种)(样|程度|地步))|总量|多大|多高|目标值|有没有(具体的?)?数(?!据|控|智|码|学|量)(?!字[\u4e00-\u9fff])|有(个|具体的?)?数(字)?吗/;
/** Asking what the government will do: 有什么支持, 政府管不管, 支持不, 鼓不鼓励, 有没有啥说法, 咋办. */
const LIST = /有什么|有哪些|哪些|什么(支持|政策|措施|帮助|扶持|优惠)|支持|扶持|鼓励|帮扶|帮助|帮忙|帮衬|路子|门路|出路|优惠|政策|措施|怎么办|怎么做|如何|怎样|举措|管不管|鼓不鼓励|帮不帮|给不给|有没有(啥|什么)?(说法|办法|打算|方向|平台|渠道)|有啥(说法|办法|打算|方向)|咋办|咋搞|政府|省里|(怎么|咋|如何)(建设|建|搞|做|推进|推动|发展|打造|培育|落实|实施|弄)/;
/** What something is to become (营商环境要弄成什么样子, 搞到啥程度): the goal's statement, not a list of measures — whoever is said to want it (省里说…). */
export const BECOME = /(搞成|建成|变成|弄成|做成|干成|发展成)(个)?(啥|什么)样|(搞|做|弄|干|建|发展)到(个)?(啥|什么|哪种|何种)(程度|地步|水平)/;
/** A fee asked (认证费多少, 收费多少, 要交多少费用) — not 浪费, 消费, nor what is spent or granted (研发费用是多少, 给多少经费): a sum of money. */
export const FEE_ASKED = /(收费|(?<!研发|研究|试验|发展)费用|[\u4e00-\u9fff](?<![浪消经发])费)(是|要|大概|大约|一般|得)?(?<!没|没有)多少(?![家个人项])|(?<!没|没有)多少(费用|[\u4e00-\u9fff]{0,2}(?<![浪消经发])费)(?![力劲心时])/;
const AMOUNT = new RegExp(`${FEE_ASKED.source}|${/(?<!没|没有)多少钱|(租金|房租|租费|价格|价钱|地价)[^，。？！,?!\s]{0,8}(?<!没|没有)多少|金额|奖励多少|补贴多少|补助多少|奖多少|补多少|贴多少|给多少|资助多少|标准是多少|额度|(?<![好十])几万|多少万|(拿|给|奖|补|贴)[^，。？！,?!]{0,3}(几个?|多少)亿/.source}`);
const INDICATOR_TABLE = /关键指标|指标表/;
const MEMBERSHIP = /算(哪个|哪一个|哪类|哪一类|不算)|(?<![打计预核估清结就总换合划])算(是)?[^，。？！,?!算]{2,16}?(吗|么|嘛|不)(?=[，。？！,?!]|$)|在不在(里面|里头|其中|这里面|名单)|在(里面|里头|其中)吗|属于(哪个|哪一|哪类|哪些)|(里头|里面|当中|之中)(有没有|包不包括|算不算|哪(个|些|一个|几个))|有没有(我们|咱们)[^，。？！,?!]{0,8}(这一块|这块|这行|这一行|这个行业)|有没有(我们|咱们)(这种|这类|这样的)|包不包括(我们)?/;
const ITEMS = /([\u4e00-\u9fff]{2})?(?:包括哪(?:些|几)|包含哪(?:些|几)|(?:有|分为?|分成)哪几(?:个|类|种|样|项|层|级|块|部分|方面)|哪几个(?:层次|层级|方面|部分|环节|类别))/;
/** Which industries or fields (具体是哪几个行业是重点, 哪些产业, 什么领域): the kind of the items asked, said after the ask. */
const KIND_ASKED = /(?:哪(?:几|些)(?:个|类|种)?|什么|啥)(行业|产业|领域)(?!链|园|基金|集群|平台|政策|工人)/;
const FREQUENCY = /多久[^，。？！,?!]{0,4}(一回|一次|一趟)|多长时间[^，。？！,?!]{0,4}(一回|一次)|(一年|每年)[^，。？！,?!]{0,4}几(次|回)|几年[^，。？！,?!]{0,4}(一回|一次)|频次|频率/;
const TARGET = /到20\d\d年[^，。？！,?!]{0,24}(达|搞|做|发展|弄)?到(啥|什么|哪种|多大|怎样|怎么样)的?(程度|地步|水平|规模|样子)|到20\d\d年[^，。？！,?!]{0,16}(翻一?倍|翻一?番|翻几番|翻两番|倍增)|(具体|量化|明确|定量|数字|数值)的?(目标|指标)|(目标|指标)的?(数字|数值)|目标(是|为|有)?(多少|啥|什么|几)|(总|总体|大)目标(到底|究竟)(是|为|有)?(多少|啥|什么|几)|(什么|啥|哪些)(目标|指标|kpi|KPI)|目标的?(原文)?(表述|要求)|目标(的?(原文|原话))?(是|又是)?(怎么|如何|咋)(表述|说|写|讲|定)的?|有(没有)?(具体的?)?(目标|指标)(数|数字|值)?(吗|么|没|呢)?[？?]?$/;

const METADATA: [MetadataQuestion, RegExp][] = [
  ['documentNumber', /文号|字号|发文号|几号文|文件号/],
  ['period', /规划期|期限|起止|哪一年到|哪年到|到哪一年|到哪年|几年规划|(规划|文件)[^，。？！,?!]{0,3}(执行|实施|有效)(多长时间|多久|几年)(?!来|以来|了|[^，。？！,?!]{0,4}(评估|一次|检查))|(规划|文件)[^，。？！,?!]{0,4}有效期|(规划|文件)[^，。？！,?!]{0,8}作废|(规划|文件)[^，。？！,?!]{0,3}(什么时候|啥时候|哪年|哪一年)(开始)?(执行|实施|生效)|(什么|啥)时候(结束|到期)|哪一年结束|时间范围|覆盖.*年|(管|是|覆盖)(哪几年|几年)|过期/],
  ['date', /(什么时候|啥时候|啥时|何时|哪天|哪一天|日期|时间|哪年|哪一年).*(发布|印发|出台|公布|发的|签发)|(发布|印发|出台|公布|签发)(日期|时间|于)|成文(日期|时间)|落款(日期|时间)?|签发日期/],
  ['issuer', /(谁|哪个部门|哪个单位|哪家单位|什么部门|什么单位|哪个机关).*(印发|发布|制定|出台|发的|编制)|(印发|发布|发文|制定)(单位|机关|部门)/],
  ['addressees', /(发给|下发给|印发给|下发到|发到|主送|抄送)(了)?(哪些|哪个|哪几个|谁|什么|啥)|(发文|下发|印发)(对象|范围)|主送(单位|机关)|(要求|让)(各市县|各地|各单位|市县|各市、县)[^，。？！,?!]{0,6}(干嘛|干啥|做什么|干什么|怎么做|咋做)/],
  ['basis', /(规划|文件)[^，。？！,?!]{0,6}(是)?(根据|依据|按照)(啥|什么|哪个|哪份)|编制依据|(规划|文件)[^，。？！,?!]{0,4}(编制|编写|制定|编出来)的?(依据|根据)|(根据|依据)(啥|什么|哪个|哪份)[^，。？！,?!]{0,4}(编|制定|写)(的|出来)/],
  ['release', /公开属性|公开方式|(是否|是不是|能不能|可不可以|可以)公开(发布)?|(规划|文件|通知)[^，。？！,?!]{0,4}公开(发布)?(的|了)?(吗|没|么)|此件公开/],
  ['title', /(规划|文件|本规划|这份).*(全称|全名|标题|名称|叫什么)|^(全称|标题)|[〔［\[【(（]\d{4}[〕］\]】)）]\d+号(文件)?(是|叫)(啥|什么|哪个|哪份)(文件|规划)/],
];

/** 这块叫啥行动, 叫什么工程, 要打造什么中心: the name of a programme or a goal asked, by its kind. */
/**
 * A regulation asked by name (那部地方性法规全称是什么, 实施的是哪部条例): the plan names its 条例 in full. A law said as 法律 or 这个法 names
 * itself only right before the asking (这个法正式叫啥, 依据的法律叫什么), not a thing of the law's (法律责任是什么, 这个法人代表是什么).
 */
const LAW_ASKED = /(法规|条例)[^。？！?!]{0,6}(全称|全名|名称|叫什么|叫啥|是什么)|(?:法律|(?:这个|那个|这部|那部)法(?![子儿人院官庭]))(?:的|正式|到底|究竟|准确|完整)?的?(全称|全名|名称|叫什么|叫啥|是什么)|哪(一)?(部|个|项)(地方性)?(法规|条例)/;
const NAME_ASKED = /(?:叫|是|打造成?|建设成?|建成|成为|弄成|搞成|做成|变成|建立|设立|组建|成立)(?:个)?(?:啥|什么|哪个|哪一个)(行动|工程|计划|专项|平台|品牌|体系|机制|中心|基地|高地|集群|走廊|试验区|库|联盟|基金)/;
/** …or the kind said first and its name asked after (要建一个跟厨房电器有关的基地，叫啥名字). */
const NAME_ASKED_AFTER = /(行动|工程|计划|专项|平台|品牌|体系|机制|中心|基地|高地|集群|走廊|试验区)[，,]?(?:它|这个|那个)?(?:叫|是)(?:啥|什么)(?:名字|名称|名堂)/;

/** A question someone put to the asker, reported (他问…, 客户想知道…, 老板让我问…). */
const REPORTED_ASK = /(?<!其)(他|她|他们|老板|客户|工人|员工|对方|人家|朋友|工程师|老婆|老公|儿子|女儿|领导)(就|还|也|一直|老是|总)?(问|想知道|打听|让我问)/;
/** …taken up by the question after it, which names nothing of its own (规划里有具体标准吗, 规划里写了吗, 规划里怎么说的). */
const POINTS_BACK = /^(那|那么|请问|想问下?)?(你|你们)?(这个|这些|这事|这)?(在)?(规划|文件|政策)?(里|上|中)?(面|头)?((有没有|有|是否有?|可有)?(具体|明确|相关)?(的)?(写|说|讲|提|规定|标准|要求|说法|数字|知道|清楚)?(到|过|了)?(的)?|(是)?(怎么|咋|如何)(说|讲|写|规定)(的)?)(吗|没有|没|呢|不|么)?$/;

/**
 * What the question asks, without the story told before it: a sentence closed by 。 or ！ that a question (？) follows tells
 * (…租金还不知道多少。这个是省里的意思吗？): its 多少 is what the asker does not know yet, not the figure asked.
 */
export function askingText(question: string): string {
  const last = Math.max(question.lastIndexOf('？'), question.lastIndexOf('?'));
  if (last < 0) return question;
  const told = question.slice(0, last).split(/(?<=[。！!])/);
  // (…not a question someone put to the asker, told with 。, from its verb on — 他问浙江给不给人才房、租房补贴一个月多少。规划里有具体标准吗？:
  // it is what is asked; 今年好几个外国客户问能不能做… counts nothing before 问.)
  // (…only when what is asked after it names nothing of its own: 他问我工资多少。…规划里对技能人才有什么支持？ asks of 技能人才.)
  const pointsBack = POINTS_BACK.test(told.filter((sentence) => !/[。！!]$/.test(sentence.trim())).join('').trim());
  const asking = told.flatMap((sentence) => (!/[。！!]$/.test(sentence.trim()) ? [sentence] : pointsBack && REPORTED_ASK.test(sentence) ? [sentence.slice(REPORTED_ASK.exec(sentence)!.index)] : []));
  return asking.join('') + question.slice(last);
}

/** What the plan measures its output by (增加值, 产值, 劳动生产率…): a sum of money made, never a price or a payment. */
export const OUTPUT_FIGURE = /增加值|产值|产出|亩产|创造|营业收入|营收|劳动生产率|税收|利润|生产总值|gdp/i;
/**
 * A clause asking a figure the plan measures its output by (全省制造业增加值具体要到多少亿, 劳动生产率要到多少) — not the asker's own
 * (我们厂产值才几百万, 我们村几个厂产值加起来才几千万).
 */
export const indicatorAsked = (clause: string) => OUTPUT_FIGURE.test(clause) && /多少|几/.test(clause) && !/[我咱俺厂]/.test(clause);
/** A target asked in a clerk's shorthand, keywords apart (凤凰行动 新增上市企业目标 原文): a word ending in 目标 or 指标, set apart. */
const TERSE_TARGET = /(?:^|[\s，,])[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:目标|指标)(?=[\s，,]|$)/;
/** …in a question that asks nothing in words (no clause that asks: no question mark or question word). */
export const asksTargetTersely = (question: string) => TERSE_TARGET.test(question.trim()) && !ASKING_CLAUSE.test(question);

/** A price or a payment asked (多少钱, 地价, 要交多少). */
export const PRICE_ASKED = /多少钱|价格|价钱|地价|(交|付)多少/;
const PER_UNIT: [RegExp, '人' | '亩'][] = [[/人均|每人|每个人|一个人/, '人'], [/亩均|每亩|一亩/, '亩']];

/** Where a second part asked in the same run begins: a comma, then 还有, 另外, 以及 or 再就是. */
export const JOINED_ASK = /[，,；;](?=还有|另外|以及|再就是)/;

/** A question word that asks for something (多少, 哪几个, 什么), not whether (有没有, 能不能, 有啥: a second whether is mostly the first again). */
const WH_ASKED = /多少|几[个家类种项条所座年成倍]|哪|(?<!有|有没有|没|没有)(什么|啥)|怎么|咋|如何/;
/** A clerk's noun that asks (…的名称, …原话): a comma's piece ending in it asks as a question word does. */
const ASKING_NOUN = /(名称|全称|名字|提法|表述|数字|数据|目标值|目标数|目标)$/;
/** …or a piece asking which of two names it is (叫凤凰计划还是凤凰行动). */
const CHOICE_ASKED = /(叫|是)[\u4e00-\u9fff“”"]{2,10}还是[\u4e00-\u9fff“”"]{2,10}$/;
/** …but not a piece asking only the form of the answer (要原文数字, 引原文, 要规划里的原话). */
const FORM_ONLY = /^(要|给|引|请|麻烦)?(我)?(规划)?(里)?(的)?(原文|原话|原句)?(的)?(数字|数据|表述|原话|原文|出处)?$/;
/**
 * One run asking two things apart at a comma (培育多少家，重点放在哪几个行业; 评估分哪几类，形成的经验清单名称): each piece that asks is
 * a part — not a story's comma before the one ask (我们做猫砂盆的，能不能…), nor a second whether (有没有提飞联网，以后能不能用上), which mostly asks the first again.
 * A space typed between two words on a phone (智能家居支持哪几样 还说要建啥基地) parts a run as a comma does.
 */
function asksApart(run: string): string[] {
  const pieces = run.split(/[，,；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/).map((p) => p.replace(/[？?。！!\s]+$/, '')).filter((p) => p.trim().length >= 4);
  const asking = pieces.filter((p) => !FORM_ONLY.test(p.trim()) && (WH_ASKED.test(p) || ASKING_NOUN.test(p) || CHOICE_ASKED.test(p)));
  return asking.length > 1 ? asking : [];
}

/** A courtesy after the last question (？谢谢) is not a part. */
const COURTESY = /^[\s，。！!]*(谢谢|多谢|感谢|麻烦了|辛苦了|谢了)/;

export function detectIntent(question: string): Intent {
  const metadata = METADATA.filter(([, re]) => re.test(question)).map(([kind]) => kind);
  const asking = askingText(question);
  const asksAmount = AMOUNT.test(asking);
  const asksTarget = TARGET.test(asking) || asksTargetTersely(question);
  const shape: AnswerShape = FIGURE.test(asking) || asksCount(asking) || asksAmount || asksTarget || FIGURE_CHECKED.test(asking) ? 'figure' : LIST.test(question) && !BECOME.test(question) ? 'list' : 'statement';
  const parts = question.split(/[？?]/).filter((part) => part.trim().length > 0 && !COURTESY.test(part)).length;
  // The parts closed by a question mark: what is asked, not a story told after the last one (…是这样吗？我们就三个技术员).
  const closed = question.split(/(?<=[？?])/).filter((part) => /[？?]\s*$/.test(part) && !COURTESY.test(part));
  // …or, asked in one run, the parts joined by 还有, 另外, 以及 (资质认定改革的表述，还有到2025年新增检测实验室面积的数字，帮我摘一下).
  const joined = askingText(question).split(JOINED_ASK).filter((part) => part.trim().length > 0);
  const apart = (part: string) => { const pieces = asksApart(part); return pieces.length > 1 ? pieces : [part]; };
  const asked = closed.length > 1 ? closed.flatMap((part) => apart(askingText(part))) : joined.length > 1 ? joined : asksApart(askingText(question));
  const name = NAME_ASKED.exec(question)?.[1] ?? NAME_ASKED_AFTER.exec(question)?.[1] ?? (LAW_ASKED.test(question) ? '条例' : undefined);
  const quoted = [...question.matchAll(QUOTED_SPAN)].map((m) => m[1]!);
  const perUnit = shape === 'figure' ? PER_UNIT.find(([re]) => re.test(asking))?.[1] : undefined;
  const asksPrice = asksAmount && PRICE_ASKED.test(asking) && !OUTPUT_FIGURE.test(question);
  return { shape, asksAmount, asksTarget, asksIndicatorTable: INDICATOR_TABLE.test(question), metadata, parts, ...(asked.length > 1 ? { partTexts: asked.map((part) => part.toLowerCase()) } : {}), asksMembership: MEMBERSHIP.test(question), ...itemsAsked(question), ...kindAsked(question), ...eachAsked(question), ...(FREQUENCY.test(question) ? { asksFrequency: true } : {}), ...(name ? { asksName: name } : {}), ...(quoted.length > 0 ? { quoted, unquoted: question.replace(QUOTED_SPAN, ' ').toLowerCase(), quotedAsked: quotesAsked(question, quoted) } : {}), ...(perUnit ? { perUnit } : {}), ...(asksPrice ? { asksPrice } : {}) };
}
