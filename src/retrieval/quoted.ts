/**
 * The plan quoted as a reason (保险公司拖着不赔。规划里不是说有保险补偿吗，能帮我们要钱不): the clauses that tell what the plan says
 * while another clause asks the asker's own matter. Beside another department's matter, what they say is why the asker asks, not
 * what (scope.ts weighs their words as no evidence). And the reverse: another department's matter told as the story, or as done, before
 * the asker asks their own firm's need of the plan's kind (toldAsStory, doneAlready: out-of-scope.ts sets such an ask or word aside).
 * Pure over the question's text.
 */
import { PLAN_NAMED, REPROACH } from './asked.js';
import { ASKING_CLAUSE, clausesOf, WHAT_BEFORE_NAME } from './clauses.js';

/** The plan quoted as the asker tells it (规划里说, 规划里还说, 你们不是讲要…). */
export const QUOTES_PLAN = /规划(?:里|上|中)?(?:不是|也|还|都|老|就)?(?:说|讲|写|提)|你们(?:这|那|规划|文件)?[里上]?(?:不是)?(?:老|也|还|都)?(?:说|讲|写|提)(?:了|过|到)?(?:要|有)/;
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
  const asking = (c: string) => ASKING_CLAUSE.test(c.replace(WHAT_BEFORE_NAME, ''));
  const asked = (c: string, i: number) => !QUOTES_PLAN.test(c) && asking(c) && !(i > 0 && COUNTS_AS_IT.test(c.trim()) && QUOTES_PLAN.test(clauses[i - 1]!));
  if (!clauses.some(asked)) return [];
  const askedAgain = (c: string) => ownTerms.some((t) => t.length >= 2 && !PLAN_NAMED.test(t) && c.includes(t) && lower.slice(lower.indexOf(c) + c.length).includes(t.length > 2 ? t.slice(0, 2) : t));
  const countedAs = (i: number) => i + 1 < clauses.length && COUNTS_AS_IT.test(clauses[i + 1]!.trim());
  return clauses.filter((c, i) => !countedAs(i) && (REPROACH.test(c) || STILL_SAYS.test(c) || (QUOTES_PLAN.test(c) && !asking(c) && !NAMED_BY_IT.test(c) && !askedAgain(c))));
}

/** The asker's own need of the plan's kind (a loan, a subsidy, training, land, a programme of its own): what a later clause asks of the firm. */
const OWN_NEED = /贷款|续贷|融资|授信|补贴|补助|扶持|奖励|贴息|技改|改造|数字化|机器换人|培训|用地|减负|降本|专精特新|未来工厂|首台套/;
/** …asked, or said as the asker's (我们想申请一笔贷款) — not another's told (说拿了省里的奖励). */
const ownNeed = (c: string) => OWN_NEED.test(c) && (ASKING_CLAUSE.test(c) || /我|咱|俺|厂里|公司/.test(c));
/** …not the told matter pursued (能帮我们要钱不, 损失能补一点吗, 这事找谁, 怎么投诉, 能不能起诉): then the matter told is what is asked. */
const PURSUED = /赔|损失|要钱|讨|追回|找谁|找哪|投诉|举报|维权|起诉|告他|告它|仲裁|调解/;

/**
 * An ask told in one clause as the story (保险公司到现在还拖着不赔，厂里资金周转很困难，…我们想申请一笔贷款周转，有什么渠道): its clause asks nothing, and
 * after it the asker asks their own firm's need of the plan's kind, in their own words (not inside a quote of the plan), pursuing
 * nothing of the matter told — the matter is why they ask, not what.
 */
export function toldAsStory(lower: string, match: string, pattern: RegExp): boolean {
  const clauses = clausesOf(lower), at = clauses.findIndex((c) => c.includes(match));
  if (at < 0 || ASKING_CLAUSE.test(clauses[at]!)) return false;
  const rest = clauses.slice(at + 1).filter((c) => !QUOTES_PLAN.test(c) && !REPROACH.test(c));
  return rest.some((c) => ASKING_CLAUSE.test(c) && !pattern.test(c)) && rest.some(ownNeed) && !rest.some((c) => PURSUED.test(c) || pattern.test(c));
}

/** Done with (调解过了, 年审完了, 办好了): told after another department's word, not denied (还没办好). */
const DONE_AFTER = /^[^，。？！,?!]{0,4}?(?:过了|完了|好了|完毕|结束了|解决了|下来了|搞定了?|办好|办完|审完)/;
/**
 * Another department's matter told as done before the asker asks their own firm's need of the plan's kind (工人跟厂里闹矛盾，街道出面调解过了，
 * …我们想搞员工培训有啥支持): the story, as a subsidy already got is (told.ts) — not when a later clause takes the matter up again.
 */
export function doneAlready(lower: string, word: string): boolean {
  const clauses = clausesOf(lower), at = clauses.findIndex((c) => c.includes(word));
  if (at < 0) return false;
  const told = clauses.filter((c) => c.includes(word));
  const done = told.every((c) => !ASKING_CLAUSE.test(c) && !/没|不/.test(c) && DONE_AFTER.test(c.slice(c.indexOf(word) + word.length)));
  const rest = clauses.slice(at + 1).filter((c) => !c.includes(word) && !QUOTES_PLAN.test(c) && !REPROACH.test(c));
  return done && rest.some((c) => ASKING_CLAUSE.test(c)) && rest.some(ownNeed) && !rest.some((c) => PURSUED.test(c));
}
