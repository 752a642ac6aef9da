import { describe, expect, it } from 'vitest';
import { chineseNumeral, parsePlan } from '../../src/ingest/parse.js';
import { normalizeLine, splitSentences } from '../../src/ingest/normalize.js';
import { toPassages } from '../../src/ingest/passages.js';
import { PLAN_META, planText } from '../helpers.js';

const parsed = parsePlan(planText());
const byId = new Map(parsed.clauses.map((c) => [c.id, c]));

describe('parsePlan on the published plan', () => {
  it('finds the eight parts in order', () => {
    const parts = parsed.outline.filter((p) => p.id !== '0').map((p) => p.heading);
    expect(parts).toEqual([
      '一、总体要求',
      '二、发展重点与空间布局',
      '三、完善创新体系，增强制造业发展新动能',
      '四、加快数字化发展，引领制造业全方位升级',
      '五、推进高端化发展，提升制造业全球竞争力',
      '六、加快绿色低碳发展，转变制造业发展方式',
      '七、建设高质量发展营商环境，激发创新创业活力',
      '八、加强规划实施保障，形成制度合力',
    ]);
  });

  it('gives part 四 its exact section titles and labels', () => {
    const four = parsed.outline.find((p) => p.id === '4')!;
    expect(four.sections.map((s) => s.heading)).toEqual([
      '（一）建设“产业大脑+未来工厂”',
      '（二）促进工业互联网创新发展',
      '（三）促进制造业和现代服务业深度融合',
      '（四）推进企业数字化转型',
      '（五）建设一流数字基础设施',
    ]);
    expect(four.sections[4]!.label).toBe('四（五）建设一流数字基础设施');
    expect(four.sections[4]!.clauseIds).toEqual(['4.5.1', '4.5.2', '4.5.3']);
  });

  it('strips the news site chrome', () => {
    const all = parsed.clauses.map((c) => c.text).join('\n');
    for (const chrome of ['当前位置', '颗粒在线', '版权与免责声明', '热点新闻推荐', 'COPYRIGHT', 'ICP备', '8395']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('reads the document metadata from the notice', () => {
    expect(parsed.meta).toMatchObject(PLAN_META);
  });

  it('records the key-indicator table that is only an image', () => {
    expect(parsed.meta.missing).toEqual([
      { title: '全球先进制造业基地建设关键指标', kind: 'image', file: '浙江省全球先进制造业基地建设.jpg', afterClauseId: '1.3.5' },
    ]);
  });

  it('builds section bodies, goal lines, numbered items and lead-phrase paragraphs', () => {
    expect(byId.get('1.1')!.kind).toBe('section');
    expect(byId.get('1.3.1')!.kind).toBe('goal');
    expect(byId.get('1.3.1')!.text.startsWith('——全球先进制造新支点。')).toBe(true);
    expect(byId.get('2.1.1')!.kind).toBe('item');
    expect(byId.get('3.1.1')!.title).toBe('建立完善实验室体系');
    expect(byId.get('4.5.1')!.path).toEqual(['四、加快数字化发展，引领制造业全方位升级', '（五）建设一流数字基础设施']);
    expect(byId.get('8.3')!.label).toBe('八（三）开展监测评估');
    expect(parsed.clauses.length).toBe(95);
  });

  it('normalises ASCII punctuation to the official full-width style', () => {
    expect(byId.get('2.4.1')!.text.startsWith('1.双核：杭州、宁波两大核心引领极。')).toBe(true);
    expect(byId.get('1.1')!.text).toContain('占生产总值（GDP）比重10.9%');
    expect(parsed.clauses.some((c) => /[,:;()]/.test(c.text.replace(/\d[,:]\d/g, '')))).toBe(false);
  });

  it('keeps sentences that join back to the clause text exactly', () => {
    for (const clause of parsed.clauses) expect(clause.sentences.join('')).toBe(clause.text);
  });

  it('indexes a document with no recognisable structure as paragraphs, with a warning', () => {
    const plain = parsePlan('某市关于推进工业发展的意见\n一是加快推进工业技术改造和设备更新。\n二是大力支持中小企业开拓国际市场。');
    expect(plain.warnings).toEqual(['no part headings (一、二、…) recognised: indexed as plain paragraphs']);
    expect(plain.meta.unstructured).toBe(true);
    expect(plain.clauses.map((c) => c.id)).toEqual(['0.1', '0.2', '0.3']);
  });
});

describe('passages', () => {
  it('splits a long clause at sentence ends only, keeping its heading path in front', () => {
    const clauses = parsed.clauses.map((c, order) => ({ ...c, order, docId: '', facets: { industry: [], enterpriseType: [], region: [], need: [] } }));
    const passages = toPassages(clauses, { maxChars: 260 });
    const split = passages.filter((p) => p.clauseId === '1.1');
    expect(split.map((p) => p.id)).toEqual(['1.1~1', '1.1~2']);
    expect(split.map((p) => p.text).join('')).toBe(byId.get('1.1')!.text);
    for (const p of split) expect(p.text.endsWith('。')).toBe(true);
    const ningbo = passages.find((p) => p.id === '2.4.1')!;
    expect(ningbo.context.startsWith('二、发展重点与空间布局 （四）空间布局\n')).toBe(true);
  });
});

describe('text helpers', () => {
  it('converts Chinese numerals', () => {
    expect([chineseNumeral('一'), chineseNumeral('八'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十')]).toEqual([1, 8, 10, 12, 20]);
  });
  it('normalises a line and splits sentences after closing quotes', () => {
    expect(normalizeLine('各市、县(市、区)人民政府,省政府直属各单位:')).toBe('各市、县（市、区）人民政府，省政府直属各单位：');
    expect(normalizeLine('浙江省全球先进制造业基地建设“ 十四五” 规划')).toBe('浙江省全球先进制造业基地建设“十四五”规划');
    expect(splitSentences('建设“产业大脑”。建成5G基站20万个以上！规上工业')).toEqual(['建设“产业大脑”。', '建成5G基站20万个以上！', '规上工业']);
  });
});
