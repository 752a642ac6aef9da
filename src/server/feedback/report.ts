/** The text of `npm run report`: what citizens ask that the plan does not answer, and what they found unhelpful. */
import type { QuestionCount } from './store.js';

const REASONS: Record<string, string> = {
  // The engine's refusal reasons (src/retrieval/scope.ts); an unknown one is shown as is.
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

function table(rows: QuestionCount[], notes: (row: QuestionCount) => string): string[] {
  if (rows.length === 0) return ['  （暂无）'];
  const width = String(rows[0]!.count).length;
  return rows.map((r) => {
    const extra = notes(r);
    return `  ${String(r.count).padStart(width)} 次  ${r.lastAt.slice(0, 10)}  ${r.question}${extra ? `  —— ${extra}` : ''}`;
  });
}

export function formatReport({ file, refused, unhelpful, since }: { file: string; refused: QuestionCount[]; unhelpful: QuestionCount[]; since?: string }): string {
  const scope = since ? `${since.slice(0, 10)} 以来` : '全部时间';
  return [
    `政策问答 · 问题报告（${file}，${scope}）`,
    '',
    `未能回答的问题（前 ${refused.length} 个，按次数）：`,
    ...table(refused, (r) => r.notes.map((n) => REASONS[n] ?? n).join('、')),
    '',
    `被标为“没帮助”的问题（前 ${unhelpful.length} 个，按次数）：`,
    ...table(unhelpful, (r) => r.notes.slice(0, 3).map((n) => `“${n.slice(0, 60)}”`).join(' ')),
    '',
  ].join('\n');
}
