/**
 * Fixed Chinese texts a citizen reads. Kept together so wording is reviewed in one place.
 * None contains a figure except the 12345 hotline in refusals.
 */
import type { RefusalReason } from '../retrieval/scope.js';

const CAN_ANSWER =
  '我可以回答《浙江省全球先进制造业基地建设“十四五”规划》中的内容，例如发展目标和指标、重点产业、区域布局、创新和人才、融资支持、数字化改造、绿色低碳、营商环境，以及适用于各类企业的支持措施。';
const HOTLINE = '其他政务问题请拨打12345政务服务便民热线咨询。';

/**
 * The hotline as answers name it when the plan does not give what was asked. It is where to ask, not a claim
 * about the plan: number-grounding checks skip exactly this.
 */
export const HOTLINE_REFERENCE = /12345(?=政务服务便民热线)/g;

export const REFUSALS: Record<Exclude<RefusalReason, 'referral'>, string> = {
  no_evidence: `抱歉，规划中没有涉及这个问题，我无法根据规划作答。${CAN_ANSWER}${HOTLINE}`,
  no_question: `您好，请输入您想了解的具体问题。${CAN_ANSWER}${HOTLINE}`,
  instruction_override: `抱歉，我只能依据规划原文回答问题，不能更改回答规则。${CAN_ANSWER}${HOTLINE}`,
  not_plan_question: `抱歉，我只提供规划内容的查询，不提供闲聊、写作、翻译等其他服务。${CAN_ANSWER}${HOTLINE}`,
  other_region: `抱歉，本规划是浙江省的制造业规划，不涉及其他省份或国家的政策，相关政策请向当地有关部门咨询。${CAN_ANSWER}${HOTLINE}`,
  other_plan: `抱歉，您问的是另一份规划或文件，我只能解答《浙江省全球先进制造业基地建设“十四五”规划》的内容，其他规划请查阅其原文或拨打12345政务服务便民热线咨询。${CAN_ANSWER}`,
};

/** Another department's affair: say so, and who handles it. */
export function referralRefusal({ topic, department, hotline }: { topic?: string; department: string; hotline: string }): string {
  const call = hotline === '12345' ? '可拨打12345政务服务便民热线咨询' : `可拨打${hotline}咨询，或拨打12345政务服务便民热线`;
  return `抱歉，规划中没有涉及这个问题。${topic ? `${topic}方面的事项` : '此类事项'}由${department}办理，${call}。${CAN_ANSWER}`;
}

/** The refusal a citizen reads for a scope decision. */
export function refusalFor(reason: RefusalReason, referral: { topic: string; department: string; hotline: string } | null): string {
  if (reason === 'referral' && referral) return referralRefusal(referral);
  return REFUSALS[reason === 'referral' ? 'no_evidence' : reason];
}

/**
 * Said after the answer when the question also asked what the plan does not cover (…还有遇到问题往哪投诉):
 * each such part once, and who handles it when known.
 */
export function setAsideNote(parts: readonly { label: string; department: string | null }[]): string {
  const labels = [...new Set(parts.map((p) => p.label))];
  const department = parts.find((p) => p.department)?.department;
  return `规划没有就${labels.join('、')}作出具体规定，${department ? `此类事项由${department}办理，` : ''}可拨打12345政务服务便民热线咨询。`;
}

export const LIST_INTRO = '规划中与此相关的主要措施有：';

/** The key-indicator table's place, said beside a target the text does not give. */
export const INDICATOR_IMAGE = '（规划所附关键指标表在公开文本中以图片发布，未包含在正文里）';
/** A target asked that the text does not give: what follows is the plan's goal (总体目标 or 相关目标), and the baseline when one is quoted. */
export const targetNotGiven = (table: boolean, goal: string, baseline = true): string =>
  `规划正文没有给出这一项到规划期末的目标数值${table ? INDICATOR_IMAGE : ''}。下面是规划的${goal}${baseline ? '，以及“十三五”期末的基础情况（不是目标）' : ''}：`;

export const INDICATOR_TABLE_NOTE =
  '规划所附“全球先进制造业基地建设关键指标”表在公开文本中以图片形式发布，未包含在可检索的正文里，表中各项指标的数值请查阅规划原件。';


export const NO_MATCH_MESSAGE =
  '规划中没有找到专门针对您所填情况的措施。您可以换个说法描述行业或需求，或拨打12345政务服务便民热线咨询适用的政策。';

export const OUTSIDE_MANUFACTURING_MESSAGE = (business: string) =>
  `本规划是制造业发展规划，没有针对${business}等非制造业经营者的措施。相关扶持政策请咨询当地主管部门，或拨打12345政务服务便民热线。`;
