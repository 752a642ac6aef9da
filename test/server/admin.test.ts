/**
 * /admin in-process: off without ADMIN_TOKEN, sign-in (constant-time token, name, own CSRF token, rate
 * limit), session cookie flags, CSRF on every write, the audit log, the conversation log as supervisors see
 * it, and annotations — link, referral, curated answer (checked: rejected when not verbatim or a number is
 * invented) — served by the next question without a restart; JSONL round trip; CSV export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, csrfIn, type AdminClient } from './_admin-client.js';
import { parseCards } from '../../src/ingest/cards.js';
import { tokenTag } from '../../src/server/admin/auth.js';
import { ADMIN_TOKEN, expectSelfContained, makeApp, postJson, testEngine, type TestApp } from './_helpers.js';

/** An everyday question the plan's gate refuses, and a close rewording of it (annotated.test.ts). */
const EVERYDAY = '老王讲有个啥拜把子，小厂抱大厂大腿';
const REWORDED = '老王说有个拜把子，小厂抱大厂大腿？';

const ask = async (t: TestApp, question: string) => (await postJson(t.app, '/api/ask', { question })).json();

/** The id of the newest log row whose question is `question`. */
async function logRowId(t: TestApp, question: string): Promise<string> {
  const { rows } = await t.deps.store.log.find({ text: question });
  return rows[0]!.id;
}

describe('/admin is off without ADMIN_TOKEN', () => {
  it.each(['/admin', '/admin/login', '/admin/log'])('GET %s is the JSON 404', async (path) => {
    const t = await makeApp();
    const res = await t.app.request(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: '未找到请求的地址' } });
  });
});

describe('signing in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp({ admin: { signInAttempts: 4 } });
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    const res = await t.app.request('/admin/log');
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin/login']);
  });

  it('refuses a wrong token (401, audited under the typed name) and a form without its sign-in token (403)', async () => {
    const c = adminClient(t.app);
    const page = await (await c.get('/admin/login')).text();
    const signin = page.match(/name="_signin" value="([^"]+)"/)![1]!;
    const wrong = await c.post('/admin/login', { _signin: signin, name: '王五', token: `${ADMIN_TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('口令不正确。');
    expect(c.cookies.has('zcwd_admin')).toBe(false);
    const forged = await adminClient(t.app).post('/admin/login', { _signin: 'made-up', name: '王五', token: ADMIN_TOKEN });
    expect(forged.status).toBe(403);
    const [last] = (await t.deps.store.audit.list()).rows;
    expect([last!.actor, last!.action]).toEqual(['王五', 'signin_failed']);
  });

  it('signs in with the token and a name: HttpOnly, SameSite=Strict session cookie on /admin, Secure behind https', async () => {
    const c = adminClient(t.app);
    await c.get('/admin/login');
    const page = await (await t.app.request('/admin/login', { headers: { Cookie: `zcwd_admin_signin=${c.cookies.get('zcwd_admin_signin')}` } })).text();
    expect(page).toContain('管理口令');
    const signin = (await (await c.get('/admin/login')).text()).match(/name="_signin" value="([^"]+)"/)![1]!;
    const res = await c.post('/admin/login', { _signin: signin, name: '  张三  ', token: ADMIN_TOKEN }, { 'X-Forwarded-Proto': 'https' });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin']);
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('zcwd_admin='))!;
    expect(cookie).toMatch(/; Max-Age=28800; Path=\/admin; HttpOnly; Secure; SameSite=Strict$/);
    const plain = adminClient(t.app);
    await plain.signIn('李四');
    expect((await (await plain.get('/admin')).text())).toContain('<span class="who-signed">李四</span>');
    const [last] = (await t.deps.store.audit.list()).rows;
    expect([last!.actor, last!.action]).toEqual(['李四', 'signin']);
  });

  it('rate-limits sign-in attempts per client: 429 with Retry-After', async () => {
    const limited = await makeApp({ admin: { signInAttempts: 2 } });
    const c = adminClient(limited.app);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await c.post('/admin/login', { _signin: 'x', name: '王五', token: 'wrong-token-wrong' })).status);
    expect(statuses).toEqual([403, 403, 429]);
    const res = await c.post('/admin/login', { _signin: 'x', name: '王五', token: ADMIN_TOKEN });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.text()).toContain('登录尝试过于频繁，请 15 分钟后再试。');
  });
});

describe('every write needs the session and its CSRF token', () => {
  let t: TestApp;
  let c: AdminClient;
  let rowId: string;
  beforeAll(async () => {
    t = await makeApp({ admin: true });
    await ask(t, EVERYDAY);
    rowId = await logRowId(t, EVERYDAY);
    c = adminClient(t.app);
    await c.signIn();
  });
  const link = { kind: 'link', clauses: '5.3.1', questions: EVERYDAY };

  it.each([
    ['no token', { _csrf: '' }, {}],
    ['a wrong token', { _csrf: 'not-the-token' }, {}],
    ['the right token from another site', {}, { 'Sec-Fetch-Site': 'cross-site' }],
  ])('403 for %s, and nothing is stored', async (_name, fields, headers) => {
    const res = await c.post(`/admin/log/${rowId}/annotate`, { ...link, ...fields }, headers);
    expect(res.status).toBe(403);
    expect(await t.deps.store.annotations.list()).toEqual([]);
  });

  it('403 for a write without a session', async () => {
    const res = await adminClient(t.app).post(`/admin/log/${rowId}/annotate`, { ...link, _csrf: c.csrf! });
    expect(res.status).toBe(403);
  });

  it('signs out with the token: the session is gone and audited', async () => {
    const other = adminClient(t.app);
    await other.signIn('李四');
    const secret = other.cookies.get('zcwd_admin')!;
    const res = await other.post('/admin/logout', {});
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin/login']);
    expect(await t.deps.store.sessions.find(secret, tokenTag(ADMIN_TOKEN))).toBeNull();
    expect((await t.app.request('/admin', { headers: { Cookie: `zcwd_admin=${secret}` } })).status).toBe(303);
    const [last] = (await t.deps.store.audit.list()).rows;
    expect([last!.actor, last!.action]).toEqual(['李四', 'signout']);
  });
});

describe('a new ADMIN_TOKEN', () => {
  it('ends the sessions opened with the old one', async () => {
    const t = await makeApp({ admin: true });
    const c = adminClient(t.app);
    await c.signIn();
    const rotated = await makeApp({ admin: { token: `${ADMIN_TOKEN}-rotated` } });
    // The same store, served by a process started with another token.
    const app = (await import('../../src/server/app.js')).createApp({ ...rotated.deps, store: t.deps.store });
    const res = await app.request('/admin', { headers: { Cookie: `zcwd_admin=${c.cookies.get('zcwd_admin')}` } });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin/login']);
    expect((await t.app.request('/admin', { headers: { Cookie: `zcwd_admin=${c.cookies.get('zcwd_admin')}` } })).status).toBe(200);
  });
});

describe('annotating from the conversation log', () => {
  let t: TestApp;
  let c: AdminClient;
  beforeAll(async () => {
    t = await makeApp({ admin: true });
    c = adminClient(t.app);
    await c.signIn('张三');
  });

  it('shows refused questions in the log, redacted', async () => {
    await ask(t, `${EVERYDAY}，我电话13812345678`);
    const html = await (await c.get('/admin/log?refused=1')).text();
    expect(html).toContain(`${EVERYDAY}，我电话[手机号]`);
    expect(html).not.toContain('13812345678');
    expect(html).toContain('未能回答 · 规划中没有依据');
  });

  it('links a refused question to a clause: the same question and a close rewording are answered from it, at once', async () => {
    const before = await ask(t, EVERYDAY);
    expect(before.refused).toBe(true);
    const rowId = await logRowId(t, EVERYDAY);
    const page = await (await c.get(`/admin/log/${rowId}?q=${encodeURIComponent('大中小企业融通发展')}`)).text();
    expect(page).toContain('value="5.3.1"');
    const res = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'link', clauses: '5.3.1', questions: EVERYDAY });
    expect(res.status).toBe(303);
    const annotationId = res.headers.get('location')!.match(/^\/admin\/annotations\/(ann-[0-9a-f]{10})\?saved=1$/)![1]!;
    const same = await ask(t, EVERYDAY);
    const reworded = await ask(t, REWORDED);
    expect([same.refused, same.citations[0].id]).toEqual([false, '5.3.1']);
    expect([reworded.refused, reworded.citations[0].id]).toEqual([false, '5.3.1']);
    const list = await (await c.get('/admin/annotations')).text();
    expect(list).toContain(`${annotationId}</a> <span class="count">已服务 2 个提问</span>`);
    const audit = (await t.deps.store.audit.list()).rows[0]!;
    expect([audit.actor, audit.action, audit.target]).toEqual(['张三', 'annotation_create', annotationId]);
    const row = (await t.deps.store.annotations.get(annotationId))!;
    expect([row.askId, row.card]).toEqual([rowId, { id: annotationId, clauses: ['5.3.1'], questions: [EVERYDAY], keywords: [], source: 'supervisor' }]);
  });

  it('rejects a curated answer with a sentence that is not in its clause, or a number the clause lacks', async () => {
    await ask(t, '第一次找银行贷款有什么帮助');
    const rowId = await logRowId(t, '第一次找银行贷款有什么帮助');
    const unquoted = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'curated', clauseList: '3.3.4', answer: '规划对首次贷款的企业给予贴息支持。[1]', questions: '第一次找银行贷款有什么帮助' });
    expect(unquoted.status).toBe(422);
    const unquotedPage = await unquoted.text();
    expect(unquotedPage).toContain('这句话不是所引条款（三（三）');
    expect(unquotedPage).toContain('规划对首次贷款的企业给予贴息支持。[1]</textarea>');
    const clause = (await testEngine()).index.corpus.clauses.find((cl) => cl.id === '3.3.4')!;
    const sentence = clause.sentences.find((s) => s.includes('首贷户'))!.trim();
    const invented = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'curated', clauseList: '3.3.4', answer: `首贷户最高可获500万元。${sentence}[1]`, questions: '第一次找银行贷款有什么帮助' });
    expect(invented.status).toBe(422);
    expect(await invented.text()).toContain('数字“500”不在所引条款中：回复里的数字必须出自引用的条款。');
    expect(await t.deps.store.annotations.cards()).not.toContainEqual(expect.objectContaining({ answer: expect.any(String) }));
  });

  it('serves an accepted curated answer as mode curated, with its citations', async () => {
    const rowId = await logRowId(t, '第一次找银行贷款有什么帮助');
    const clause = (await testEngine()).index.corpus.clauses.find((cl) => cl.id === '3.3.4')!;
    const sentence = clause.sentences.find((s) => s.includes('首贷户'))!.trim();
    const answer = `关于首次贷款，规划提出：${sentence}[1]`;
    const res = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'curated', clauseList: '3.3.4', answer, questions: '第一次找银行贷款有什么帮助' });
    expect(res.status).toBe(303);
    const body = await ask(t, '第一次找银行贷款有什么帮助');
    expect([body.mode, body.answer, body.citations.map((x: { n: number; id: string }) => [x.n, x.id])]).toEqual(['curated', answer, [[1, '3.3.4']]]);
  });

  it('marks a question out of scope with a referral that the refusal names', async () => {
    await ask(t, '退休职工的养老金什么时候调整');
    const rowId = await logRowId(t, '退休职工的养老金什么时候调整');
    const missing = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'referral', department: '', hotline: '12333', questions: '退休职工的养老金什么时候调整' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('请填写负责的部门（2 到 60 字）');
    const res = await c.post(`/admin/log/${rowId}/annotate`, { kind: 'referral', department: '当地人力社保部门', hotline: '12333', questions: '退休职工的养老金什么时候调整' });
    expect(res.status).toBe(303);
    const body = await ask(t, '退休职工的养老金什么时候调整');
    expect(body.refused).toBe(true);
    expect(body.answer).toContain('此类事项由当地人力社保部门办理，可拨打12333咨询');
  });

  it('exports annotations as JSONL in the CardSchema shape, and imports the export back unchanged', async () => {
    const exported = await (await c.get('/admin/annotations.jsonl')).text();
    const cards = exported.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(cards.map((card) => card.id)).toEqual(cards.map((card) => card.id).sort());
    expect(cards.map((card) => Object.keys(card).join(' ')).sort()).toEqual([
      'id clauses questions keywords answer source',
      'id clauses questions keywords source',
      'id clauses questions keywords source referral',
    ]);
    // The file is what data/lexicon/cards/ takes: the ingest's own loader reads it back unchanged.
    const clauseIds = new Set((await testEngine()).index.corpus.clauses.map((cl) => cl.id));
    expect(parseCards([{ file: 'annotations.jsonl', text: exported }], clauseIds)).toEqual({ ok: true, value: cards });
    for (const card of cards) await c.post(`/admin/annotations/${card.id as string}/delete`, {});
    expect(await t.deps.store.annotations.cards()).toEqual([]);
    expect((await ask(t, EVERYDAY)).refused).toBe(true);
    const imported = await c.post('/admin/annotations/import', { text: exported });
    expect([imported.status, imported.headers.get('location')]).toEqual([303, '/admin/annotations?imported=3-0']);
    expect(await (await c.get('/admin/annotations.jsonl')).text()).toBe(exported);
    expect((await ask(t, REWORDED)).citations[0].id).toBe('5.3.1');
  });

  it('refuses an import with a bad line, naming the line, and imports nothing', async () => {
    const before = await t.deps.store.annotations.cards();
    const res = await c.post('/admin/annotations/import', { text: '{"id":"ann-x","clauses":["5.3.1"],"questions":["一个问题"]}\n{"clauses":["99.9.9"],"questions":["另一个问题"]}\n' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('没有导入：第 2 行：条款编号“99.9.9”不在规划中。');
    expect(await t.deps.store.annotations.cards()).toEqual(before);
  });

  it('edits an annotation (checked again) and deletes it, each audited', async () => {
    const [linked] = (await t.deps.store.annotations.list()).filter((a) => a.card.clauses[0] === '5.3.1' && !a.card.answer);
    const id = linked!.card.id;
    const bad = await c.post(`/admin/annotations/${id}`, { clauseList: '5.3.1 nope', questions: EVERYDAY });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('条款编号“nope”不在规划中。');
    const good = await c.post(`/admin/annotations/${id}`, { clauseList: '5.3.1', questions: `${EVERYDAY}\n小厂配套大厂`, keywords: '结对子，配套' });
    expect(good.status).toBe(303);
    expect((await t.deps.store.annotations.get(id))!.card.keywords).toEqual(['结对子', '配套']);
    const actions = (await t.deps.store.audit.list()).rows.slice(0, 1).map((r) => [r.action, r.target]);
    expect(actions).toEqual([['annotation_update', id]]);
  });

  it('shows a hostile question as text, never as markup', async () => {
    await ask(t, '<script>alert(1)</script><img src=x onerror=alert(2)>规划');
    const rowId = await logRowId(t, '<script>alert(1)</script>');
    for (const path of ['/admin/log', `/admin/log/${rowId}`, '/admin?days=7']) {
      const html = await (await c.get(path)).text();
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).not.toContain('<img src=x');
    }
    expect(await (await c.get(`/admin/log/${rowId}`)).text()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;规划');
  });

  it('exports the filtered log as CSV with a BOM, spreadsheet formulas defused', async () => {
    await ask(t, '=HYPERLINK("http://evil.example","点我")');
    const res = await c.get('/admin/log.csv?q=HYPERLINK');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('时间,问题,回答,未能回答,原因,方式,依据,用时（毫秒）,引用条款,有帮助,没帮助,反馈意见,标注');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z,"'=HYPERLINK\(""http:\/\/evil\.example"",""点我""\)",/);
    expect(lines).toHaveLength(3);
  });

  it('renders every admin page self-contained (no inline script or style, nothing from elsewhere)', async () => {
    const rowId = await logRowId(t, EVERYDAY);
    const [annotation] = await t.deps.store.annotations.list();
    for (const path of ['/admin', '/admin?days=7', '/admin/log', `/admin/log/${rowId}`, '/admin/annotations', `/admin/annotations/${annotation!.card.id}`, '/admin/audit']) {
      const res = await c.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      await expectSelfContained(t.app, await res.text());
    }
    expect(csrfIn(await (await c.get('/admin/log')).text())).toBe(c.csrf);
    const login = await adminClient(t.app).get('/admin/login');
    expect(login.status).toBe(200);
    await expectSelfContained(t.app, await login.text());
  });
});
