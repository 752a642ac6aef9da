/**
 * Another department's word found in the question that is not the affair asked: a discharge dealt with, a relative's school only named,
 * an affair the asker sets aside, a doctor who only told them something. markersThatCount (out-of-scope.ts) leaves such words out.
 * Pure over the lowercased question.
 */
import { occurrences } from './cut.js';
import { MAKER_NAMED } from './asker.js';
import { escapeRegExp } from '../regexp.js';

/** Illegal discharge (偷排, 乱排乱放: a report to the environment department)… */
const DISCHARGE = /^(偷排|偷偷排放|乱排乱放|偷排废水|偷排废气)$/;
/**
 * …told as what was caught or is being cleaned up (以前我们厂被查到偷排，现在想上污水处理设施; 浙江整治乱排乱放，对小化工厂有什么影响): a maker's
 * own pollution control or the province's clean-up, not a neighbour's discharge reported.
 */
export function dischargeDealtWith(lower: string, word: string): boolean {
  return DISCHARGE.test(word) && occurrences(lower, word).every((at) => /(整治|治理|被查到?|被抓|被罚|被举报|被通报)(了|过)?$/.test(lower.slice(Math.max(0, at - 6), at)));
}

/** A relative's school (孙子学校, 女儿学校: 孩子学校的事)… */
const RELATIVES_SCHOOL = /^(孙子|孙女|儿子|女儿|外孙|外孙女|小孩)学校$/;
/** …and a kind of school by its name's end (技师学院, 双高计划院校, 中职, 高职 — not 职高, which the plan's 中职、高职 holds only across its 、). */
const SCHOOL_KIND = /(学院|院校|学校|中职|高职|本科)$/;
/**
 * …said only as what the school is or as the child's leaving it (我女儿学校是技师学院，规划里说要建设一流技师学院…; 女儿学校毕业后想来我们厂上班):
 * the school named, no affair of it asked — not 孙子学校是不是放假了.
 * (What it is, only a kind of school the plan writes, to the clause's end: 技师学院, 中职 — not 我儿子学校是职高，食堂伙食太差找谁反映, nor
 * 是民办的; and the leaving, not its papers or its ceremony: 女儿学校毕业证什么时候发.)
 */
export function schoolNamed(lower: string, word: string, planWrites: (text: string) => boolean): boolean {
  const named = (after: string) => { const kind = /^是(?:一所|一个|个|所)?([^，。？！,?!；;\s]{2,8})/.exec(after)?.[1]; return kind !== undefined && SCHOOL_KIND.test(kind) && planWrites(kind); };
  return RELATIVES_SCHOOL.test(word) && occurrences(lower, word).every((at) => named(lower.slice(at + word.length)) || /^(刚|已经)?毕业(?=后|了|以后|之后|就|想|要|[，,]|$)/.test(lower.slice(at + word.length)));
}

/** The asker sets another department's affair aside: 不是问个税，是问…; 不问医保报销; 社保之外; 公积金的事我知道不归这里管; 拆迁补偿我去问镇里; 官司我找律师打. */
export function setAsideByAsker(lower: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(`(不是问|不问|不是说|不谈|除了)${w}|${w}[^，。？！,?!]{0,4}(之外|以外|除外)|${w}的事[^，。？！,?!]{0,4}(知道|不归|不用)|${w}(的事|这块|这事|那块)?我(自己)?(会|再|去|另外)?(问|找|咨询)[^，。？！,?!]{0,8}(?=[，。,.])|我(自己)?(会|再|去|另外)?${/^(找|请|问)/.test(word) ? '' : '(问|找|请|咨询)'}${w}[^，。？！,?!]{0,3}[，。,.]`).test(lower);
}

/**
 * 医生说以后可能要靠基因治疗: a doctor who told the asker something is who told them, not the affair they ask about — unless what was told
 * is of the asker's or their family's body (医生说我腰椎不好, 医生说孩子…: the health department's still), and not a school's or a clinic's
 * notice (学校发通知说…, 宠物医院说…: what they said is their department's affair).
 */
export function toldBy(lower: string, word: string): boolean {
  if (!/医生$/.test(word)) return false;
  return new RegExp(`${word}(?:们|那边|也|都|还)?(?:跟我|对我)?(?:说|讲|告诉|建议)(?!我|他|她|你|孩子|小孩|老婆|老公|爸|妈|父亲|母亲|儿子|女儿|家里|老人)`).test(lower);
}

/** A warranty a maker extends or offers for its own goods (把保修期延长到十年, 扩大保修范围, 提供三年质保): its after-sales service — the plan's “产品+服务” — not a buyer's complaint. */
const OWN_WARRANTY = /(?:延长|扩大|放宽|增加|提供|承诺|推出)[^，。？！,?!]{0,3}(?:保修|质保)|(?:保修|质保)[^，。？！,?!]{0,4}(?:延长|扩大|放宽|增加)/;
export function warrantyOffered(lower: string, word: string): boolean {
  return /保修|质保/.test(word) && MAKER_NAMED.test(lower) && lower.split(/[，。？！,?!；;]/).filter((c) => c.includes(word)).every((c) => OWN_WARRANTY.test(c) && !/不|没/.test(c));
}

/**
 * A lesson told (地理课本上说…, 老师讲过…, 这道题问…) before the plan itself asked is where the question came from, not the school's notion asked:
 * the plan answers it — the plan named (规划里…, 这个规划, 十四五; not 城市规划, 职业规划), a name of three characters or more that it writes quoted
 * (“415”产业集群, “双核一带一廊”, “亩均论英雄”), or the province's own figures and aims in eight characters or more of the plan's wording
 * (浙江省规上工业亩均增加值, 浙江打造几个世界级先进制造业集群). (地理老师讲到飞地，世界上最有名的飞地有哪些 names none of these and stays the school's.)
 */
const PLAN_ITSELF = /(?<!城市|土地|国土|空间|职业|生涯|人生|学习|财务|旅游|交通|园林|建筑|时间)规划|十四五|先进制造业基地/;
const QUOTED_NAME = /[“"「『]([^”"」』]{3,16})[”"」』]/g;
const PROVINCE = /浙江|我省|全省|省里/;
const PLAN_WORDING = 8;
export function lessonOfThePlan(lower: string, word: string, lesson: boolean | undefined, planWrites: (text: string) => boolean): boolean {
  if (lesson !== true) return false;
  // (…nor is a lesson inside what the asker makes, however long its name — 我们是做课本上那种天文望远镜的: its market, as market says of shorter ones.)
  if (new RegExp(`(?:我们|咱们|俺们|厂|公司)(?:是|家|专门)?(?:做|生产|加工|制造)[^，。？！,?!]{0,12}?${escapeRegExp(word)}[^，。？！,?!]{0,12}?的`).test(lower)) return true;
  const wording = PROVINCE.test(lower) && (lower.match(/[\u4e00-\u9fff]+/g) ?? []).some((run) => [...run].some((_, i) => i + PLAN_WORDING <= run.length && planWrites(run.slice(i, i + PLAN_WORDING))));
  return PLAN_ITSELF.test(lower) || wording || [...lower.matchAll(QUOTED_NAME)].some((m) => planWrites(m[1]!));
}

/**
 * A firm's tax or fee said as its burden (增值税太高了, 环保税压力大, 房产税交不起) with relief asked (有啥减负政策, 减税降费, 降成本,
 * 降低企业负担): the plan's 减负降本 asked — the burden, not the tax office's filing. Taxes named together share the burden said after
 * the last (房产税和土地使用税加起来压力很大). Not a person's own (个税, 个人所得税, 工资的税, 年终奖的税, a 个体户's tax, the personal
 * income tax's topic) nor a transfer's (土地增值税, 契税 on selling premises), nor a household's when no firm is named (我家的房产税, 我的房产税交不起, 私家车的车船税).
 */
const BURDEN_SAID = /^(?:[和与及跟、][^，。？！,?!]{1,8}?(?:税|费))*[^，。？！,?!]{0,6}?(?:太高|太重|偏高|很高|高了|重了|负担重|负担大|负担|压力大|压力很大|吃不消|扛不住|交不起|顶不住)/;
const RELIEF_ASKED = /减负|减税|降费|降[^，。？！,?!]{0,2}成本|降低[^，。？！,?!]{0,4}(?:成本|负担)|减轻[^，。？！,?!]{0,4}负担|降负/;
const PERSONS_TAX = /个人|个税|工资|年终奖|稿费|劳务|个体|土地增值税|契税|过户/;
const PERSONAL_STORY = /我家|家里|自己家|自家|我的|个人|私家车|买房|卖房|住房|房子|工资|年终奖|稿费|劳务报酬|老公|老婆|个体/;
const FIRM = /厂|公司|企业|作坊|车间|制造|生产|加工/;
export function burdenOfTheFirm(lower: string, word: string, topic?: string): boolean {
  if (!/税|费/.test(word) || PERSONS_TAX.test(word) || topic === '个人所得税' || (PERSONAL_STORY.test(lower) && !FIRM.test(lower))) return false;
  return RELIEF_ASKED.test(lower) && occurrences(lower, word).some((at) => BURDEN_SAID.test(lower.slice(at + word.length)));
}
