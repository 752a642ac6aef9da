/**
 * A question that tells a story first and asks the plan in its last sentence, naming a topic of its own (…国内几家大的机器人厂都在试我们的
 * 样品，就是不肯批量把进口的换掉。规划里有没有推动大厂带小厂、上下游配套的说法？): the story's words weigh less — in retrieval and in the
 * choice of sentences — so the clause of what is asked (上下游专业化协作配套) is not outranked by the story's (机器人: 标志性产业链). Pure
 * over the text.
 */
import { ASKING_CLAUSE, clausesOf, SENTENCE_MARKS } from '../retrieval/clauses.js';

/**
 * The last sentence asks of the plan or the government, by these words — narrower than asked.ts's ASKS_THE_PLAN, which takes the support
 * words too (补贴, 支持): a last sentence asking only for money names no topic of its own.
 */
const NAMES_PLAN_OR_GOVERNMENT = /规划|政策|说法|提法|政府|省里|措施/;
/** A clause of the story that asks too (这数据到底算谁的？): the question is not one story and one ask. (几 of 几家大厂 tells.) */
const STORY_ASKS = /[?？吗谁]|有没有|能不能|可不可以|怎么|咋|啥|什么|如何|哪|多少|是不是|算不算/;
/** A word in the last sentence pointing back at the story (这个小巨头, 对我们这种企业, 规划里咋说的): the story is what is asked. */
const POINTS_BACK = /[这那此该其它]|咋说|怎么说|如何说/;
/** The story told before it, at least this long. */
const STORY_LENGTH = 20;
/** Words that ask for support or name the plan or the asker without naming what it is for: no topic of the last sentence's own. */
const NO_TOPIC = /^(支持|扶持|补贴|补助|奖励|资金|政策|规划|企业|发展|政府|帮扶|优惠|措施|力度|加大|加强|推动|推进|鼓励|重点|相关|有关|说法|提法|我们|小厂|工厂|厂|省里|浙江|全省)$/;
/** What the words said only in the story keep of their weight. */
const STORY_WEIGHT = 0.4;

/** The last sentence when it asks the plan after a story that asks nothing, and the story; null otherwise. */
export function lastSentenceAsked(text: string): { last: string; story: string } | null {
  // (Each sentence with the marks closing it: 我们这种小厂连边都摸不到吧？ asks, though no word of it does.)
  const sentences = (text.match(new RegExp(`[^${SENTENCE_MARKS}]+[${SENTENCE_MARKS}]*`, 'g')) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  if (sentences.length < 2) return null;
  const last = sentences.at(-1)!.replace(/[?？!！。\s]+$/, '');
  const story = sentences.slice(0, -1).join('');
  if (!STORY_ASKS.test(last) || POINTS_BACK.test(last) || !NAMES_PLAN_OR_GOVERNMENT.test(last) || story.length < STORY_LENGTH) return null;
  if (/[?？]/.test(story) || clausesOf(story).some((c) => STORY_ASKS.test(c) || ASKING_CLAUSE.test(c.replace(/几/g, '')))) return null;
  return { last, story };
}

/**
 * A term's weight lightened when the story alone says it, for a question whose last sentence asks the plan of a word of the plan the story
 * does not say (`ownTermsOf` gives the question's own words the sentence writes, `inPlan` is the plan's vocabulary); null for any other question.
 */
export function storyBeforeLastAsked(text: string, ownTermsOf: (sentence: string) => readonly string[], inPlan: (term: string) => boolean, applied: readonly (readonly [string, readonly string[]])[] = []): (<T extends { term: string; weight: number }>(t: T) => T) | null {
  const asked = lastSentenceAsked(text);
  // (…or a word of four characters or more ending in one, 企业退出 cut whole: 退出.)
  const planWordIn = (t: string) => inPlan(t) || (t.length >= 4 && [...t].some((_, i) => i >= 1 && t.length - i >= 2 && inPlan(t.slice(i)) && !NO_TOPIC.test(t.slice(i))));
  if (asked === null || !ownTermsOf(asked.last).some((t) => t.length >= 2 && !NO_TOPIC.test(t) && !asked.story.includes(t) && planWordIn(t))) return null;
  // (Only the story's own words: a word of the plan a synonym brought in, 同线同标同质 for 转内销, may be what the last sentence asks.)
  const last = asked.last.toLowerCase(), story = asked.story.toLowerCase();
  // (…and a word a synonym brought in for the story's words alone is the story's too: 落后产能 for 想体面地关掉, before 规划里对企业退出有啥安排.)
  const by = (said: (word: string) => boolean) => applied.filter(([word]) => word.toLowerCase().split('+').every(said)).flatMap(([, targets]) => targets.map((x) => x.toLowerCase()));
  const storyBrought = by((w) => story.includes(w) && !last.includes(w)), lastBrought = by((w) => last.includes(w));
  // (Only when the last sentence's own words bring the plan's in too: 让客户放心用 after 新机器…没人赔 asks of what the story's words brought, 首台套.)
  const ofStory = (term: string) => (story.includes(term) || (lastBrought.length > 0 && storyBrought.some((x) => x.includes(term)))) && !last.includes(term) && !lastBrought.some((x) => x.includes(term));
  return (t) => (ofStory(t.term) ? { ...t, weight: t.weight * STORY_WEIGHT } : t);
}
