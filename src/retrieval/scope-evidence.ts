/**
 * What every question's scope decision compares against, flattened once per index: the plan's text and each clause's
 * (with its headings), each clause's question cards, the referral words the plan does not use, the asks no plan answers,
 * the plan's and people's vocabulary, its places and programmes. Pure over the loaded index.
 */
import type { ScopeKnowledge } from './scope-types.js';
import { compileAsks, referralWords } from './out-of-scope.js';
import { createDetailMarkers, planProgrammes } from './asked.js';

/** How many characters of the question beside an ask's words must run on in the plan's text for the ask to be the plan's words. */
const QUOTED_REACH = 2;
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
  /** …and the words people use for its topics (报装): a noun cut across one of them is not evidence against. */
  const isVocabularyWord = (word: string) => isPlanWord(word) || (cards.vocabulary.has(word) && !/个$/.test(word)) || knowledge.synonymWords?.has(word) === true;
  const placeList = [...(knowledge.places ?? [])].filter((place) => place.length >= 2);
  const programmes = planProgrammes(planText);
  const details = createDetailMarkers({ planText, title, places: knowledge.places, inPlan: (w) => lexical.has(w), isVocabularyWord, tokenizer, spelling: knowledge.spelling, programmes });
  const flatPlan = knowledge.clauses.map((c) => flat(c.text)).join('|');
  /** The match and two characters of the question next to it, in one clause, are a run of the plan's text. */
  const quotesThePlan = (lower: string, match: string): boolean => {
    const at = lower.indexOf(match);
    if (at < 0) return false;
    return [lower.slice(Math.max(0, at - QUOTED_REACH), at + match.length), lower.slice(at, at + match.length + QUOTED_REACH)].some(
      (run) => run.length >= match.length + QUOTED_REACH && !/[\s\p{P}]/u.test(run) && flatPlan.includes(run),
    );
  };
  return { words, asks, title, clauseEvidence, cardEvidence, isPlanWord, isVocabularyWord, placeList, programmes, details, flatPlan, quotesThePlan };
}
