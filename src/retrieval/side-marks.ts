/**
 * The words by which the scope gate (scope.ts) reads what a question asks beside the plan: a side question opened or pointing back, a
 * bare ask, whether measures reach the asker, the paperwork of an application. Pure patterns.
 */
import { ASKS_THE_PLAN } from './asked.js';
import { SIDE_OPENERS } from './clauses.js';

/** Whether measures reach the asker (能用到我身上吗, 能享受吗, 能不能给我用, 能不能领, 能不能拿, 能不能也去评, 这个算不算), or what the business must file or hold (办什么备案许可): for a trade outside manufacturing, asked as much as 补贴. */
export const APPLIES_TO_ASKER = /能领|能不能也?领|也能领|可以领|领得到|能不能拿(?![来去])|能拿(?:吗|不)|拿得到|(?:能不能|能|可以|可不可以)也?去?评|算不算|用到我|用得上|用得到|适用于?我|能享受|享受得到|轮得到|够得着|沾得上|有没有份|能不能(?:给|让)?(?:我们?|咱们?|俺们?)?用|(?:给|让)(?:我们?|咱们?|俺们?)用|能用吗|备案|许可|执照|证照|资质/;
/** What a person draws from another department: a subsidy, an allowance, relief, a reimbursement (残疾人生活补贴, 医保报销). */
export const REFERRAL_SUPPORT = /补贴|补助|津贴|救助|待遇|报销/;
/** The paperwork of an application (材料, 手续): a clause asking only for it (要带什么材料去哪里办) asks of the clause before. */
export const PAPERWORK = /^(材料|手续|资料|证明|证件|流程|窗口|表格|申请表)$/;
/** A sentence that opens on a side question (顺便问下, 还有, 另外, 此外, 对了). */
export const SIDE_ASK = new RegExp(`^(?:${SIDE_OPENERS})`);
/** A sentence opening so points back to the one before (是按发票的…, 那我想…, 这个…, 就是…): it goes on with that question, opens no side of its own. */
export const POINTS_BACK = /^(?:是|那|这|就是|还是|也就是|所以|因为|但|可)/;
/** An ask the asker says is not this one's, or is taken elsewhere (不问怎么报税, 我去问劳动部门). */
export const ASKED_ELSEWHERE = /不问|不是问|不用问|去问|自己问|问过了/;
/** A clause this short that asks (不知道找谁, 怎么办) asks of the clause before it. */
export const BARE_ASK_LENGTH = 6;
/** Whether the asker may apply for or enjoy what was asked before (…小厂能不能申请): asked of the plan. */
export const MAY_APPLY = /(?:能不能|可不可以|能否|可否)(?:申请|享受|评|报名?)[吗呢啊]?$|(?:能|可以)(?:申请|享受|评|报名?)(?:吗|么|不)$/;
/** An ask of a thing itself — its safety, its purchase, its repair (动力电池会不会爆炸, 3D打印材料哪里买, 哪个牌子好): a household's matter, whatever plan word names the thing. */
export const THING_ASKED = /会不会(?:爆炸|着火|起火|漏电|有毒|有辐射|伤人|坏)|安不安全|安全吗|危险吗|爆炸|着火|起火|辐射|有毒吗|(?:哪里|哪儿|在哪|去哪)(?:能|可以)?买|哪(?:个|家)牌子|什么牌子|好不好用|耐不耐用|坏了|(?:找谁|去哪|哪里|在哪)(?:能)?修/;
/** Only whether the thing just said counts (这个算不算, 这能不能算进去): a membership asked of what the clause before asks. */
export const POINTED_MEMBERSHIP = /^(那|那么)?(这个|这样|这种|这)(也)?(算不算|能不能算|能算吗|算吗|算是吗|属不属于|在不在里面)(进去|在内|里面|数)?(吗|呢)?$/;
/** A household's own want asked on the side (另外我家孩子上学有补贴吗): not a firm's question to the plan. */
export const HOUSEHOLD = /我家|家里|孩子|小孩|儿子|女儿|老婆|老公|爸|妈/;
/** An everyday word the engine read as a topic of the plan (技改 → 技术改造, 买设备 → 设备更新), not a bare ask read as one (补贴 → 奖励). */
export const everydayTopic = (text: string, synonymsApplied: readonly (readonly [string, readonly string[]])[], isTopic: (term: string) => boolean) =>
  synonymsApplied.some(([w, targets]) => text.includes(w.toLowerCase()) && !ASKS_THE_PLAN.test(w) && targets.some((x) => isTopic(x.toLowerCase())));
