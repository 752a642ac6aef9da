/**
 * What every driver of the store must do, run against SQLite and against a real PostgreSQL: the same
 * queries, the same answers. Each case opens a fresh, migrated database through `open`.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/ingest/cards.js';
import type { BuildToPublish } from '../../src/store/index-builds.js';
import type { AskRecord } from '../../src/store/log.js';
import type { Database } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';

export interface Opened {
  store: Store;
  db: Kysely<Database>;
}

export type Open = (options: { now: () => Date; logQuestions?: boolean }) => Promise<Opened>;

/** A clock the test moves. */
export function clock(start = '2026-03-01T02:00:00.000Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at), set: (iso: string) => (at = Date.parse(iso)), advance: (ms: number) => (at += ms) };
}

export const ask = (over: Partial<AskRecord> = {}): AskRecord => ({
  question: '到2025年要建多少个5G基站？',
  answer: '到2025年，建成5G基站20万个以上。[1]',
  refused: false,
  refusalReason: null,
  mode: 'extractive',
  latencyMs: 12.5,
  evidence: 0.92,
  cardId: null,
  cardIds: [],
  citations: ['4.5.1'],
  channel: 'ask',
  ...over,
});

const card = (over: Partial<Card> = {}): Card => ({ id: 'ann-1', clauses: ['5.3.1'], questions: ['小厂怎么跟着大厂一起干'], keywords: [], source: 'supervisor', ...over });

export function storeContract(open: Open): void {
  let opened: Opened | null = null;
  const t = clock();
  afterEach(async () => {
    await opened?.store.close();
    opened = null;
    t.set('2026-03-01T02:00:00.000Z');
  });
  const fresh = async (logQuestions = true) => (opened = await open({ now: t.now, logQuestions }));

  describe('feedback', () => {
    it('stores redacted feedback with increasing ids, linked to the logged answer it is about', async () => {
      const { store, db } = await fresh();
      store.log.record(ask({ question: '5G基站有多少？我的手机13812345678' }));
      // Still queued: the feedback finds the row in the queue.
      const first = await store.feedback.add({ question: '5G基站有多少？我的手机13812345678', answer: ask().answer, helpful: true });
      await store.log.flush();
      const second = await store.feedback.add({ question: '别的问题', answer: '别的回答', helpful: false, comment: '请发邮件到 li.si@example.com 或打 0571-87654321' });
      expect([first, second]).toEqual([1, 2]);
      const rows = await db.selectFrom('feedback').select(['id', 'question', 'helpful', 'comment', 'ask_id']).orderBy('id').execute();
      const [logged] = (await store.log.find({})).rows;
      expect(rows).toEqual([
        { id: 1, question: '5G基站有多少？我的手机[手机号]', helpful: 1, comment: null, ask_id: logged!.id },
        { id: 2, question: '别的问题', helpful: 0, comment: '请发邮件到 [邮箱] 或打 [电话]', ask_id: null },
      ]);
      expect(logged!.feedback).toEqual([{ id: 1, createdAt: '2026-03-01T02:00:00.000Z', helpful: true, comment: null }]);
    });

    it('lists unhelpful questions by frequency, one question however it ends, with their comments', async () => {
      const { store } = await fresh();
      await store.feedback.add({ question: '融资支持？', answer: '…', helpful: false, comment: '太笼统' });
      t.advance(60_000);
      await store.feedback.add({ question: '融资支持', answer: '…', helpful: false, comment: '没有金额' });
      await store.feedback.add({ question: '融资支持', answer: '…', helpful: true });
      await store.feedback.add({ question: '天气', answer: '…', helpful: false });
      expect(await store.feedback.topUnhelpful(5)).toEqual([
        { question: '融资支持', count: 2, lastAt: '2026-03-01T02:01:00.000Z', notes: ['太笼统', '没有金额'] },
        { question: '天气', count: 1, lastAt: '2026-03-01T02:01:00.000Z', notes: [] },
      ]);
      expect(await store.feedback.topUnhelpful(5, '2026-03-01T02:00:30.000Z')).toHaveLength(2);
      expect(await store.feedback.topUnhelpful(5, '2026-03-02T00:00:00.000Z')).toEqual([]);
    });
  });

  describe('conversation log', () => {
    it('stores every question redacted — phone, ID card, bank card, e-mail — with its answer, citations and cards', async () => {
      const { store, db } = await fresh();
      store.log.record(
        ask({
          question: '我身份证330102199001011234，卡号6222 0212 3456 7890，邮箱a.b@qq.com，电话13912345678，能申请吗',
          answer: '请致电 13912345678 咨询。',
          cardIds: ['ann-1', 'ann-1', 'cards:3'],
          citations: ['4.5.1', '3.3.4'],
        }),
      );
      await store.log.flush();
      const [row] = await db.selectFrom('asks').selectAll().execute();
      expect(row).toMatchObject({
        question: '我身份证[身份证号]，卡号[银行卡号]，邮箱[邮箱]，电话[手机号]，能申请吗',
        answer: '请致电 [手机号] 咨询。',
        day: '2026-03-01',
        created_at: '2026-03-01T02:00:00.000Z',
        refused: 0,
        latency_ms: 12.5,
        evidence: 0.92,
        channel: 'ask',
      });
      const all = JSON.stringify(await db.selectFrom('asks').selectAll().execute());
      for (const secret of ['330102199001011234', '6222', 'a.b@qq.com', '13912345678']) expect(all).not.toContain(secret);
      const { rows } = await store.log.find({});
      expect(rows[0]!.citations).toEqual(['4.5.1', '3.3.4']);
      expect(rows[0]!.cardIds).toEqual(['ann-1', 'cards:3']);
    });

    it('filters by refused, 没帮助, weak evidence, CST dates and text (wildcards literal), newest first, in pages', async () => {
      const { store } = await fresh();
      store.log.record(ask({ question: '5G基站目标？' }));
      t.set('2026-03-01T17:00:00.000Z'); // 01:00 on 2 March in China
      store.log.record(ask({ question: '今天天气怎么样', answer: '规划没有涉及。', refused: true, refusalReason: 'no_evidence', evidence: 0.1, citations: [] }));
      t.advance(1000);
      store.log.record(ask({ question: '100%的企业都能贷款吗', answer: '……[1]', evidence: 0.6, citations: ['3.3.4'] }));
      await store.feedback.add({ question: '100%的企业都能贷款吗', answer: '……[1]', helpful: false });
      const questions = async (filter: Parameters<Store['log']['find']>[0]) => (await store.log.find(filter)).rows.map((r) => r.question);
      expect(await questions({})).toEqual(['100%的企业都能贷款吗', '今天天气怎么样', '5G基站目标？']);
      expect(await questions({ refused: true })).toEqual(['今天天气怎么样']);
      expect(await questions({ unhelpful: true })).toEqual(['100%的企业都能贷款吗']);
      expect(await questions({ weak: true })).toEqual(['100%的企业都能贷款吗']);
      expect(await questions({ from: '2026-03-02' })).toEqual(['100%的企业都能贷款吗', '今天天气怎么样']);
      expect(await questions({ to: '2026-03-01' })).toEqual(['5G基站目标？']);
      expect(await questions({ text: '%的' })).toEqual(['100%的企业都能贷款吗']);
      expect(await questions({ text: '_' })).toEqual([]);
      expect(await questions({ text: '5g' })).toEqual(['5G基站目标？']);
      expect(await questions({ text: '天气', refused: true, from: '2026-03-02', to: '2026-03-02' })).toEqual(['今天天气怎么样']);
      const page = await store.log.find({}, { offset: 1, limit: 1 });
      expect([page.total, page.rows.map((r) => r.question)]).toEqual([3, ['今天天气怎么样']]);
    });

    it('lists refused questions by frequency with their reasons', async () => {
      const { store } = await fresh();
      store.log.record(ask({ question: '今天天气怎么样？', refused: true, refusalReason: 'no_evidence' }));
      store.log.record(ask({ question: '今天天气怎么样', refused: true, refusalReason: 'referral' }));
      t.advance(5000);
      store.log.record(ask({ question: '帮我写首诗', refused: true, refusalReason: 'not_plan_question' }));
      store.log.record(ask());
      expect(await store.log.topRefused(10)).toEqual([
        { question: '今天天气怎么样', count: 2, lastAt: '2026-03-01T02:00:00.000Z', notes: ['no_evidence', 'referral'] },
        { question: '帮我写首诗', count: 1, lastAt: '2026-03-01T02:00:05.000Z', notes: ['not_plan_question'] },
      ]);
    });

    it('purges rows past the retention with their citations and cards, and unlinks their feedback', async () => {
      const { store, db } = await fresh();
      store.log.record(ask({ question: '旧问题', cardIds: ['ann-1'] }));
      await store.feedback.add({ question: '旧问题', answer: ask().answer, helpful: true });
      t.set('2026-06-01T00:00:00.000Z');
      store.log.record(ask({ question: '新问题', cardIds: ['ann-1'] }));
      expect(await store.log.purge('2026-05-01T00:00:00.000Z')).toBe(1);
      expect((await store.log.find({})).rows.map((r) => r.question)).toEqual(['新问题']);
      const counts = await Promise.all(['ask_citations', 'ask_cards'].map((table) => sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(db)));
      expect(counts.map((c) => Number(c.rows[0]!.n))).toEqual([1, 1]);
      expect(await db.selectFrom('feedback').select(['question', 'ask_id']).execute()).toEqual([{ question: '旧问题', ask_id: null }]);
    });

    it('logs nothing when questions are not to be logged (LOG_RETENTION_DAYS=0); feedback is still stored', async () => {
      const { store } = await fresh(false);
      store.log.record(ask());
      expect(store.log.enabled).toBe(false);
      expect(await store.log.find({})).toEqual({ rows: [], total: 0 });
      expect(await store.feedback.add({ question: ask().question, answer: ask().answer, helpful: true })).toBe(1);
    });
  });

  describe('annotations', () => {
    it('saves, updates and deletes cards with an audit row each, and counts the questions each served', async () => {
      const { store } = await fresh();
      expect(await store.annotations.save(card(), { actor: '张三', askId: 'ask-1' })).toEqual({ created: true });
      t.advance(60_000);
      expect(await store.annotations.save(card({ questions: ['小厂怎么跟着大厂一起干', '小企业配套大企业'] }), { actor: '李四' })).toEqual({ created: false });
      await store.annotations.save(card({ id: 'ann-2', clauses: [], referral: { department: '当地人力社保部门', hotline: '12333' }, questions: ['养老金什么时候调整'] }), { actor: '张三' });
      store.log.record(ask({ cardIds: ['ann-1'] }));
      store.log.record(ask({ cardIds: ['ann-1', 'cards:7'] }));
      const [first, second] = await store.annotations.list(); // newest change first, then by id
      expect(first).toEqual({
        card: { id: 'ann-1', clauses: ['5.3.1'], questions: ['小厂怎么跟着大厂一起干', '小企业配套大企业'], keywords: [], source: 'supervisor' },
        askId: 'ask-1',
        createdAt: '2026-03-01T02:00:00.000Z',
        createdBy: '张三',
        updatedAt: '2026-03-01T02:01:00.000Z',
        updatedBy: '李四',
        served: 2,
      });
      expect(second!.card.referral).toEqual({ department: '当地人力社保部门', hotline: '12333' });
      expect((await store.annotations.cards()).map((c) => c.id)).toEqual(['ann-1', 'ann-2']);
      expect(await store.annotations.remove('ann-2', { actor: '王五' })).toBe(true);
      expect(await store.annotations.remove('ann-2', { actor: '王五' })).toBe(false);
      const audit = (await store.audit.list()).rows.map((r) => [r.actor, r.action, r.target]);
      expect(audit).toEqual([
        ['王五', 'annotation_delete', 'ann-2'],
        ['张三', 'annotation_create', 'ann-2'],
        ['李四', 'annotation_update', 'ann-1'],
        ['张三', 'annotation_create', 'ann-1'],
      ]);
      expect(JSON.parse((await store.audit.list()).rows[2]!.detail!)).toMatchObject({ id: 'ann-1', questions: ['小厂怎么跟着大厂一起干', '小企业配套大企业'] });
    });

    it('imports many cards in one transaction with one audit row', async () => {
      const { store } = await fresh();
      await store.annotations.save(card(), { actor: '张三' });
      expect(await store.annotations.importCards([card({ keywords: ['配套'] }), card({ id: 'ann-9' })], { actor: '李四' })).toEqual({ created: 1, updated: 1 });
      expect((await store.annotations.cards()).map((c) => [c.id, c.keywords])).toEqual([
        ['ann-1', ['配套']],
        ['ann-9', []],
      ]);
      const [last] = (await store.audit.list()).rows;
      expect([last!.action, JSON.parse(last!.detail!)]).toEqual(['annotations_import', { ids: ['ann-1', 'ann-9'], created: 1, updated: 1 }]);
    });
  });

  describe('sessions', () => {
    it('finds a session by its secret and token until it expires, and never stores the secret itself', async () => {
      const { store, db } = await fresh();
      const session = await store.sessions.create('张三', 3_600_000, 'tag-1');
      expect(await store.sessions.find(session.secret, 'tag-1')).toEqual({ actor: '张三', csrf: session.csrf, expiresAt: '2026-03-01T03:00:00.000Z' });
      expect(await store.sessions.find(`${session.secret}x`, 'tag-1')).toBeNull();
      // Opened with another ADMIN_TOKEN: a rotated token ends the session.
      expect(await store.sessions.find(session.secret, 'tag-2')).toBeNull();
      expect(JSON.stringify(await db.selectFrom('admin_sessions').selectAll().execute())).not.toContain(session.secret);
      t.advance(3_600_000);
      expect(await store.sessions.find(session.secret, 'tag-1')).toBeNull();
      expect(await store.sessions.purgeExpired()).toBe(1);
      const other = await store.sessions.create('李四', 60_000, 'tag-1');
      await store.sessions.remove(other.secret);
      expect(await store.sessions.find(other.secret, 'tag-1')).toBeNull();
    });
  });

  describe('dashboard', () => {
    it('counts questions per CST day, refusals, 有帮助, latency buckets and the most-cited clauses', async () => {
      const { store } = await fresh();
      store.log.record(ask({ latencyMs: 8, citations: ['4.5.1', '3.3.4'] }));
      store.log.record(ask({ question: '天气', refused: true, refusalReason: 'no_evidence', latencyMs: 30, citations: [] }));
      await store.feedback.add({ question: ask().question, answer: ask().answer, helpful: true });
      await store.feedback.add({ question: '天气', answer: ask().answer, helpful: false, comment: '答非所问' });
      t.set('2026-03-02T20:00:00.000Z'); // 3 March in China
      store.log.record(ask({ latencyMs: 3000, citations: ['4.5.1'] }));
      const stats = await store.dashboard.stats({ from: '2026-02-28', to: '2026-03-03' });
      expect(stats.days).toEqual([
        { day: '2026-02-28', questions: 0, refused: 0, avgLatencyMs: null },
        { day: '2026-03-01', questions: 2, refused: 1, avgLatencyMs: 19 },
        { day: '2026-03-02', questions: 0, refused: 0, avgLatencyMs: null },
        { day: '2026-03-03', questions: 1, refused: 0, avgLatencyMs: 3000 },
      ]);
      expect(stats.totals).toEqual({ questions: 3, refused: 1, feedback: 2, helpful: 1 });
      expect(stats.topCited).toEqual([
        { clauseId: '4.5.1', count: 2 },
        { clauseId: '3.3.4', count: 1 },
      ]);
      expect(stats.latency.filter((b) => b.count > 0)).toEqual([
        { upTo: 10, count: 1 },
        { upTo: 50, count: 1 },
        { upTo: 5000, count: 1 },
      ]);
      expect(stats.topRefused.map((r) => r.question)).toEqual(['天气']);
      expect(stats.topUnhelpful).toEqual([{ question: '天气', count: 1, lastAt: '2026-03-01T02:00:00.000Z', notes: ['答非所问'] }]);
    });
  });

  describe('index builds', () => {
    const build = (id: string, builtAt: string, over: Partial<BuildToPublish> = {}): BuildToPublish => ({
      buildId: id,
      builtAt,
      fingerprint: 'fp-1',
      builderVersion: 3,
      embedder: 'local:v1',
      manifestSha256: `sha-${id}`,
      publishedBy: 'host-a:101',
      files: new Map([
        ['manifest.json', Buffer.from(`{"buildId":"${id}"}`)],
        ['hnsw/hnswlib.index', Buffer.from([0, 1, 2, 255, 254, 0])],
      ]),
      ...over,
    });

    it('stores a build byte for byte once, and a second publish of the same id writes nothing', async () => {
      const { store } = await fresh();
      expect(await store.indexBuilds.publish(build('b1', '2026-03-01T01:00:00.000Z'))).toBe(true);
      const again = build('b1', '2026-03-01T01:00:00.000Z', { publishedBy: 'host-b:202', files: new Map([['manifest.json', Buffer.from('other')]]) });
      expect(await store.indexBuilds.publish(again)).toBe(false);
      expect(await store.indexBuilds.has('b1')).toBe(true);
      expect(await store.indexBuilds.has('b2')).toBe(false);
      expect(await store.indexBuilds.get('b1')).toEqual({
        buildId: 'b1', builtAt: '2026-03-01T01:00:00.000Z', fingerprint: 'fp-1', builderVersion: 3, embedder: 'local:v1',
        manifestSha256: 'sha-b1', bytes: 22, publishedAt: '2026-03-01T02:00:00.000Z', publishedBy: 'host-a:101',
      });
      const files = await store.indexBuilds.files('b1');
      expect([...files.keys()].sort()).toEqual(['hnsw/hnswlib.index', 'manifest.json']);
      expect([...files.get('hnsw/hnswlib.index')!]).toEqual([0, 1, 2, 255, 254, 0]);
      expect(files.get('manifest.json')!.toString('utf8')).toBe('{"buildId":"b1"}');
      expect((await store.indexBuilds.files('b2')).size).toBe(0);
    });

    it('lists the newest builds of the same sources, builder and embedder first, and prunes all but the newest', async () => {
      const { store } = await fresh();
      await store.indexBuilds.publish(build('b1', '2026-03-01T01:00:00.000Z'));
      await store.indexBuilds.publish(build('b3', '2026-03-01T03:00:00.000Z'));
      await store.indexBuilds.publish(build('b2', '2026-03-01T02:00:00.000Z'));
      await store.indexBuilds.publish(build('other-sources', '2026-03-01T04:00:00.000Z', { fingerprint: 'fp-2' }));
      await store.indexBuilds.publish(build('other-embedder', '2026-03-01T05:00:00.000Z', { embedder: 'openai:bge-m3' }));
      const match = { fingerprint: 'fp-1', builderVersion: 3, embedder: 'local:v1' };
      expect((await store.indexBuilds.newest(match)).map((b) => b.buildId)).toEqual(['b3', 'b2', 'b1']);
      expect((await store.indexBuilds.newest(match, 1)).map((b) => b.buildId)).toEqual(['b3']);
      expect(await store.indexBuilds.newest({ ...match, builderVersion: 4 })).toEqual([]);
      expect(await store.indexBuilds.prune(3)).toEqual(['b1', 'b2']);
      expect((await store.indexBuilds.newest(match)).map((b) => b.buildId)).toEqual(['b3']);
      expect((await store.indexBuilds.files('b1')).size).toBe(0);
      expect(await store.indexBuilds.prune(3)).toEqual([]);
    });
  });
}
