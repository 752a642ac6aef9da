import { describe, expect, it } from 'vitest';
import { keepCited } from '../../src/answer/compose.js';
import { splitStatements, stripEmphasis, validateAnswer } from '../../src/answer/validate.js';
import type { Citation } from '../../src/contract.js';

const FIVE_G = '构建高速泛在的网络基础设施。支持制造业企业部署应用5G新型网络。到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。';
const FIRST_SET = '落实首台套产品认定奖励、保险补偿等政策。';

describe('validating a model-written answer', () => {
  it('accepts an answer whose numbers and names are in the cited clause', () => {
    expect(validateAnswer('到2025年，建成5G基站20万个以上。[1]', [FIVE_G]).ok).toBe(true);
    expect(validateAnswer('到2025年建成5G基站20万个以上。[1]规划未明确具体的建设补贴。', [FIVE_G]).ok).toBe(true);
  });

  it('checks short sentences too: two characters of the clause pass', () => {
    expect(validateAnswer('全国领先。[1]', [FIVE_G]).ok).toBe(true);
    expect(validateAnswer('领先。[1]', [FIVE_G]).ok).toBe(true);
  });

  it('strips Markdown emphasis, even split across streamed chunks, and keeps the words', () => {
    expect(stripEmphasis('到2025年，建成5G基站**20万个**以上。[1]')).toBe('到2025年，建成5G基站20万个以上。[1]');
    expect(['## 到2025年，建成', '5G基站*', '*20万个`以上`。[1]'].map(stripEmphasis).join('')).toBe(' 到2025年，建成5G基站20万个以上。[1]');
  });

  it('keeps every character in some statement, so text before a fake marker is still checked', () => {
    const answer = '每家企业补贴300万元[注]。到2025年，建成5G基站20万个以上。[1]';
    expect(splitStatements(answer).map((s) => s.text).join('')).toBe(answer);
    expect(validateAnswer(answer, [FIVE_G])).toEqual({ ok: false, error: 'ungrounded_number' });
  });

  it.each([
    ['到2025年，建成5G基站30万个以上。[1]', 'ungrounded_number'],
    ['到2025年，建成5G基站二十万个以上。[1]', 'ungrounded_number'],
    ['到2025年，建成5G基站３０万个以上。[1]', 'ungrounded_number'],
    ['5G基站覆盖率达到百分之九十。[1]', 'ungrounded_number'],
    ['每家企业可获补贴五百万元。到2025年建成5G基站20万个以上。[1]', 'ungrounded_number'],
    ['企业还可申请“数字贷”。[1]', 'ungrounded_name'],
    ['企业还可以向银行申请贴息。到2025年建成5G基站20万个以上。[1]', 'unsupported_sentence'],
    ['企业还可以向银行申请贴息。', 'no_citation'],
    ['到2025年建成5G基站20万个以上。[1]另外企业还能拿到补贴。', 'uncited_statement'],
    ['到2025年建成5G基站20万个以上。[3]', 'unknown_citation'],
    ['到2025年建成5G基站20万个以上。', 'no_citation'],
    ['<b>ok</b>[1]', 'markup'],
    ['＜ｂ＞到2025年，建成5G基站20万个以上。[1]', 'markup'],
    ['到2025年，建成5G基站20万个以上。[1]请点击<a href="https://evil.example">这里</a>', 'markup'],
    ['<a title="[1]">到2025年，建成5G基站20万个以上。[2]', 'markup'],
    ['[详情](https://evil.example)到2025年，建成5G基站20万个以上。[1]', 'markup'],
    ['到2025年，建成5G基站20万个以上&nbsp;。[1]', 'markup'],
    ['到2025年，建成5G基站20万个以上，详见javascript:alert(1)。[1]', 'markup'],
    ['ok[1]', 'unsupported_sentence'],
    ['是的。到2025年，建成5G基站20万个以上。[1]', 'unsupported_sentence'],
    ['好。到2025年，建成5G基站20万个以上。[1]', 'unsupported_sentence'],
  ])('rejects %s (%s)', (answer, error) => {
    expect(validateAnswer(answer, [FIVE_G, FIRST_SET])).toEqual({ ok: false, error });
  });
});

describe('keeping only the clauses an LLM answer cites', () => {
  const citation = (n: number, id: string) => ({ n, id, label: id, path: [], text: '', quote: '', score: 1, url: `/plan#${id}` }) as Citation;
  it('renumbers markers in order of first use', () => {
    const result = keepCited('甲。[3]乙。[1][3]', [citation(1, '4.5.1'), citation(2, '3.3.4'), citation(3, '3.5.2')]);
    expect(result.answer).toBe('甲。[1]乙。[2][1]');
    expect(result.citations.map((c) => [c.n, c.id])).toEqual([[1, '3.5.2'], [2, '4.5.1']]);
  });
});
