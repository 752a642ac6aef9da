/**
 * Another plan or document than this one named in a question (浙江省教育事业发展十四五规划, 《…条例》, “十五五”规划, another 文号) — and
 * the ways people name this plan that are not another (省里十四五规划, 翻浙江制造业那个十四五规划, 规划里提到《…》 the plan cites). Pure.
 */
import { documentNumbers } from './asker.js';

/**
 * Another plan named outright: a title in 《》, or a topic with its period (教育事业发展“十四五”规划,
 * 数字经济发展十四五规划). "产业规划" or "规划里" alone is how people refer to this plan.
 */
const NAMED_PLAN = /《([^》]{2,40})》|([\u4e00-\u9fa5]{2,16}?)(?:事业)?(?:发展)?[“"]?(?:十四五|十三五|十五五|“十四五”)[”"]?(?:规划|纲要)|(?:十四五|“十四五”)[”"]?([\u4e00-\u9fa5]{2,16}?)(?:规划纲要|发展纲要|纲要)/g;
/** A national body's own action plan or guidance (国务院的碳达峰行动方案, 工信部的…指导意见): another document. */
const NATIONAL_DOCUMENT = /(?:国务院|国家|工信部|工业和信息化部|国家发改委|发改委)[^，。？！,?!\s]{0,3}?(?:的|出台的|发的|印发的)?[“"《]?[\u4e00-\u9fa5]{2,14}(?:行动方案|实施方案|指导意见)/;
/** A demonstration zone's own plan or programme (共同富裕示范区实施方案, 共富示范区方案, 一体化示范区总体方案): another document. */
const ZONE_DOCUMENT = /示范区(?:的|建设)?(?:总体方案|实施方案|建设方案|行动方案|方案|实施意见|意见|条例)/;
/** …this plan asked beside it by its topic too (制造业规划里提到共同富裕示范区, 先进制造业基地规划中): the plan named as people name it. */
const THIS_PLAN_BY_TOPIC = /(?:制造业|制造业基地|基地建设)[”"]?(?:的|这个|那个)?规划(?:里|中|上|提到|提出|说)/;
/** The nation's own five-year plan or outline named by its period alone (国家的十四五规划, 全国“十四五”规划纲要, 中央那个十四五规划). */
const NATIONAL_OUTLINE = /(?:国家|全国|中央)(?:的|层面的?|那个|这个|出台的|发布的)?[“"]?十四五[”"]?(?:规划|纲要)/;
/** A national plan named with its topic after the period (国家那个十四五智能制造发展规划, 工信部“十四五”原材料工业发展规划). */
const NATIONAL_PLAN = /(?:国家|全国|国务院|工信部|工业和信息化部)[^，。？！,?!\s]{0,4}?[“"]?十四五[”"]?([\u4e00-\u9fa5]{2,12}?)(?:发展)?规划/;
/**
 * A plan of a later five-year period, named as a plan. 十三五 is this plan's starting point (它的发展基础):
 * 十三五规划 is asked about in comparison with it.
 */
const OTHER_PERIOD = /[“"]?(十五五|十六五)[”"]?(时期)?[^，。？！,?!]{0,8}?(规划|纲要)/;
/** The asker's office named before a colon (区法院破产庭：, 县“十五五”规划编制组核对：): who asks. */
export const OFFICE_HEADING = /(庭|局|院|所|办|科|处|室|中心|站|队|委|组)(核对|核实|校对|查询|查)?$/;
/** A lookup of the plan's own text (查…原文, 出自哪条, 全称, 条目号). */
export const LOOKUP = /原文|出自|条目|条款|表述|哪一?条|全称/;
/**
 * 县“十五五”规划编制组核对：该规划…全称…出自哪条: the later plan named only in the asker's office before the colon of a lookup of this plan's
 * text is who asks (a drafting team, a bureau's section), not the plan asked.
 */
function inOfficeHeading(text: string, at: number): boolean {
  const colon = text.search(/[：:]/);
  if (colon < 0 || at > colon) return false;
  const [heading, rest] = [text.slice(0, colon), text.slice(colon + 1)];
  return heading.length <= 20 && OFFICE_HEADING.test(heading) && LOOKUP.test(rest) && !OTHER_PERIOD.test(rest);
}
/** A run of the title this long (先进制造业基地, 全球先进制造业) is its name, not a topic it shares. */
const TITLE_RUN = 6;

/**
 * The topic ends with a run of the title's text, TITLE_RUN characters or more, with nothing before it but this province's name and
 * the story (刷到个浙江全球先进制造业基地…): a name before the run (江苏, 杭州, 长三角, 江苏省) makes it another place's plan.
 */
function endsWithTitle(topic: string, title: string): boolean {
  for (let from = 0; from <= topic.length - TITLE_RUN; from++) {
    if (!title.includes(topic.slice(from))) continue;
    const before = topic.slice(0, from).replace(/(浙江省?|省里|全省|我省|咱省|咱们省|本省)$/, '');
    return before === '' || STORY_END.test(before);
  }
  return false;
}

/** The plan said to cite a document named after it (规划里提到《…》, 规划中引用的《…》), or asked which part does (哪一条提到了《…》). */
const CITED_BY_THE_PLAN = /(规划(里|中|上)?(面)?|哪一?(条|段|款|部分|处|章|节)(里|中)?)(提到|提及|提了|写到|写了|说到|讲到|引用|引用了|引了|所说的|说的|提的)了?(的)?$/;

/** …asked which part mentions it (哪一条提到了): of this plan only when no other document is named before (杭州…实施意见里，哪一条提到了…). */
const WHICH_PART = /哪一?(条|段|款|部分|处|章|节)(里|中)?(提到|提及|提了|写到|写了|说到|讲到|引用|引用了|引了|所说的|说的|提的)了?(的)?$/;
const OTHER_DOCUMENT = /意见|文件|条例|办法|方案|通知|纲要|政策|《/;

/** What ends the story before a plan's name (刷到个, 看到的, 说了, 这份): no place's name ends so. */
const STORY_END = /[个的了到这那份本是说讲看过条]$/;

/** A plan of the period named with its topic after it and another place before (江苏自己的“十四五”制造业规划). */
const PLACED_PLAN = /([\u4e00-\u9fa5]{2,12}?)[“"]?(?:十四五|十三五)[”"]?[\u4e00-\u9fa5]{0,10}?(?:规划|纲要)/g;

/** The province's eleven cities. */
const CITIES = /杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水/;

/**
 * A city of the province said as the body that made a plan or policy — 市 after its name, or 自己/本地 or a verb of issuing before the
 * document (宁波市十四五制造业规划, 宁波自己的制造业规划, 杭州市政府出台的…政策) — not the city asked of in this plan (宁波市在规划里…), nor
 * a city's office asking (台州市发改委产业处核稿：规划…).
 */
const CITY_PLAN = new RegExp(`(?:${CITIES.source})${/(?:市(?![场民])(?:政府|里)?(?:自己|本地|当地)?(?:出台|发布|制定|印发|编制)?了?的?|(?:市政府|市里)?(?:自己|本地|当地)的|(?:市政府|市里)?(?:出台|发布|制定|印发|编制)了?的)(?:那个|这个|那份|这份)?[“"]?(?:十四五)?[”"]?[^\s在对于和跟与里中委局厅办处团部企厂司们能想有享申按搞要，。？！,?!：:；;]{0,10}?(?:规划|政策|实施意见|方案)(?![局院处所科馆室])/.source}`);
/** This plan named or asked of (这个规划, 规划里). */
const THIS_PLAN_ASKED = /这个规划|这份规划|本规划|(?:^|[，,。？！?!\s])规划(?:里|中|上)/;
const PROVINCE_ASKED = new RegExp(`${/省里|省级|全省|浙江|咱们?省|我省|本省/.source}|${THIS_PLAN_ASKED.source}`);
/** …and the province's plan itself asked after the nation's (国家十四五规划提出…，咱们浙江这个规划里…): the nation's plan was only told. */
const PROVINCE_PLAN_ASKED = new RegExp(`${/(?:省里|省的|咱们?省|我省|本省|浙江)[^，。？！,?!]{0,12}?规划/.source}|${THIS_PLAN_ASKED.source}`);
/** …or this plan's basis asked (这个规划是根据国家十四五规划编的吗). */
const BASIS_BEFORE = /(?:根据|依据|按照|编制|落实|贯彻)[^，。？！,?!]{0,12}$/;
/** 宁波市规划里是啥定位: the city, then this plan — the city asked of in it. */
const CITY_IN_PLAN = new RegExp(`^(?:${CITIES.source})市规划$`);

export function namesOtherPlan(text: string, title: string, documentNumber: string | null = null, citedByThePlan: (name: string) => boolean = () => false, otherRegions: readonly string[] = []): string | null {
  // 江苏自己的“十四五”制造业规划里…: another place's plan, whatever topic it shares with this one.
  for (const match of text.matchAll(PLACED_PLAN)) { const owner = match[1]!.replace(/(?:省|市|区|县)?(?:自己|本地|当地|那边|这边)?的?(?:那个|这个|那份|这份)?$/, ''); if (otherRegions.some((r) => owner.endsWith(r))) return match[0]; }
  // 宁波市十四五制造业规划, 杭州市出台的数字经济政策: a city of this province's own plan or policy is another document too.
  // (…unless the province's plan is asked after it: 听说宁波市出台了个数字化政策，省里规划里有没有.)
  const cityPlan = CITY_PLAN.exec(text);
  const afterCity = cityPlan ? text.slice(cityPlan.index + cityPlan[0].length) : '';
  if (cityPlan && !PROVINCE_ASKED.test(afterCity) && !(CITY_IN_PLAN.test(cityPlan[0]) && /^[里中上]/.test(afterCity))) return cityPlan[0];
  // 十四五规划纲要: the province's outline this plan was written from — another document, unless asked as this plan's basis (根据…纲要).
  const outline = /十四五[”"]?(?:规划)?纲要/.exec(text);
  if (outline && !/(根据|依据|按照|引用|提到|编制)[^，。？！,?!]{0,12}$/.test(text.slice(0, outline.index))) return outline[0];
  // A later period's plan is another plan whatever its topic (“十五五”规划).
  const period = OTHER_PERIOD.exec(text);
  if (period && !inOfficeHeading(text, period.index)) return period[0];
  // 浙政发〔2022〕5号文件的印发日期: another document named by its number, however its brackets are typed.
  const digitsOf = (number: string) => (number.match(/\d+/g) ?? []).join('-');
  const numbers = documentNumbers(text);
  if (documentNumber && numbers.length > 0 && !numbers.some((n) => digitsOf(n) === digitsOf(documentNumber))) return numbers[0]!;
  // 国家那个十四五智能制造发展规划: the nation's plan of a topic, its name after the period — not this one, whatever it shares.
  const national = NATIONAL_PLAN.exec(text);
  if (national && !title.includes(national[1]!) && ![...national[1]!].every((ch) => title.includes(ch))) return national[0];
  // 国家的十四五规划里制造业目标是多少: the nation's own five-year plan, named with no topic of its own.
  const nationalOutline = NATIONAL_OUTLINE.exec(text);
  if (nationalOutline && !BASIS_BEFORE.test(text.slice(0, nationalOutline.index)) && !PROVINCE_PLAN_ASKED.test(text.slice(nationalOutline.index + nationalOutline[0].length))) return nationalOutline[0];
  const nationalDocument = NATIONAL_DOCUMENT.exec(text);
  if (nationalDocument) return nationalDocument[0];
  // 共富示范区方案, 长三角一体化示范区的总体方案: a zone's own document — the plan names the zones, never their plans — unless this plan is
  // asked beside it (规划里对共同富裕示范区…).
  const zoneDocument = ZONE_DOCUMENT.exec(text);
  if (zoneDocument && !THIS_PLAN_ASKED.test(text) && !THIS_PLAN_BY_TOPIC.test(text)) return zoneDocument[0];
  for (const match of text.matchAll(NAMED_PLAN)) {
    // 规划里提到《浙江省民营企业发展促进条例》那一段: a document the plan itself cites (its text holds the name), asked where the plan cites
    // it, is the plan asked — not one the plan never names (规划里说的《中国制造2025》).
    const before = text.slice(0, match.index);
    if (match[1] !== undefined && CITED_BY_THE_PLAN.test(before) && citedByThePlan(match[0]) && !(WHICH_PART.test(before) && OTHER_DOCUMENT.test(before))) continue;
    const topic = (match[1] ?? match[2] ?? match[3]!)
      // What comes before the plan's topic is who asks and whose plan it is (想问下省里十四五规划, …小厂老板想知道十四五规划, 想问浙江这个…规划, 请问咱们省
      // 十四五规划): a plan of the province with no topic of its own is how people name this one.
      .replace(/^.*(问下|问一下|请问|想问|问问|咨询下|咨询一下|了解下|了解一下|想知道|想了解|想打听|打听下|打听一下|请教下|请教一下|看看|查查|关于|按照|根据|对照|省里|省内|咱们省|咱省|我省|本省|全省)/, '')
      // (…a verb of asking, knowing or looking said with its own tail — 想知道一下, 打听打听, 了解了解, 问一问, 查一下, 看一下, 找找, 晓得 —
      // and the asker's own province, 咱浙江, 我们浙江, 阿拉浙江.)
      .replace(/^.*(知道|了解|打听|请教|咨询|晓得|问|(?<![调抽检审核复巡排])查|看|找|翻)(一下|一问|一查|一看|一找|下|了解|打听|问|查|看|找)?(?=$|咱|我|俺|阿拉|浙江|省)/, '')
      .replace(/^(一下|一问|下|点)/, '')
      .replace(/^(咱们|咱|我们|俺们|阿拉|我)(的)?(?=浙江|省|$)/, '')
      // (翻了下浙江制造业那个…: a reading verb ends the story only right before this province's name — not 查 of 调查, 抽查.)
      .replace(/^.*(翻|刷|看|读|查)(了|到|开|过)?(一下|下)?(?=浙江)/, '')
      .replace(/^(浙江省|浙江|省|国家|全国|市|我省)/, '')
      // (孙子作业要查这个十四五规划: a verb of reading or asking right before the demonstrative ends the story — nothing names another
      // plan; not after 了, 过 or 到, which a body's own plan follows: 宁波市出台了那个十四五规划, 省教育厅发了那个.)
      .replace(/^.*[查看问读学写讲说用提翻刷](这个|那个|这份|那份|这本|那本)$/, '')
      // (浙江制造业那个十四五规划: a demonstrative before the plan's name points at it.)
      .replace(/(的|里|中|上|那个|这个|那份|这份|那本|这本)$/, '')
      .replace(/[“”"]|十四五|规划$/g, '');
    if (topic.length < 2) continue;
    // 本规划, 这个规划, 规划里: ours. A topic word of our own title is ours too (先进制造业, 制造业基地).
    if (/^(本|这个|这份|该|此|那个|整个|你们的?|这)/.test(topic) || title.includes(topic) || [...topic].every((ch) => title.includes(ch))) continue;
    // 刷到个浙江全球先进制造业基地十四五规划: the title said nearly whole ends the topic — what comes before it is the story
    // (a place named right before it, 江苏先进制造业基地…, makes it that place's plan: endsWithTitle).
    if (endsWithTitle(topic, title)) continue;
    return match[0];
  }
  return null;
}
