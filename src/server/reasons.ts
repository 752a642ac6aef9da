/** The engine's stable codes in the words staff read: refusal reasons (src/retrieval/scope.ts, src/answer) and answer modes. */

/** An unknown reason is shown as is. */
export const REASONS: Record<string, string> = {
  no_evidence: '规划中没有依据',
  referral: '属其他部门职责',
  other_region: '其他地区的政策',
  other_plan: '其他规划或文件',
  not_manufacturing: '非制造业经营者',
  no_question: '不是问题',
  not_plan_question: '非规划查询（写作、翻译等）',
  instruction_override: '试图改变回答规则',
  unknown: '未注明',
};

export const MODES: Record<string, string> = { extractive: '原文摘录', llm: '大模型改写', curated: '标注回复' };
