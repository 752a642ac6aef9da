/**
 * WORKERS=2: one primary, two workers sharing the port and the SQLite store, as `WORKERS=auto` runs on a
 * two-core host. Without PostgreSQL or Redis the workers tell each other about annotations through the
 * primary; a worker that dies is replaced; SIGTERM stops them all.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { copyIndex, removeTempDirs } from '../../bench/_index.js';
import { spawnServer, type ServerProcess } from '../../bench/_server.js';
import { waitFor } from '../faults/_helpers.js';
import { logLines } from '../replicas/_replicas.js';
import { adminClient, overHttp } from './_admin-client.js';
import { ADMIN_TOKEN } from './_helpers.js';

const EVERYDAY = '老王讲有个啥拜把子，小厂抱大厂大腿';

/** A question on a connection of its own: the primary hands each new connection to the next worker. */
function askOnNewConnection(url: string, question: string): Promise<{ status: number; first: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/ask`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', Connection: 'close' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString('utf8')));
      res.on('end', () => {
        const body = JSON.parse(text) as { refused: boolean; citations: { id: string }[] };
        resolve({ status: res.statusCode ?? 0, first: body.refused ? 'refused' : body.citations[0]!.id });
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ question }));
  });
}

/** The primary's children that run the server (tsx also keeps an esbuild process beside it). */
const workerPids = (primary: number) =>
  execFileSync('ps', ['--ppid', String(primary), '-o', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('src/server/main.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let server: ServerProcess | null = null;
let healed: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop();
  await healed?.stop();
  await removeTempDirs();
});

describe('WORKERS=2', () => {
  it('serves from two workers that pass annotations to each other, replaces a worker that dies, and stops all on SIGTERM', async () => {
    const indexDir = await copyIndex(process.env.TEST_INDEX_DIR!, 'workers-index');
    server = await spawnServer({ WORKERS: '2', INDEX_DIR: indexDir, ADMIN_TOKEN, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '60' });
    const s = server;
    expect(await waitFor(() => logLines(s, /^all workers ready$/).length === 1, 120_000, 100)).toBe(true);
    expect(logLines(s, /without REDIS_URL: each worker counts rate limits on its own/)).toHaveLength(1);
    const workers = workerPids(s.child.pid!);
    expect(workers).toHaveLength(2);
    expect(logLines(s, /^replica notices ready$/).map((l) => l.notices)).toEqual(['cluster', 'cluster']);

    expect((await Promise.all([1, 2, 3, 4].map(() => askOnNewConnection(s.url, EVERYDAY)))).map((r) => r.first)).toEqual(['refused', 'refused', 'refused', 'refused']);
    const admin = adminClient(overHttp(s.url));
    await admin.signIn('张三');
    expect((await admin.post('/admin/annotations/import', { text: JSON.stringify({ id: 'ann-link', clauses: ['5.3.1'], questions: [EVERYDAY] }) })).status).toBe(303);
    // The worker that did not take the import hears of it from the primary.
    expect(await waitFor(() => logLines(s, /^annotations changed on another replica/).length === 1, 15_000, 100)).toBe(true);
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await askOnNewConnection(s.url, EVERYDAY));
    expect(after.map((r) => `${r.status} ${r.first}`)).toEqual(Array(6).fill('200 5.3.1'));

    process.kill(workers[0]!, 'SIGKILL');
    expect(await waitFor(() => logLines(s, /^worker stopped; starting another$/).length === 1 && logLines(s, /^all workers ready$/).length === 2, 120_000, 100)).toBe(true);
    const replaced = workerPids(s.child.pid!);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(workers[0]);
    // The new worker loads the annotations from the store.
    const again = [];
    for (let i = 0; i < 4; i++) again.push(await askOnNewConnection(s.url, EVERYDAY));
    expect(again.map((r) => r.first)).toEqual(Array(4).fill('5.3.1'));

    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(replaced.filter(alive)).toEqual([]);
    expect(logLines(s, /^stopped$/)).toHaveLength(2);
  }, 240_000);

  it('heals a corrupt build once, in the primary, before any worker starts', async () => {
    const indexDir = await copyIndex(process.env.TEST_INDEX_DIR!, 'workers-heal');
    const current = readFileSync(path.join(indexDir, 'CURRENT'), 'utf8').trim();
    const file = path.join(indexDir, 'builds', current, 'corpus.json');
    const bytes = readFileSync(file);
    bytes[20] = bytes[20]! ^ 1;
    writeFileSync(file, bytes);
    healed = await spawnServer({ WORKERS: '2', INDEX_DIR: indexDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' });
    const s = healed;
    expect(await waitFor(() => logLines(s, /^all workers ready$/).length === 1, 120_000, 100)).toBe(true);
    // One rebuild, by the primary: the workers find a good CURRENT and neither falls back nor rebuilds.
    expect(logLines(s, /is unusable and no older build is good; rebuilt it as/)).toHaveLength(1);
    expect(logLines(s, /is unusable; serving the newest good build/)).toHaveLength(0);
    expect(readFileSync(path.join(indexDir, 'CURRENT'), 'utf8').trim()).not.toBe(current);
    expect((await askOnNewConnection(s.url, '数字化改造有什么支持')).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
  }, 180_000);
});
