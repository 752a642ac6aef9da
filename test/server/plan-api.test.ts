import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_META } from '../helpers.js';
import { makeApp, testEngine, type TestApp } from './_helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

const K_ERROR = { error: { code: 'invalid_request', message: '参数 k 必须是 1 到 20 之间的整数', field: 'k' } };

describe('GET /api/search', () => {
  it('finds clause 4.5.1 first for 5G基站, with verbatim highlights', async () => {
    const res = await t.app.request(`/api/search?q=${encodeURIComponent('5G基站')}`);
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results[0].id).toBe('4.5.1');
    expect(results.length).toBeLessThanOrEqual(8);
    for (const r of results) for (const h of r.highlights) expect(r.text).toContain(h);
    expect(Object.keys(results[0]).sort()).toEqual(['highlights', 'id', 'label', 'path', 'score', 'text']);
  });

  it('returns exactly k results when k=2', async () => {
    const { results } = await (await t.app.request(`/api/search?q=${encodeURIComponent('制造业')}&k=2`)).json();
    expect(results).toHaveLength(2);
  });

  it.each(['-1', '0', '21', '10000', '1.5', 'abc', ''])('400 for k=%s', async (k) => {
    const res = await t.app.request(`/api/search?q=5G&k=${k}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(K_ERROR);
  });

  it('400 when k is given twice', async () => {
    const res = await t.app.request('/api/search?q=5G&k=1&k=2');
    expect(await res.json()).toEqual(K_ERROR);
  });

  it.each([
    ['no q', '/api/search', '请输入搜索内容'],
    ['a blank q', '/api/search?q=%20%20', '请输入搜索内容'],
    ['a 201-character q', `/api/search?q=${encodeURIComponent('字'.repeat(201))}`, '搜索内容不能超过 200 个字'],
  ])('400 for %s', async (_name, url, message) => {
    const res = await t.app.request(url);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message, field: 'q' } });
  });
});

describe('GET /api/clauses', () => {
  it('returns the table of contents as parts → sections → clauses', async () => {
    const { toc } = await (await t.app.request('/api/clauses')).json();
    const part4 = toc.find((p: { id: string }) => p.id === '4');
    expect(part4.heading).toBe('四、加快数字化发展，引领制造业全方位升级');
    expect(part4.url).toBe('/plan#part-4');
    expect(part4.sections.map((s: { id: string }) => s.id)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5']);
    const s45 = part4.sections[4];
    expect(s45).toMatchObject({ heading: '（五）建设一流数字基础设施', label: '四（五）建设一流数字基础设施', url: '/plan#sec-4.5' });
    expect(s45.clauses).toEqual([
      { id: '4.5.1', label: '四（五）建设一流数字基础设施', title: '构建高速泛在的网络基础设施', url: '/plan#4.5.1', kind: 'paragraph' },
      { id: '4.5.2', label: '四（五）建设一流数字基础设施', title: '建设高效绿色算力基础设施', url: '/plan#4.5.2', kind: 'paragraph' },
      { id: '4.5.3', label: '四（五）建设一流数字基础设施', title: '打造新兴技术及融合基础设施', url: '/plan#4.5.3', kind: 'paragraph' },
    ]);
  });

  it('lists every clause of the corpus exactly once', async () => {
    const { toc } = await (await t.app.request('/api/clauses')).json();
    const ids = toc.flatMap((p: any) => [...p.clauses, ...p.sections.flatMap((s: any) => s.clauses)].map((c: any) => c.id));
    const corpus = (await testEngine()).index.corpus;
    expect([...ids].sort()).toEqual(corpus.clauses.map((c) => c.id).sort());
  });

  it('GET /api/clauses/4.5.1 returns the clause with its neighbours', async () => {
    const res = await t.app.request('/api/clauses/4.5.1');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.clause).toMatchObject({ id: '4.5.1', kind: 'paragraph', label: '四（五）建设一流数字基础设施', url: '/plan#4.5.1' });
    expect(body.clause.text).toContain('到2025年，建成5G基站20万个以上');
    expect(body.prev).toEqual({ id: '4.4.3', label: '四（四）推进企业数字化转型', title: '规范数据资源开发利用', url: '/plan#4.4.3' });
    expect(body.next).toEqual({ id: '4.5.2', label: '四（五）建设一流数字基础设施', title: '建设高效绿色算力基础设施', url: '/plan#4.5.2' });
  });

  it('the last clause has no next', async () => {
    const body = await (await t.app.request('/api/clauses/8.3')).json();
    expect(body.next).toBeNull();
    expect(body.prev.id).toBe('8.2');
  });

  it('404 with a Chinese message for an unknown clause', async () => {
    const res = await t.app.request('/api/clauses/9.9.9');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: '未找到编号为 9.9.9 的条款', field: 'id' } });
  });
});

describe('GET /api/meta', () => {
  it('returns the document metadata and the index manifest', async () => {
    const body = await (await t.app.request('/api/meta')).json();
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject(PLAN_META);
    const { manifest } = (await testEngine()).index;
    expect(body.manifest).toMatchObject({ buildId: manifest.buildId, clauseCount: manifest.clauseCount, embedder: manifest.embedder });
    expect(body.manifest.files).toBeUndefined();
  });
});
