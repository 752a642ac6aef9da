/**
 * What every question's scope decision compares against, flattened once per index: the plan's text and each clause's
 * (with its headings), each clause's question cards, the referral words the plan does not use, the asks no plan answers,
 * the plan's and people's vocabulary, its places and programmes. Pure over the loaded index.
 */
import type { ScopeKnowledge } from './scope-types.js';
import { referralWords } from './out-of-scope.js';
import { compileAsks } from './asks.js';
import { createDetailMarkers, planProgrammes } from './asked.js';
import { SIZE_SHORT } from './cut.js';

/** How many characters of the question beside an ask's words must run on in the plan's text for the ask to be the plan's words. */
const QUOTED_REACH = 2;
/** What the last answer said, named so right before the words (刚才说的, 你提到的那个). */
const SAID_BACK = /(?:刚才|刚刚|前面|上面|你|您)(?:说|讲|提|提到)的(?:那个|这个|那些)?$/;
/** The asker speaking for a firm (我们厂, 企业, 公司): the plan's 企业维权投诉渠道 is theirs. */
const A_FIRM = /厂|车间|公司|企业/;
/** How or where the channel is used, asked (具体怎么, 在哪个网站, 一般多长时间能): no matter of the asker's own told before 投诉 again. */
const HOW_ASKED = /具体|一般|大概|到底|究竟|怎么|怎样|如何|咋|在|去|到|哪个|哪里|哪儿|哪|网站|网上|平台|电话|多长时间|多久|能|可以|要|才/g;
/** What frames a count asked rather than says what is counted (要建多少个, 培育几家). */
const FRAME = /^(要|建|要建|建成|建设|新建|培育|认定|新增|打造|说|有|到|搞|评|达到|累计|能|会|还|再|共|总共|一共)$/;
export const flat = (text: string) => text.toLowerCase().replace(/[\s\p{P}]/gu, '');

export function createScopeEvidence(knowledge: ScopeKnowledge) {
  const { lexical, tokenizer, referrals, cards } = knowledge;
  const planText = knowledge.clauses
    .map((c) => c.text)
    .join('\n')
    .toLowerCase();
  const words = referralWords(referrals, planText);
  const asks = compileAsks(referrals);
  const title = flat(knowledge.title);
  const clauseEvidence = new Map(knowledge.clauses.map((c) => [c.id, flat(`${c.path.join('')}${c.text}`)]));
  const cardEvidence = new Map(
    knowledge.clauses.map((c) => [
      c.id,
      flat(
        cards
          .cardsOf(c.id)
          .map((card) => [...card.questions, ...card.keywords].join(''))
          .join(''),
      ),
    ]),
  );
  // The plan's own words only: the cards' vocabulary holds fillers (有个, 搞个) that would void 个人所得税.
  const isPlanWord = (word: string) => lexical.has(word) && !/个$/.test(word);
  /** …and the words people use for its topics (报装): a noun cut across one of them is not evidence against (not a size said short, 违规|下发's 规下). */
  const isVocabularyWord = (word: string) => isPlanWord(word) || (cards.vocabulary.has(word) && !/个$/.test(word)) || (knowledge.synonymWords?.has(word) === true && !SIZE_SHORT.test(word));
  const placeList = [...(knowledge.places ?? [])].filter((place) => place.length >= 2);
  /** (Lower-cased once, not for each question.) */
  const placesLower = placeList.map((place) => place.toLowerCase()), regionsLower = referrals.otherRegions.map((r) => r.toLowerCase());
  const programmes = planProgrammes(planText);
  const details = createDetailMarkers({ planText, title, places: knowledge.places, inPlan: (w) => lexical.has(w), isVocabularyWord, tokenizer, spelling: knowledge.spelling, programmes });
  const flatPlan = knowledge.clauses.map((c) => flat(c.text)).join('|');
  /** The match and two characters of the question next to it, in one clause, are a run of the plan's text. */
  const quotesThePlan = (lower: string, match: string): boolean => {
    const at = lower.indexOf(match);
    if (at < 0) return false;
    // (…or one named as what the last answer said, 你刚才说的投诉渠道, that the plan writes: the answer's words, asked back.)
    // (…not when the asker then asks it again of a matter of their own, no firm's: 你刚才说的投诉渠道，我网上买的衣服质量不行能投诉吗 — told
    // before it in its clause, its how and where left out (具体怎么投诉, 在哪个网站投诉) but not another department's word told there (药店在哪投诉);
    // 投诉了多久有回复 asks of the channel named.)
    // (…or of another department's word in the clause asking it again: 我想投诉我们小区物业乱收费.)
    const again = lower.indexOf(match.slice(0, 2), at + match.length), told = again < 0 ? '' : lower.slice(at + match.length, again).split(/[\s\p{P}]/u).pop()!, matter = told.replace(HOW_ASKED, ''), againClause = again < 0 ? '' : told + lower.slice(again).split(/[\s\p{P}]/u)[0]!;
    if (SAID_BACK.test(lower.slice(Math.max(0, at - 8), at)) && flatPlan.includes(flat(match)) && !((matter.length >= 4 || words.some(({ word }) => againClause.includes(word) && !match.includes(word)) || referrals.nonManufacturing.some((word) => told.includes(word))) && !A_FIRM.test(lower))) return true;
    return [lower.slice(Math.max(0, at - QUOTED_REACH), at + match.length), lower.slice(at, at + match.length + QUOTED_REACH)].some(
      (run) => run.length >= match.length + QUOTED_REACH && !/[\s\p{P}]/u.test(run) && flatPlan.includes(run),
    );
  };
  /**
   * How many of the plan's measures a question names: its programmes as the plan quotes them (小巨人, 品字标) and the words the
   * synonyms take to a topic name of four characters or more (创新券 → 科技创新券); words taken to one name are one measure. A kind
   * of firm (小厂 → 小微企业) is who asks, not a measure.
   */
  const measuresNamed = (lower: string, synonymsApplied: readonly (readonly [string, readonly string[]])[]): number => {
    // 杭州和宁波哪个更适合申请小巨人: two places named make it a choice of place, whatever measures come with it.
    if (placesLower.filter((place) => lower.includes(place)).length + regionsLower.filter((r) => lower.includes(r)).length >= 2) return 0;
    const groups: Set<string>[] = programmes.filter((p) => lower.includes(p.toLowerCase())).map((p) => new Set([p]));
    for (const [, targets] of synonymsApplied) {
      const names = targets.filter((t) => t.length >= 4 && !/企业$/.test(t) && planText.includes(t.toLowerCase()) && lexical.isTopicTerm(t));
      if (names.length === 0) continue;
      const joined = groups.filter((g) => names.some((n) => g.has(n)));
      const merged = new Set([...names, ...joined.flatMap((g) => [...g])]);
      groups.splice(0, groups.length, ...groups.filter((g) => !joined.includes(g)), merged);
    }
    return groups.length;
  };
  /**
   * Two-character nouns the plan counts, written right before a figure and its classifier (5G基站20万个, 绿色低碳工厂500家) — not a verb (建成10个),
   * a rate (能耗年均下降4.2%), an area (面积40万平方米) or a place (山区26县).
   */
  const counted = [...new Set([...planText.matchAll(/([\u4e00-\u9fff]{2})(?=\d+(?:\.\d+)?万?(?:个|家|所|座|条|套|台|项|户))/g)].map((m) => m[1]!))].filter((w) => /^n/.test(tokenizer.partsOfSpeech(w).get(w) ?? ''));
  /** A clause naming one as the plan does: what the asker writes right before it, the plan writes with it (5G基站, 小巨人企业; not 智慧停车平台, 养老企业). */
  const countsNamed = (clause: string): boolean => {
    const cut = tokenizer.cut(clause.toLowerCase());
    return cut.some((word, i) => counted.some((noun) => word.endsWith(noun) && (word.length > noun.length ? flatPlan.includes(flat(word)) : i === 0 || FRAME.test(cut[i - 1]!) || /^[mqfrdpuctyz]/.test(tokenizer.partsOfSpeech(cut[i - 1]!).get(cut[i - 1]!) ?? '') || flatPlan.includes(flat(cut[i - 1]! + word)))));
  };
  return { words, asks, title, clauseEvidence, cardEvidence, isPlanWord, isVocabularyWord, placeList, placesLower, programmes, details, flatPlan, quotesThePlan, measuresNamed, countsNamed };
}
