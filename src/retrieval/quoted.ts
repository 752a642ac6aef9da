/**
 * The plan quoted as a reason (保险公司拖着不赔。规划里不是说有保险补偿吗，能帮我们要钱不): the clauses that tell what the plan says
 * while another clause asks the asker's own matter. Beside another department's matter, what they say is why the asker asks, not
 * what (scope.ts weighs their words as no evidence). Pure over the question's text.
 */
import { PLAN_NAMED, REPROACH } from './asked.js';
import { ASKING_CLAUSE, clausesOf } from './clauses.js';

/** The plan quoted as the asker tells it (规划里说, 规划里还说, 你们不是讲要…). */
const QUOTES_PLAN = /规划(?:里|上|中)?(?:不是|也|还|都|老|就)?(?:说|讲|写|提)|你们(?:这|那|规划|文件)?[里上]?(?:不是)?(?:老|也|还|都)?(?:说|讲|写|提)(?:了|过|到)?(?:要|有)/;
/** …as a remark after the question (这证怎么补办？规划里还说要降低公路物流成本呢). */
const STILL_SAYS = /规划[里上中]?(?:还|也)(?:说|讲|写|提)[^，。？！,?!]*呢$/;
/** …or the plan's thing named by what it says (规划里说的府院联动): a name, asked about. */
const NAMED_BY_IT = /(?:说|讲|提|写)的/;
/** Whether the story counts as the measure quoted (规划里说减负降本，这个算不算): the quote is what is asked. */
const COUNTS_AS_IT = /^(?:那|那么)?(?:这个|这|这样|这种)?(?:算不算|算吗|属不属于|是不是|算是)/;

/**
 * The clauses quoting the plan as a reason: a reproach (规划里不是说…吗) or a remark (…呢), or a quote that asks nothing, names no thing of
 * the plan's and whose words the question does not ask again (规划说要建5G基站，我们村啥时候通5G asks of it) — and only where another
 * clause asks, not the quote alone (规划里不是说要给企业减负降本吗？我们厂社保基数又涨了 asks the plan's measures).
 */
export function reasonsQuoted(lower: string, ownTerms: readonly string[]): string[] {
  const clauses = clausesOf(lower);
  const asked = (c: string, i: number) => !QUOTES_PLAN.test(c) && ASKING_CLAUSE.test(c) && !(i > 0 && COUNTS_AS_IT.test(c.trim()) && QUOTES_PLAN.test(clauses[i - 1]!));
  if (!clauses.some(asked)) return [];
  const askedAgain = (c: string) => ownTerms.some((t) => t.length >= 2 && !PLAN_NAMED.test(t) && c.includes(t) && lower.slice(lower.indexOf(c) + c.length).includes(t.length > 2 ? t.slice(0, 2) : t));
  const countedAs = (i: number) => i + 1 < clauses.length && COUNTS_AS_IT.test(clauses[i + 1]!.trim());
  return clauses.filter((c, i) => !countedAs(i) && (REPROACH.test(c) || STILL_SAYS.test(c) || (QUOTES_PLAN.test(c) && !ASKING_CLAUSE.test(c) && !NAMED_BY_IT.test(c) && !askedAgain(c))));
}
