/**
 * The words of a follow-up that only ask (咋领, 补多少, 找谁, 超了咋办): no topic of its own, so it asks of the last one's. Pure.
 */

/** The bare verbs of getting or doing that only ask (找, 领, 超, 补…): one list for both readings below. */
const ASKING_VERBS = '[找领超补批办拿评进]';

/**
 * A word that asks (哪几个, 哪些, 什么, 多少, 咋领, 怎么弄, 找谁), or asks only the cost or the way of applying (要收费吗, 去哪申请), or a bare
 * verb of getting or doing (找, 领, 超, 补, 批, 办, 拿, 评, 进), said with what it gets to (拿到, 领得到 cut 领|得到, 批下来, 评得上,
 * 能批, 好批; 那领 of 那领多少, jieba's glue).
 */
export const QUESTION_WORD = new RegExp(`^(?:哪|什么|啥|多少|几(?=[家个所座项条批年成]$)|咋|怎么|如何|找谁)|^(?:不|收费|费用|花钱|钱|交|交钱|交费|申请|申报|办理|手续|材料|流程|得到|(?:那|能|好)?${ASKING_VERBS}(?:到|得|得到|不到|下来|得下来|不下来|上|得上|不上)?)$`);

/**
 * A bare verb that only asks (补 of 补多少, 超 of 超了咋办, 领 of 咋领, 评 of 怎么评): in a follow-up it looks nothing up — at full weight it chose
 * the plan's 补链, 超重力, 超级计算, 评估 over the last topic.
 */
export const BARE_ASKING_VERB = new RegExp(`^${ASKING_VERBS}$`);
/** …so it weighs as an old topic does. */
export const BARE_ASKING_VERB_WEIGHT = 0.1;

/**
 * Whether a follow-up names a topic of its own by a word the synonym table reads as the plan's (那标准地咋拿: 标准地 → 工业用地, cut
 * 标准|地, common words of the plan) — a word that does not only ask, read as a topic the plan writes.
 */
export function namesTopicByTable(synonymsApplied: readonly [string, string[]][], asks: (word: string) => boolean, isTopicTerm: (term: string) => boolean, inPlan: (term: string) => boolean = () => true): boolean {
  return synonymsApplied.some(([word, targets]) => !asks(word.toLowerCase()) && targets.some((t) => isTopicTerm(t.toLowerCase()) && inPlan(t.toLowerCase())));
}
