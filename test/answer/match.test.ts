import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { NO_MATCH_MESSAGE, OUTSIDE_MANUFACTURING_MESSAGE } from '../../src/answer/messages.js';
import type { Engine } from '../../src/answer/types.js';
import { parseFacetTable, tagClause } from '../../src/ingest/facets.js';
import { lexiconSources, testIndex } from '../helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ index: await testIndex() });
});

const firstIds = (groups: { measures: { id: string }[] }[]) => groups.flatMap((g) => g.measures.map((m) => m.id));

describe('matching a business profile to the plan', () => {
  it('gives a 小微企业 needing 融资 the 普惠金融 / 风险容忍度 clause first', async () => {
    const result = await engine.match({ enterpriseTypes: ['小微企业'], needs: ['融资信贷'] });
    expect(result.profile).toEqual({ industry: [], region: [], enterpriseTypes: ['小微企业'], needs: ['融资信贷'] });
    expect(result.groups[0]!.need).toBe('融资信贷');
    const first = result.groups[0]!.measures[0]!;
    expect(first.id).toBe('3.3.4');
    expect(first.quote).toBe('深化普惠金融改革创新。进一步提高小微企业贷款风险容忍度，拓展供应链金融、存货担保、应收账款等融资方式，积极培育科创金融、绿色金融。');
    expect(first.matchedOn).toEqual(['企业类型：小微企业（小微企业）', '需求：融资信贷（融资、贷款、普惠金融、金融、担保）']);
    expect(first.url).toBe('/plan#3.3.4');
  });

  it('gives a 专精特新 company the 雏鹰行动 / 专精特新 clause first', async () => {
    const result = await engine.match({ enterpriseTypes: ['专精特新'] });
    expect(firstIds(result.groups).slice(0, 2)).toEqual(['5.3.5', '5.3.1']);
  });

  it('finds the 金衢丽绿色经济走廊 clause for 金华', async () => {
    expect(firstIds((await engine.match({ region: '金华' })).groups)[0]).toBe('2.4.3');
  });

  it('gives a 化工 company wanting a new high-energy project the 严控新上石化、化工 clause first', async () => {
    const result = await engine.match({ industry: '化工', needs: ['绿色低碳/节能'], description: '想新上一个高耗能项目' });
    expect(result.groups[0]!.measures[0]!.id).toBe('6.1.2');
    expect(result.groups[0]!.measures[0]!.quote).toContain('严控新上石化、化工、化纤等高耗能项目');
  });

  it('parses a free-text description into a profile with the lexicon', async () => {
    const result = await engine.match({ description: '宁波一家做汽车零部件的专精特新企业，想扩产缺钱' });
    expect(result.profile).toEqual({ industry: ['汽车'], region: ['宁波'], enterpriseTypes: ['专精特新/小巨人'], needs: ['融资信贷', '用地用能'] });
    expect(result.groups.map((g) => g.need)).toEqual(['融资信贷', '用地用能', '与您的企业相关的其他措施']);
  });

  it('says honestly when the plan does not address the profile, with 12345', async () => {
    const result = await engine.match({ description: '想随便了解一下' });
    expect(result.groups).toEqual([]);
    expect(result.message).toBe(NO_MATCH_MESSAGE);
    expect(result.message).toContain('12345');
  });

  it('does not list 杭州 measures for a restaurant in 杭州: the plan is about manufacturing', async () => {
    const result = await engine.match({ description: '在杭州开饭店的，想要餐饮补贴' });
    expect(result.groups).toEqual([]);
    expect(result.message).toBe(OUTSIDE_MANUFACTURING_MESSAGE('饭店'));
  });
});

describe('facets are computed from the table, not assigned', () => {
  it('tags a clause by the words of its text and heading path', async () => {
    const table = parseFacetTable((await lexiconSources()).facets);
    const facets = tagClause({ text: '进一步提高小微企业贷款风险容忍度。', path: ['三、完善创新体系', '（三）引导创新资本向制造业集中'] }, table);
    expect(facets.enterpriseType).toEqual([{ name: '小微企业', words: ['小微企业'], inText: true }]);
    expect(facets.need.map((f) => f.name)).toEqual(['融资信贷']);
    expect(facets.region).toEqual([]);
  });

  it('rejects a facet table with a missing class', () => {
    expect(() => parseFacetTable('{"industry": []}')).toThrow('facets.json: "enterpriseType" must be a list of {name, clause, query}');
  });
});
