/**
 * Several replicas behind a load balancer, for real: PostgreSQL 15 and Redis started here, `npm run build`,
 * and two replicas per case as `npm run start:prod` runs them, each with its own index folder. What one
 * replica writes, counts, annotates or rebuilds, the other sees; a replica killed with SIGKILL loses no
 * acknowledged feedback; a Redis outage costs shared rate limits for a while, never a 5xx.
 *
 * Without PostgreSQL or redis-server installed, one skipped test says which is missing.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../bench/_index.js';
import { postJson } from '../../bench/_server.js';
import { sha256 } from '../../src/ingest/corpus.js';
import { openPostgres } from '../../src/store/postgres.js';
import type { Database } from '../../src/store/schema.js';
import { servedBuildId, waitFor } from '../faults/_helpers.js';
import { adminClient, overHttp } from '../server/_admin-client.js';
import { ADMIN_TOKEN } from '../server/_helpers.js';
import { startPostgres, type PostgresServer } from '../store/_postgres.js';
import { startRedis, type RedisServer } from './_redis.js';
import { NGINX_SKIPPED, nginxAvailable, startNginx, type Proxy } from './_nginx.js';
import { buildDist, logLines, REPLICAS_SKIPPED, replicasAvailable, scriptFile, spawnReplica, startReplicas, steadyLoad, type Replica } from './_replicas.js';
import { withoutServer } from '../_ci.js';

const MIGRATIONS = ['0001_feedback_and_refusals', '0002_conversation_log', '0003_admin', '0004_index_builds'];
/** A question the plan alone refuses; a supervisor's link to 5.3.1 makes it answerable. */
const EVERYDAY = '老王讲有个啥拜把子，小厂抱大厂大腿';
const LINK = { id: 'ann-link', clauses: ['5.3.1'], questions: [EVERYDAY] };

const firstCitation = async (url: string, question = EVERYDAY) => {
  const { status, json } = await postJson(`${url}/api/ask`, { question });
  const body = json as { refused: boolean; citations: { id: string }[] };
  return status !== 200 ? `status ${status}` : body.refused ? 'refused' : body.citations[0]!.id;
};

/** Imports the link annotation through replica `url`'s /admin, as a supervisor would. */
async function annotateThrough(url: string): Promise<void> {
  const admin = adminClient(overHttp(url));
  await admin.signIn('张三');
  const res = await admin.post('/admin/annotations/import', { text: JSON.stringify(LINK) });
  expect(res.status).toBe(303);
}

/** Seconds until `check` holds (polled every 100 ms), or null after `timeoutMs`. */
async function secondsUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  return (await waitFor(check, timeoutMs, 100)) ? (performance.now() - started) / 1000 : null;
}

if (!replicasAvailable) {
  describe('replicas against PostgreSQL and Redis', () => withoutServer(REPLICAS_SKIPPED));
} else {
  let pg: PostgresServer;
  let redis: RedisServer;
  let databases = 0;
  const running: Replica[] = [];
  const newDatabase = () => {
    const name = `replicas_${++databases}`;
    pg.createDatabase(name);
    return pg.url(name);
  };
  /** Two replicas started at the same moment, both ready. */
  const pair = async (env: Record<string, string>): Promise<[Replica, Replica]> => {
    const [a, b] = await startReplicas(2, env);
    running.push(a!, b!);
    return [a!, b!];
  };
  const stopAll = async () => Promise.all(running.splice(0).map((r) => r.stop()));

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    buildDist();
  }, 300_000);
  afterAll(async () => {
    await stopAll();
    await pg?.stop();
    await redis?.remove();
    await removeTempDirs();
  }, 60_000);

  describe('two replicas on one PostgreSQL', () => {
    let a: Replica;
    let b: Replica;
    let url: string;
    let db: Kysely<Database>;
    beforeAll(async () => {
      url = newDatabase();
      [a, b] = await pair({ DATABASE_URL: url, ADMIN_TOKEN });
      db = openPostgres({ url, max: 2 });
    }, 180_000);
    afterAll(async () => {
      await db?.destroy();
      await stopAll();
    });

    it('started at once on an empty database, end with one schema: one replica applied the migrations, the other found them applied', async () => {
      const applied = [a, b].map((r) => logLines(r, /^store ready$/)[0]!.migrated as string[]);
      expect(applied.filter((m) => m.length > 0)).toEqual([MIGRATIONS]);
      expect(applied.filter((m) => m.length === 0)).toHaveLength(1);
      const names = await db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
      expect(names).toEqual(MIGRATIONS.map((name) => ({ name })));
      expect(logLines(a, /^replica notices ready$/)[0]).toMatchObject({ notices: 'postgres', buildsShared: true });
    });

    it('is healthy by the image\'s HEALTHCHECK script while ready, and unhealthy where nothing answers', async () => {
      const check = (port: string) =>
        promisify(execFile)(process.execPath, [scriptFile('healthcheck')], { env: { ...process.env, PORT: port } }).then(
          () => 0,
          (error: { code: number; stderr: string }) => `${error.code} ${error.stderr.trim()}`,
        );
      expect(await check(new URL(a.url).port)).toBe(0);
      expect(await check('1')).toMatch(/^1 \/readyz unreachable: /);
    });

    it('reads through replica B the feedback written through replica A', async () => {
      const question = '到2025年要建多少个5G基站？';
      const asked = await postJson(`${a.url}/api/ask`, { question });
      const answer = (asked.json as { answer: string }).answer;
      const feedback = await postJson(`${a.url}/api/feedback`, { question, answer, helpful: false, comment: '经副本甲提交的反馈' });
      expect(feedback.status).toBe(201);
      const admin = adminClient(overHttp(b.url));
      await admin.signIn('李四');
      // The log row is written within a second of the question; the feedback row before its 201.
      const csv = async () => (await admin.get('/admin/log.csv')).text();
      expect(await waitFor(async () => (await csv()).includes('经副本甲提交的反馈'), 10_000, 200)).toBe(true);
      const row = (await csv()).split('\n').find((line) => line.includes('经副本甲提交的反馈'))!;
      expect(row).toContain(question);
    });

    it('answers on replica B, within seconds, with an annotation made on replica A (LISTEN/NOTIFY)', async () => {
      expect([await firstCitation(a.url), await firstCitation(b.url)]).toEqual(['refused', 'refused']);
      await annotateThrough(a.url);
      expect(await firstCitation(a.url)).toBe('5.3.1');
      const seconds = await secondsUntil(async () => (await firstCitation(b.url)) === '5.3.1', 15_000);
      console.log(`annotation made on A answered by B after ${seconds?.toFixed(2)} s`);
      expect(seconds).not.toBeNull();
      expect(logLines(b, /^annotations changed on another replica/)).toHaveLength(1);
    }, 60_000);

    it('serves on replica B a rebuild made on replica A, after checking it; a published build that fails its checksums is refused', async () => {
      const before = await servedBuildId(b.url);
      expect(await servedBuildId(a.url)).toBe(before);
      await promisify(execFile)(process.execPath, [scriptFile('ingest:prod'), '--force'], { env: { ...process.env, INDEX_DIR: a.indexDir } });
      const rebuilt = readFileSync(path.join(a.indexDir, 'CURRENT'), 'utf8').trim();
      expect(rebuilt).not.toBe(before);
      const seconds = await secondsUntil(async () => (await servedBuildId(b.url)) === rebuilt, 60_000);
      console.log(`rebuild on A served by B after ${seconds?.toFixed(2)} s (from the end of the ingest)`);
      expect(seconds).not.toBeNull();
      expect(await servedBuildId(a.url)).toBe(rebuilt);
      expect(readFileSync(path.join(b.indexDir, 'CURRENT'), 'utf8')).toBe(rebuilt);
      expect(logLines(a, /^published the index build/).map((l) => l.buildId)).toContain(rebuilt);
      // The annotation is still served on the new build.
      expect(await firstCitation(b.url)).toBe('5.3.1');

      // A newer build whose manifest is intact but one file's bytes are not: every replica refuses it.
      const files = await db.selectFrom('index_build_files').selectAll().where('build_id', '=', rebuilt).execute();
      const row = await db.selectFrom('index_builds').selectAll().where('build_id', '=', rebuilt).executeTakeFirstOrThrow();
      const tampered = `${rebuilt}-tampered`;
      const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')!.content.toString('utf8')) as { buildId: string; builtAt: string; fingerprint: string };
      const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, buildId: tampered, builtAt: new Date(Date.now() + 60_000).toISOString() }));
      await db.insertInto('index_builds').values({ ...row, build_id: tampered, built_at: new Date(Date.now() + 60_000).toISOString(), manifest_sha256: sha256(manifestBytes) }).execute();
      for (const file of files) {
        const content = file.name === 'manifest.json' ? manifestBytes : file.name === 'corpus.json' ? Buffer.from(file.content.toString('utf8').replace('5G基站', '6G基站')) : file.content;
        await db.insertInto('index_build_files').values({ build_id: tampered, name: file.name, content }).execute();
      }
      await sql`SELECT pg_notify('zcwd_replicas', ${JSON.stringify({ kind: 'build', from: 'test', buildId: tampered, fingerprint: manifest.fingerprint })})`.execute(db);
      expect(await waitFor(() => logLines(b, /^published index build refused/).length > 0, 15_000, 100)).toBe(true);
      expect(logLines(b, /^published index build refused/)[0]).toMatchObject({ buildId: tampered, error: 'checksum mismatch in corpus.json', serving: rebuilt });
      expect(await servedBuildId(b.url)).toBe(rebuilt);
      expect(readFileSync(path.join(b.indexDir, 'CURRENT'), 'utf8')).toBe(rebuilt);
      expect(readdirSync(path.join(b.indexDir, 'builds')).filter((name) => name.startsWith(tampered))).toEqual([]);

      // A replica that starts now skips the bad newest build and takes the newest good one, not its own older copy.
      const c = await spawnReplica({ DATABASE_URL: url });
      running.push(c);
      expect(await waitFor(async () => (await servedBuildId(c.url)) !== null, 90_000, 200)).toBe(true);
      expect(await servedBuildId(c.url)).toBe(rebuilt);
      expect(logLines(c, /^published index build failed verification/)[0]).toMatchObject({ buildId: tampered, error: 'checksum mismatch in corpus.json' });
      await c.stop();
    }, 240_000);

    it('loses no acknowledged feedback when replica A is killed with SIGKILL under load on both', async () => {
      const acked: Array<{ id: number; question: string }> = [];
      const unexpected: string[] = [];
      let stopB = false;
      const client = async (replica: Replica, n: number) => {
        for (let i = 0; i < 3000 && !(replica === b && stopB); i++) {
          const question = `副本压测 ${replica === a ? '甲' : '乙'}${n} 第${i}条`;
          let res: Response;
          try {
            res = await fetch(`${replica.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, answer: '到2025年，建成5G基站20万个以上。[1]', helpful: i % 2 === 0 }) });
          } catch {
            if (replica === a) return; // killed: never acknowledged
            unexpected.push(`B refused a connection at ${i}`);
            return;
          }
          const body = (await res.json().catch(() => null)) as { id?: number } | null;
          if (res.status === 201 && typeof body?.id === 'number') acked.push({ id: body.id, question });
          else unexpected.push(`${res.status} ${JSON.stringify(body)}`);
        }
      };
      const clients = [0, 1, 2, 3, 4, 5].map((n) => client(n % 2 === 0 ? a : b, n));
      expect(await waitFor(() => acked.length >= 400, 60_000)).toBe(true);
      a.child.kill('SIGKILL');
      expect((await a.exited).signal).toBe('SIGKILL');
      const atKill = acked.length;
      // B goes on under load after A is gone.
      expect(await waitFor(() => acked.length >= atKill + 100, 30_000)).toBe(true);
      stopB = true;
      await Promise.all(clients);
      expect(unexpected).toEqual([]);
      const stored = new Map((await db.selectFrom('feedback').select(['id', 'question']).where('question', 'like', '副本压测%').execute()).map((r) => [r.id, r.question]));
      expect(acked.filter((x) => stored.get(x.id) !== x.question)).toEqual([]);
      expect(acked.filter((x) => x.question.includes('甲')).length).toBeGreaterThan(100);
    }, 120_000);
  });

  describe('two replicas on PostgreSQL and Redis', () => {
    it('answers the 61st question within a minute across both with 429; reading is counted apart; sign-in attempts count across both', async () => {
      redis.cli('FLUSHALL');
      const [a, b] = await pair({ DATABASE_URL: newDatabase(), REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '60', ADMIN_TOKEN });
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await postJson(`${(i % 2 === 0 ? a : b).url}/api/ask`, { question: '5G基站建设目标' })).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      const sixtyFirst = await fetch(`${b.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"5G基站建设目标"}' });
      expect([sixtyFirst.status, ((await sixtyFirst.json()) as { error: { code: string } }).error.code]).toEqual([429, 'rate_limited']);
      expect(Number(sixtyFirst.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await postJson(`${a.url}/api/ask`, { question: '5G基站建设目标' })).status).toBe(429);
      expect((await fetch(`${a.url}/api/search?q=5G`)).status).toBe(200);
      expect(redis.cli('KEYS', 'zcwd:rl:*').split('\n').sort()).toEqual(['zcwd:rl:api:127.0.0.1', 'zcwd:rl:ask:127.0.0.1']);
      expect(redis.cli('GET', 'zcwd:rl:ask:127.0.0.1')).toBe('62');

      // /admin sign-in: 10 attempts per client and 15 minutes, wherever they land.
      const attempt = async (url: string) => {
        const admin = adminClient(overHttp(url));
        const page = await (await admin.get('/admin/login')).text();
        const signin = page.match(/name="_signin" value="([^"]+)"/)![1]!;
        return (await admin.post('/admin/login', { _signin: signin, name: '张三', token: 'wrong-token-0123456789' })).status;
      };
      const tries: number[] = [];
      for (let i = 0; i < 11; i++) tries.push(await attempt((i % 2 === 0 ? a : b).url));
      expect(tries).toEqual([...Array(10).fill(401), 429]);
      expect(redis.cli('GET', 'zcwd:rl:signin:127.0.0.1')).toBe('11');
      await stopAll();
    }, 180_000);

    it('answers every request while Redis is stopped and started under load on both, with one warn line per replica, and shares the counts again after', async () => {
      const [a, b] = await pair({ DATABASE_URL: newDatabase(), REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '100000' });
      const load = steadyLoad([a, b, a, b, a, b].map((r) => r.url));
      const { tally } = load;
      await new Promise((r) => setTimeout(r, 1500));
      await redis.stop();
      expect(await waitFor(() => [a, b].every((r) => logLines(r, /^Redis unreachable/).length > 0), 15_000, 100)).toBe(true);
      const during = tally.get('200') ?? 0;
      await new Promise((r) => setTimeout(r, 2500));
      expect(tally.get('200') ?? 0).toBeGreaterThan(during);
      await redis.start();
      expect(await waitFor(() => [a, b].every((r) => logLines(r, /^Redis reachable again/).length > 0), 20_000, 100)).toBe(true);
      await new Promise((r) => setTimeout(r, 1500));
      await load.stop();
      expect([...tally.keys()]).toEqual(['200']);
      const outages = [a, b].map((r) => logLines(r, /^Redis (unreachable|reachable again)/).map((l) => `${l.msg as string} (${String(l.reason ?? '')})`));
      expect([a, b].map((r) => [logLines(r, /^Redis unreachable/).length, logLines(r, /^Redis reachable again/).length]), outages.join('\n')).toEqual([
        [1, 1],
        [1, 1],
      ]);
      // Redis came back empty; the counts are in it again.
      expect(redis.cli('KEYS', 'zcwd:rl:*').split('\n').sort()).toEqual(['zcwd:rl:api:127.0.0.1', 'zcwd:rl:ask:127.0.0.1']);
      await stopAll();
    }, 180_000);
  });

  describe('two replicas on one SQLite file with Redis (no DATABASE_URL)', () => {
    it('answers on replica B, within seconds, with an annotation made on replica A (Redis pub/sub)', async () => {
      const feedbackDb = path.join(await tempDir('replicas-sqlite'), 'store.sqlite');
      const [a, b] = await pair({ FEEDBACK_DB: feedbackDb, REDIS_URL: redis.url, ADMIN_TOKEN });
      expect(logLines(b, /^replica notices ready$/)[0]).toMatchObject({ notices: 'redis', buildsShared: false });
      expect(await firstCitation(b.url)).toBe('refused');
      await annotateThrough(a.url);
      const seconds = await secondsUntil(async () => (await firstCitation(b.url)) === '5.3.1', 15_000);
      console.log(`annotation made on A answered by B after ${seconds?.toFixed(2)} s (Redis pub/sub)`);
      expect(seconds).not.toBeNull();
      await stopAll();
    }, 180_000);
  });

  describe('two replicas behind deploy/nginx.conf', () => {
    if (!nginxAvailable) {
      withoutServer(NGINX_SKIPPED);
      return;
    }
    let proxy: Proxy | null = null;
    afterAll(async () => proxy?.stop());

    it('spreads questions over both, streams unbuffered, hides /metrics, and answers every question through a rolling restart of both', async () => {
      const env = { DATABASE_URL: newDatabase(), REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '100000', TRUSTED_PROXIES: '127.0.0.1/32' };
      let [a, b] = await pair(env);
      const address = (r: Replica) => new URL(r.url).host;
      proxy = await startNginx({ app1: address(a), app2: address(b) });
      const through = proxy.url;
      const asks = [];
      for (let i = 0; i < 20; i++) asks.push((await postJson(`${through}/api/ask`, { question: '到2025年要建多少个5G基站？' })).status);
      expect(asks).toEqual(Array(20).fill(200));
      expect([a, b].map((r) => logLines(r, /^answered$/).length > 0)).toEqual([true, true]);
      expect((await fetch(`${through}/metrics`)).status).toBe(404);
      const stream = await fetch(`${through}/api/ask/stream`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"5G基站建设目标是多少"}' });
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(await stream.text()).toMatch(/event: done\n/);

      const load = steadyLoad([through, through, through, through]);
      const { tally } = load;
      // One replica at a time: drained (SIGTERM), started again on its address, and once it is ready, nginx's
      // fail_timeout (3 s) is let pass so the proxy counts it in again before the next one stops (docs/deploy.md).
      for (const which of ['a', 'b'] as const) {
        const old = which === 'a' ? a : b;
        await old.stop(15_000);
        running.splice(running.indexOf(old), 1);
        const again = await spawnReplica({ ...env, PORT: new URL(old.url).port });
        running.push(again);
        await waitFor(async () => (await fetch(`${again.url}/readyz`).then((r) => r.status, () => 0)) === 200, 90_000, 100);
        await new Promise((r) => setTimeout(r, 4000));
        if (which === 'a') a = again;
        else b = again;
      }
      await new Promise((r) => setTimeout(r, 1000));
      await load.stop();
      expect(Object.fromEntries(tally), proxy.errors().split('\n').slice(0, 30).join('\n')).toEqual({ '200': tally.get('200') });
      expect(tally.get('200')).toBeGreaterThan(50);
      await stopAll();
    }, 300_000);
  });
}
