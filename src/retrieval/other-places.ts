/**
 * Another place's own support asked: 江苏那边…的补贴咋申请 is that place's affair, not this plan's. Pure over the question's text.
 */
import { clausesOf } from './clauses.js';

/** What another place gives (江苏那边的补贴, 安徽招商给什么补贴), and this province's own side of a comparison (浙江, 省里, 规划). */
export const OTHER_SUPPORT = /补贴|补助|奖励|奖补|扶持|优惠|政策|申请|申报|标准|免税|减税|减免|所得税|税收|[免减]几年/;
export const OWN_SIDE = /浙江|我省|省里|本省|规划|我们这|咱们这|这边/;

/**
 * 江苏那边…的补贴咋申请: another place's own support asked in a clause that asks, nothing of this province or plan in it, is that
 * place's affair whatever plan words come with it (智能制造, 示范, 车间) — or in a clause pointing back at it (搬去越南，那边工业园区招商给啥
 * 税收优惠), or named with 那边 in a clause before the question, this province unsaid (盐城那边“智改数转”的补贴，…), or said by a firm that
 * is there (我们厂在安徽这边，智能化改造补贴怎么申请). 这边 right after another place (广东这边) is that place, not this province's side.
 * `asking`: the clauses that ask; `regions`: the other places the question names as such; `otherRegions`: all of them.
 */
export function othersSupportAsked(lowerText: string, asking: readonly string[], regions: readonly string[], otherRegions: readonly string[]): boolean {
  const ownSide = (c: string) => OWN_SIDE.test(regions.reduce((t, r) => t.replaceAll(`${r.toLowerCase()}这边`, ''), c));
  return (
    asking.some((c) => (regions.some((r) => c.includes(r.toLowerCase())) || (/那边|那里|那儿|当地|他们那/.test(c) && otherRegions.some((r) => lowerText.includes(r.toLowerCase())))) && OTHER_SUPPORT.test(c) && !ownSide(c)) ||
    (!ownSide(lowerText) && clausesOf(lowerText).some((c) => regions.some((r) => c.includes(r.toLowerCase() + '那边')) && OTHER_SUPPORT.test(c))) ||
    (!ownSide(lowerText) && regions.some((r) => new RegExp(`(我|我们|咱们|俺|厂|公司)[^，。？！,?!]{0,4}在${r.toLowerCase()}这边`).test(lowerText)) && asking.some((c) => OTHER_SUPPORT.test(c)))
  );
}
