import { describe, expect, it } from 'vitest';
import {
  citationPrecision, claimedNumbers, firstHitRank, flattenMeasureIds, median, missingFacts, numbersIn, percentile, quoteFailures, scoreProfile,
  scoreQuestion, statesGapFirst, summarize, summarizeByCategory, summarizeProfiles, ungroundedNumbers, type Outcome, type QaCase,
} from '../../eval/metrics.js';

const CLAUSES: Record<string, string> = {
  '4.5.1': '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。',
  '4.5.2': '建设数据中心，机架规模达到45万个。',
  '4.2.1': '培育省级工业互联网平台300个。',
};
const clauseText = (id: string) => CLAUSES[id];

const question = (over: Partial<QaCase> = {}): QaCase => ({
  id: 'fig-001', category: 'figures', question: '到2025年要建多少个5G基站？',
  expected_clause_ids: ['4.5.1'], facts: ['20万'], refuse: false, ...over,
});

const cite = (id: string, quote: string) => ({ id, text: CLAUSES[id]!, quote });

const outcome = (ids: string[], over: Partial<Outcome> = {}): Outcome => ({
  answer: '到2025年，建成5G基站20万个以上。[1]',
  refused: false,
  citedIds: ids,
  citedTexts: ids.map((id) => CLAUSES[id] ?? ''),
  citations: ids.map((id) => cite(id, CLAUSES[id]!.slice(0, 6))),
  latencyMs: 5,
  ...over,
});

describe('saying what the plan does not give', () => {
  it('counts a first sentence that says the plan does not give the amount', () => {
    expect(statesGapFirst('规划原文未明确具体金额或补助标准，请拨打12345咨询。规划提出……[1]')).toBe(true);
    expect(statesGapFirst('规划中没有给出2025年的具体数字[1]。')).toBe(true);
  });

  it('does not count an acknowledgement that only comes after the first sentence', () => {
    expect(statesGapFirst('到2025年，建成5G基站20万个以上。[1]\n规划原文未明确具体金额。')).toBe(false);
    expect(statesGapFirst('规划提出加大首台套支持力度[1]。规划没有明确金额。')).toBe(false);
  });

  it('is scored only for gap and partial questions the plan covers, and a refusal fails it', () => {
    const gap = question({ category: 'gap', facts: [] });
    expect(scoreQuestion(gap, outcome(['4.5.1'], { answer: '规划未明确补助金额。规划提出……[1]' }), clauseText).gapStated).toBe(true);
    expect(scoreQuestion(gap, outcome([], { answer: '抱歉，规划中没有涉及这个问题', refused: true }), clauseText).gapStated).toBe(false);
    expect(scoreQuestion(question(), outcome(['4.5.1']), clauseText).gapStated).toBeNull();
  });
});

describe('retrieval metrics', () => {
  it('scores a miss as rank 0: hit@1/3/5 and MRR all 0', () => {
    const score = scoreQuestion(question(), outcome(['4.5.2', '4.2.1']), clauseText);
    expect(score.firstHitRank).toBe(0);
    const m = summarize([score]);
    expect([m.hit1, m.hit3, m.hit5, m.mrr]).toEqual([0, 0, 0, 0]);
  });

  it('scores a hit at rank 3 as hit@1=0, hit@3=1, hit@5=1, MRR=1/3', () => {
    const score = scoreQuestion(question(), outcome(['4.5.2', '4.2.1', '4.5.1']), clauseText);
    expect(score.firstHitRank).toBe(3);
    const m = summarize([score]);
    expect([m.hit1, m.hit3, m.hit5]).toEqual([0, 1, 1]);
    expect(m.mrr).toBe(1 / 3);
  });

  it('accepts any one of several expected ids, at its first position', () => {
    expect(firstHitRank(['1.1', '5.3.3', '3.3.2'], ['3.3.2', '5.3.3'])).toBe(2);
  });

  it('excludes questions without expected ids from retrieval metrics', () => {
    const score = scoreQuestion(question({ expected_clause_ids: [], facts: ['浙政发'] }), outcome([]), clauseText);
    expect(score.firstHitRank).toBeNull();
    expect(summarize([score]).hit5).toBeNull();
  });

  it('averages hits over the questions they apply to', () => {
    const scores = [
      scoreQuestion(question(), outcome(['4.5.1']), clauseText),
      scoreQuestion(question({ id: 'x' }), outcome(['4.2.1']), clauseText),
      scoreQuestion(question({ id: 'meta', expected_clause_ids: [], facts: [] }), outcome([]), clauseText),
    ];
    const m = summarize(scores);
    expect(m.questions).toBe(3);
    expect(m.hit1).toBe(0.5);
    expect(m.mrr).toBe(0.5);
  });
});

describe('refusals', () => {
  const refusal = outcome(['4.5.1'], { answer: '抱歉，规划中没有相关内容。可拨打12345政务服务热线咨询。', refused: true });

  it('counts a refused out-of-scope question as correct and an answered one as wrong', () => {
    const oos = question({ id: 'oos-001', category: 'out_of_scope', expected_clause_ids: [], facts: [], refuse: true });
    const refused = scoreQuestion(oos, refusal, clauseText);
    const answered = scoreQuestion(oos, outcome(['4.5.1']), clauseText);
    expect([refused.refusalCorrect, answered.refusalCorrect]).toEqual([true, false]);
    expect(refused.falseRefusal).toBeNull();
    expect(summarize([refused, answered]).refusalAccuracy).toBe(0.5);
    expect(summarize([refused, answered]).falseRefusals).toBeNull();
  });

  it('scores a false refusal as a miss even when the expected clause is among its citations', () => {
    const score = scoreQuestion(question(), refusal, clauseText);
    expect(score.falseRefusal).toBe(true);
    expect(score.firstHitRank).toBe(0);
    expect(score.factsFound).toBe(false);
    expect(score.missingFacts).toEqual(['20万']);
    expect(score.citationPrecision).toBe(0);
    expect(score.numbersGrounded).toBeNull();
    expect(score.answerChars).toBeNull();
    const m = summarize([score, scoreQuestion(question({ id: 'b' }), outcome(['4.5.1']), clauseText)]);
    expect(m.falseRefusals).toBe(0.5);
    expect(m.refusalAccuracy).toBeNull();
  });
});

describe('facts', () => {
  it('matches facts across punctuation, spaces, quotes and full-width digits', () => {
    expect(missingFacts('到2025年，建成“5G”基站 20万个以上。[1]', ['20万', '5G基站', '2025年建成'])).toEqual([]);
    expect(missingFacts('建设２０万个基站', ['20万'])).toEqual([]);
    expect(missingFacts('建设“万亩千亿”新产业平台25个', ['万亩千亿新产业平台'])).toEqual([]);
  });

  it('reports exactly the facts the answer lacks', () => {
    expect(missingFacts('建成5G基站20万个', ['20万', '30万', '5家'])).toEqual(['30万', '5家']);
  });

  it('does not let a citation marker supply a digit', () => {
    expect(missingFacts('建成基站[1]', ['基站1'])).toEqual(['基站1']);
  });

  it('rates fact accuracy over in-scope questions that have facts', () => {
    const scores = [
      scoreQuestion(question(), outcome(['4.5.1']), clauseText),
      scoreQuestion(question({ id: 'b', facts: ['30万'] }), outcome(['4.5.1']), clauseText),
      scoreQuestion(question({ id: 'part', facts: [] }), outcome(['4.5.1']), clauseText),
    ];
    expect(summarize(scores).factAccuracy).toBe(0.5);
  });
});

describe('quote fidelity', () => {
  it('passes a verbatim quote of the verbatim clause', () => {
    expect(quoteFailures([cite('4.5.1', '建成5G基站20万个以上')], clauseText)).toEqual([]);
  });

  it('fails a quote that is not verbatim', () => {
    expect(quoteFailures([cite('4.5.1', '建成5G基站二十万个')], clauseText)).toEqual([{ id: '4.5.1', reason: 'quote_not_in_text' }]);
  });

  it('fails a citation whose text is not the clause, an unknown id and an empty quote', () => {
    const failures = quoteFailures(
      [
        { id: '4.5.1', text: '建成5G基站20万个', quote: '建成5G基站20万个' },
        { id: '9.9.9', text: '虚构', quote: '虚构' },
        cite('4.2.1', ''),
      ],
      clauseText,
    );
    expect(failures).toEqual([
      { id: '4.5.1', reason: 'text_not_clause' },
      { id: '9.9.9', reason: 'unknown_clause' },
      { id: '4.2.1', reason: 'empty_quote' },
    ]);
  });

  it('rates fidelity per citation and leaves it unmeasured for systems that do not quote', () => {
    const good = outcome(['4.5.1', '4.5.2']);
    const bad = outcome(['4.5.1'], { citations: [cite('4.5.1', '建成6G基站')] });
    const scores = [scoreQuestion(question(), good, clauseText), scoreQuestion(question({ id: 'b' }), bad, clauseText)];
    expect(summarize(scores).quoteFidelity).toBe(2 / 3);
    expect(summarize([scoreQuestion(question(), outcome(['4.5.1'], { citations: null }), clauseText)]).quoteFidelity).toBeNull();
  });
});

describe('citation precision', () => {
  it('divides distinct expected cited ids by distinct cited ids', () => {
    expect(citationPrecision(['4.5.1', '4.5.2', '4.5.1', '4.2.1'], ['4.5.1'])).toBe(1 / 3);
    expect(citationPrecision(['4.5.1'], ['4.5.1'])).toBe(1);
    expect(citationPrecision([], ['4.5.1'])).toBe(0);
  });

  it('applies only to questions with a single expected clause', () => {
    expect(scoreQuestion(question(), outcome(['4.5.1', '4.5.2']), clauseText).citationPrecision).toBe(0.5);
    expect(scoreQuestion(question({ expected_clause_ids: ['4.5.1', '4.5.2'] }), outcome(['4.5.1']), clauseText).citationPrecision).toBeNull();
  });
});

describe('number grounding', () => {
  it('reads whole numbers, without citation markers, thousands separators folded', () => {
    expect(numbersIn('到2025年建成20万个，增长33.1%，投资1,200亿元。[2]')).toEqual(['2025', '20', '33.1', '1200']);
  });

  it('grounds a number only in a cited clause that has it as a whole number', () => {
    expect(ungroundedNumbers('到2025年建成20万个[1]', [CLAUSES['4.5.1']!])).toEqual([]);
    expect(ungroundedNumbers('增长2倍，达到30万个', [CLAUSES['4.5.1']!])).toEqual(['2', '30']);
  });

  it('does not take list enumerators for claimed numbers', () => {
    expect(claimedNumbers('相关措施有：\n1. 建成5G基站20万个。[1]\n2、培育链主企业100家。[2]')).toEqual(['5', '20', '100']);
    expect(ungroundedNumbers('1. 建成基站20万个[1]\n2. 新增30万个[2]', [CLAUSES['4.5.1']!])).toEqual(['30']);
    expect(claimedNumbers('主要措施有：\n① 建成5G基站20万个。[1]\n② 培育100家；⑫ 其他\n(3) 新增45万个')).toEqual(['5', '20', '100', '45']);
  });

  it('rates answers that contain numbers, leaving out answers without any', () => {
    const scores = [
      scoreQuestion(question(), outcome(['4.5.1']), clauseText),
      scoreQuestion(question({ id: 'b' }), outcome(['4.5.2']), clauseText),
      scoreQuestion(question({ id: 'c' }), outcome(['4.5.1'], { answer: '规划提出建设一流数字基础设施。[1]' }), clauseText),
    ];
    expect(scores.map((s) => s.numbersGrounded)).toEqual([true, false, null]);
    expect(scores[1]!.ungroundedNumbers).toEqual(['2025', '5', '20']);
    expect(summarize(scores).numberGrounding).toBe(0.5);
  });
});

describe('lengths and latency', () => {
  it('takes the middle of an even list as the mean of the two middle values', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('uses nearest-rank percentiles', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('measures answer length in characters without citation markers', () => {
    expect(scoreQuestion(question(), outcome(['4.5.1'], { answer: '建成5G基站20万个。[1][2]' }), clauseText).answerChars).toBe(11);
  });

  it('summarises each category on its own', () => {
    const byCategory = summarizeByCategory([
      scoreQuestion(question(), outcome(['4.5.1']), clauseText),
      scoreQuestion(question({ id: 'r', category: 'region' }), outcome(['4.2.1']), clauseText),
    ]);
    expect(Object.keys(byCategory)).toEqual(['figures', 'region']);
    expect([byCategory.figures!.hit1, byCategory.region!.hit1]).toEqual([1, 0]);
  });
});

describe('profiles', () => {
  it('flattens matched measures in group order, each id once', () => {
    const groups = [{ measures: [{ id: '3.3.4' }, { id: '5.3.5' }] }, { measures: [{ id: '5.3.5' }, { id: '3.3.3' }] }];
    expect(flattenMeasureIds(groups)).toEqual(['3.3.4', '5.3.5', '3.3.3']);
  });

  it('scores hit@5 for profiles that expect measures and emptiness for those that expect none', () => {
    const scores = [
      scoreProfile({ id: 'p1', profile: {}, expected_clause_ids: ['5.3.5'], expect_empty: false }, ['1.1', '2.1', '5.3.5']),
      scoreProfile({ id: 'p2', profile: {}, expected_clause_ids: ['5.3.5'], expect_empty: false }, ['1.1', '1.2', '1.3', '1.4', '1.5', '5.3.5']),
      scoreProfile({ id: 'p3', profile: {}, expected_clause_ids: [], expect_empty: true }, []),
      scoreProfile({ id: 'p4', profile: {}, expected_clause_ids: [], expect_empty: true }, ['7.1.1']),
    ];
    expect(scores.map((s) => s.firstHitRank)).toEqual([3, 6, null, null]);
    expect(summarizeProfiles(scores)).toEqual({ profiles: 4, hit5: 0.5, emptyAccuracy: 0.5 });
  });
});
