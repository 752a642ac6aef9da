/**
 * Another place's own support asked: 江苏那边…的补贴咋申请 is that place's affair, not this plan's. Pure over the question's text.
 */
import { clausesOf } from './clauses.js';
import { presentIn } from './pair-index.js';
import { escapeRegExp } from '../regexp.js';

/** What another place gives (江苏那边的补贴, 安徽招商给什么补贴, 那边技改补多少), and this province's own side of a comparison (浙江, 省里, 规划). */
export const OTHER_SUPPORT = /补贴|补助|奖励|奖补|扶持|优惠|政策|申请|申报|标准|免税|减税|减免|所得税|税收|[免减]几年|返还|能返|返多少|返几|补多少|补几|能补|补不补/;
/** …or its own plan pointed back at (他们那边的制造业规划是怎么写的). */
const THEIR_PLAN = /(?:他们|人家)(?:那边|那里|当地)?的?[\u4e00-\u9fff]{0,4}?规划/;
const THEIR_PLAN_ALL = new RegExp(THEIR_PLAN.source, 'g');
/**
 * …or with 那边 alone (在湖南开了个分厂，那边的先进制造业补贴规划你晓得伐) when the place named nearest before it is another's — not this
 * province's (老家在安徽，厂在绍兴，那边的规划) nor where the asker's customers are (厂在台州，客户在江苏，当地的规划).
 */
const THERE_PLAN = /(?:那边|那里|当地)的[\u4e00-\u9fff]{0,8}?规划/g;
const CUSTOMERS_IN = /(?:客户|买家|经销商)(?:都|主要)?(?:在|是)$/;
/**
 * One of this province's places counts only where the asker is or goes (厂在绍兴, 搬到安吉, 回台州, 我们义乌当地, a question opening on it) — not
 * where workers, stock or peers come from or go with (工人从金华带过去, 原料从湖州进, 跟宁波的同行一起去), nor where one once worked (在杭州打工).
 */
const OWN_BEFORE = /(?:^(?:我们是|我们|咱们|俺们|我是)?|[在到回])$/;
const OWN_AFTER = /^(?!打工|上班|读书|上学|工作)/;
function theirPlansThere(lowerText: string, named: readonly string[], ownPlaces: readonly string[]): string[] {
  const nearest = (places: readonly string[], at: number, keep: (i: number, p: string) => boolean) => Math.max(-1, ...places.map((p) => [lowerText.lastIndexOf(p.toLowerCase(), at), p] as const).filter(([i, p]) => i >= 0 && keep(i, p)).map(([i]) => i));
  const notCustomers = (i: number) => !CUSTOMERS_IN.test(lowerText.slice(Math.max(0, i - 5), i));
  const located = (i: number, p: string) => { const after = lowerText.slice(i + p.length); return /^(?:当地|那边|那里)/.test(after) || (OWN_BEFORE.test(lowerText.slice(0, i)) && OWN_AFTER.test(after)); };
  return [...lowerText.matchAll(THERE_PLAN)].filter((m) => nearest(named, m.index!, notCustomers) > nearest(ownPlaces, m.index!, located)).map((m) => m[0]);
}
export const OWN_SIDE = /浙江|我省|省里|本省|规划|(?:我们|咱们)这(?![种样类些])|这边/;

/**
 * 江苏那边…的补贴咋申请: another place's own support asked in a clause that asks, nothing of this province or plan in it, is that
 * place's affair whatever plan words come with it (智能制造, 示范, 车间) — or in a clause pointing back at it (搬去越南，那边工业园区招商给啥
 * 税收优惠), or named with 那边 in a clause before the question, this province unsaid (盐城那边“智改数转”的补贴，…), or said by a firm that
 * is there (我们厂在安徽这边，智能化改造补贴怎么申请). 这边 right after another place (广东这边) is that place, not this province's side.
 * `asking`: the clauses that ask; `regions`: the other places the question names as such; `otherRegions`: all of them; `ownPlaces`: this
 * province's places, lowercased.
 */
export function othersSupportAsked(lowerText: string, asking: readonly string[], regions: readonly string[], otherRegions: readonly string[], ownPlaces: readonly string[] = []): boolean {
  // 广东这边, 安徽这边: another place said with 这边 is that place (the asker is there), not this province's side.
  // (This province's side: 浙江, 规划…; for a firm that says it is there, also one of the province's places named — 搬到平湖, 老家是丽水的.)
  // (…nor is another place's own plan, 宿州那边的产业规划: its 规划 is not this plan.)
  const named = namedIn(lowerText, otherRegions);
  const here = lowerText.includes('这边') ? named.filter((r) => lowerText.includes(`${r}这边`)) : [];
  // (…nor, another place named, its plan pointed back at: 他们那边的制造业规划是怎么写的.)
  const there = named.length > 0 ? theirPlansThere(lowerText, named, ownPlaces) : [];
  const theirs = (c: string) => (named.length > 0 ? there.reduce((x, m) => x.replaceAll(m, ''), c.replace(THEIR_PLAN_ALL, '')) : c);
  // (…nor this province said as where the asker's firm came from, 从浙江过去投资的厂: the side asked is still the other place's.)
  const ownSide = (c: string) => OWN_SIDE.test(theirs(named.reduce((x, r) => x.replace(new RegExp(`${r}(?:那边|那里|当地)?的?[\\u4e00-\\u9fff]{0,4}?规划`, 'g'), ''), here.reduce((x, r) => x.replaceAll(`${r}这边`, ''), named.length > 0 ? c.replace(FROM_HERE, '，') : c))));
  const ownSideOrPlace = (c: string) => ownSide(c) || ownPlaces.some((p) => c.includes(p));
  // (A move there, 把厂搬过去有啥补贴, is to the other place named — not to one of this province's places said after it: 我们在上海有厂，
  // 打算把厂搬过去平湖有啥补贴.)
  const movesThere = (c: string) => { const at = c.search(MOVES_THERE); return at >= 0 && !ownPlaces.some((p) => c.slice(at).includes(p)); };
  // (政府那边 is this province's side — not where the asker's firm is in the other place named, 厂搬到越南去了, 我们公司在上海: that place's,
  // unless it is here too, 厂在江苏，现在搬到湖州了.)
  // (…nor where the firm is here as well, 想在嘉兴建新厂, 打算搬回湖州, 生产放在嘉善, nor where going abroad is what is asked, 国内政府那边对走出去有啥扶持.)
  const sideAsked = (c: string) => (firmElsewhere(lowerText, named, ownPlaces) && !HOME_SIDE.test(c) ? c : c.replace(GOVERNMENT_SIDE, ''));
  return (
    asking.some((c) => (regions.some((r) => c.includes(r.toLowerCase())) || here.some((r) => c.includes(`${r}这边`)) || ((/那边|那里|那儿|当地|他们那/.test(sideAsked(c)) || movesThere(c)) && named.length > 0)) && (OTHER_SUPPORT.test(c) || THEIR_PLAN.test(c) || there.some((m) => c.includes(m))) && !ownSide(c)) ||
    (!ownSide(lowerText) && clausesOf(lowerText).some((c) => regions.some((r) => c.includes(r.toLowerCase() + '那边')) && OTHER_SUPPORT.test(c))) ||
    // 江苏省的专精特新企业培育办法里，对小巨人有啥奖励: the place's own policy named to place the ask that follows in it — not when that ask
    // names this province's side (比起江苏省的扶持政策里，咱浙江对小巨人有啥奖励: the other place is what it is compared with).
    clausesOf(lowerText).some((c, i, all) => regions.some((r) => c.includes(r.toLowerCase())) && (PLACES_THE_ASK.test(c) || TREATS_INCOMERS.test(c)) && !ownSide(c) && asking.includes(all[i + 1] ?? '') && OTHER_SUPPORT.test(all[i + 1]!) && !ownSide(all[i + 1]!)) ||
    (!ownSideOrPlace(lowerText) && here.some((r) => new RegExp(`(我|我们|咱们|俺|厂|公司)(厂|公司|工厂)?(现在|目前|一直|就)?在${r}这边`).test(lowerText)) && asking.some((c) => OTHER_SUPPORT.test(c))) ||
    homeElsewhere(lowerText, asking, named, ownPlaces)
  );
}

/** The government asked as a side (政府那边是提倡…的吗, 你们那边, 上面那边): the one asked, not another place's — unless said as theirs (当地政府那边). */
const GOVERNMENT_SIDE = /(?<!当地|他们|她们|人家)(?:政府|部门|官方|上面|上头|你们)那边/g;
/** The asker's firm in a place (我们在墨西哥建了个厂, 我们厂在江苏昆山, 厂子搬到江西了, 我们是江苏的企业) — not its customers there (客户在美国). */
const firmThere = (place: string, r = escapeRegExp(place)) => new RegExp(`(?:(?:我|我们|咱|咱们|俺|俺们)(?:厂|公司|工厂|企业)?|厂|厂子|工厂|公司|企业|分厂)(?:现在|目前|一直|就|都)?(?:在|设在|开在|建在|落在|注册在|落户在?|搬到|迁到|搬去|迁去)${r}|(?:搬|迁)(?:到|去)${r}|(?:我|我们|咱们|俺们)(?:是|都是)${r}(?:那边)?的(?:企业|公司|厂|工厂|厂家)`);

/** …or one of this province's places said as where it is or goes (想在嘉兴建新厂, 在宁波有工厂, 搬回湖州, 生产放在嘉善) — not customers' or a home town (客户在宁波, 老家在丽水). */
const placedHere = (place: string, r = escapeRegExp(place)) => new RegExp(`(?<!(?:客户|买家|经销商|供应商|同行|老家|亲戚|朋友)[都主要也]{0,2})(?:在|到|回|来)${r}[^，。？！,?!]{0,6}?(?:厂|车间|基地|公司|生产|建|开|办|设|投资|落户)|(?:搬|迁)(?:回|到|来)${r}|(?:生产|工厂|厂|车间|基地|产线)[^，。？！,?!]{0,4}?在${r}`);
/** The side asked that is this province's whatever place the firm is in: going abroad (国内政府那边对走出去有啥扶持, 出海, 境外). */
const HOME_SIDE = /国内|走出去|出海|境外|海外|回国/;

/** Whether the asker's firm is in another place named (我们在三门峡做铝材的, 厂搬到越南去了): that place's firm — unless it is here too. */
// (…a place of the province's own, not one inside the other's name: 三门 of 三门峡.)
export const firmElsewhere = (lowerText: string, otherRegions: readonly string[], ownPlaces: readonly string[] = [], named = namedIn(lowerText, otherRegions)): boolean => named.some((r) => firmThere(r).test(lowerText)) && !ownPlaces.some((p) => !named.some((r) => r.includes(p)) && (firmThere(p).test(lowerText) || placedHere(p).test(lowerText)));

/** This province as where a firm came from (从浙江过去投资的厂, 浙江搬过去的企业). */
const FROM_HERE = /从?(?:浙江|我省|本省)(?:搬|迁)?过去/g;
/** A move told (把厂搬过去, 迁过去). */
const MOVES_THERE = /(?:搬|迁)过去/;

/** …or in the place's treatment of firms like the asker's (江西那边对我们这种从浙江过去投资的厂，设备补贴怎么申请). */
const TREATS_INCOMERS = /(?:那边|那里|当地)对(?:我们|咱们|外地|外省|外来)[^，。？！,?!]*$/;
/** A clause ending in a policy, as where the next clause's ask is (…培育办法里, …政策中). */
const PLACES_THE_ASK = /(政策|办法|规定|文件|规划|方案|条例|细则)(里|中|上|里面|当中)$/;

/** Whether this plan reaches the asker (能享受吗, 也照这个来吗, 适用吗). */
const REACHES = /能享受|享受得到|享受不|能不能享受|也照这个|也照着|照这个来|适用吗|适不适用|能用吗|能不能用|(?:能|可以)(?:申请|申报)|能不能(?:申请|申报)|可不可以(?:申请|申报)/;
/** …a business of the asker's in this province told besides (浙江也有厂, 在嘉兴还有个厂), or to be brought here (准备搬到浙江, 想来浙江投资建厂). */
const HERE_TOO = /(浙江|省内|本省)[^，。？！,?!]{0,6}(也有|还有|有个|有家|开了|办了)|(也|还)在浙江|(搬|迁|落户|来|回)(到|来|回)?(浙江|省内|本省)|(搬|迁)过来/;

/**
 * 我在江西玉山开了个炒南瓜子的厂…我在玉山能享受吗: the asker's only business is in another province, and what is asked is whether this
 * plan's measures reach it there — that province's firm, not this plan's question (not a branch, nor a business here told besides).
 */
function homeElsewhere(lowerText: string, asking: readonly string[], named: readonly string[], ownPlaces: readonly string[]): boolean {
  if (!asking.some((c) => REACHES.test(c)) || HERE_TOO.test(lowerText)) return false;
  // (Any of this province's places named, 嘉兴总厂, or a branch told, 开了个分厂: a business here too — not one named only as near,
  // 我们厂在福建寿宁…离庆元不远, nor only as what is applied for, 我们厂在福建政和…能申请山区26县的政策吗.)
  if (ownPlaces.some((p) => !nearOnly(lowerText, p) && !appliedFor(lowerText, asking, p)) || /分厂|分公司|子公司/.test(lowerText)) return false;
  // (…said as where the firm is, 公司在江苏昆山, 我们在福建福鼎, 我们是江苏的企业 — not with one there besides, 我们在江苏也有个厂.)
  return named.some(
    (r) =>
      new RegExp(`(?:^|[，,。\\s])(?:我|我们|咱们|俺)(?:家)?(?:现在|目前|一直|就)?在${r}[^，。？！,?!]{0,8}?(?:开|办|建)(?:了)?(?:个|一个|家|一家)?[^，。？！,?!]{0,8}(?:厂|工厂|公司|作坊)`).test(lowerText) || new RegExp(`(?:我|我们)(?:的|家)?(?:厂|工厂|公司)(?:现在|目前|一直|就)?(?:开)?在${r}`).test(lowerText) ||
      (firmThere(r).test(lowerText) && !new RegExp(`${escapeRegExp(r)}[^，。？！,?!]{0,6}(?:也|还)(?:有|开|办|建)`).test(lowerText)),
  );
}

/** A place of this province named only after the ask of whether the plan reaches the asker (能申请山区26县的政策吗, 能享受宁波的补贴吗): what is asked, not where the firm is. */
const appliedFor = (lowerText: string, asking: readonly string[], place: string): boolean =>
  asking.some((c) => { const m = REACHES.exec(c); return m !== null && c.slice(m.index).includes(place) && !lowerText.replace(c, '').includes(place); });

/** A place named only as what the asker is near (离淳安没多远, 靠近衢州, 挨着庆元那边). */
const nearOnly = (lowerText: string, place: string, r = escapeRegExp(place)): boolean =>
  lowerText.includes(place) && !new RegExp(`(?<!(?:离|靠近|挨着|邻近|紧邻|紧挨着?|跟|和|与))${r}(?!(?:那边|这边)?(?:旁边|隔壁|边上|附近|不远|没多远|很近|交界))`).test(lowerText);

/** The other places a lower-cased text names, lower-cased, in the list's order (pair-index.ts). */
const namedIn = (lowerText: string, otherRegions: readonly string[]): string[] =>
  presentIn(otherRegions, (r) => r.toLowerCase(), lowerText).map((r) => r.toLowerCase()).filter((r) => lowerText.includes(r));
