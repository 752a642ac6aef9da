/**
 * kill -9 under feedback load: 201 means "on disk". Every row acknowledged before the kill must be in
 * the SQLite file after a restart on the same FEEDBACK_DB, exactly as it was sent.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../bench/_index.js';
import { startServer, type ServerProcess } from '../../bench/_server.js';
import { testIndexDir, waitFor } from './_helpers.js';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  await removeTempDirs();
});

interface Acked {
  id: number;
  question: string;
  helpful: boolean;
}

/** `clients` loops posting feedback until their first failure (the kill) or `maxPerClient` posts. */
function feedbackLoad(url: string, clients: number, maxPerClient = 5000) {
  const acked: Acked[] = [];
  const unexpected: string[] = [];
  const client = async (c: number) => {
    for (let i = 0; i < maxPerClient; i++) {
      const sent = { question: `压测反馈 客户${c} 第${i}条：5G基站目标是多少？`, answer: '到2025年，建成5G基站20万个以上。[1]', helpful: i % 3 !== 0, comment: i % 5 === 0 ? '引用很清楚' : undefined };
      let res: Response;
      try {
        res = await fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(sent) });
      } catch {
        return; // the server died: this request was never acknowledged
      }
      const body = (await res.json().catch(() => null)) as { id?: number } | null;
      if (res.status === 201 && typeof body?.id === 'number') acked.push({ id: body.id, question: sent.question, helpful: sent.helpful });
      else unexpected.push(`${res.status} ${JSON.stringify(body)}`);
    }
  };
  return { acked, unexpected, done: Promise.all(Array.from({ length: clients }, (_, c) => client(c))) };
}

describe('kill -9 under feedback load', () => {
  it('keeps every acknowledged row, and the restarted server goes on storing', async () => {
    const db = path.join(await tempDir('feedback-kill'), 'feedback.sqlite');
    const env = { INDEX_DIR: testIndexDir(), FEEDBACK_DB: db };
    const first = await startServer(env);
    servers.push(first);

    const load = feedbackLoad(first.url, 12);
    expect(await waitFor(() => load.acked.length >= 300, 60_000)).toBe(true);
    // Mid-stream: requests are in flight when the process disappears.
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await load.done;
    expect(load.unexpected).toEqual([]);

    const second = await startServer(env);
    servers.push(second);
    const after = await fetch(`${second.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: '重启后的反馈', answer: '好', helpful: true }) });
    expect(after.status).toBe(201);
    const { id: afterId } = (await after.json()) as { id: number };
    await second.stop();

    const reader = new Database(db, { readonly: true });
    const rows = new Map(
      (reader.prepare('SELECT id, question, helpful FROM feedback').all() as { id: number; question: string; helpful: number }[]).map((r) => [r.id, r]),
    );
    reader.close();
    const missing = load.acked.filter((a) => rows.get(a.id)?.question !== a.question || rows.get(a.id)?.helpful !== (a.helpful ? 1 : 0));
    expect(missing).toEqual([]);
    expect(afterId).toBeGreaterThan(Math.max(...load.acked.map((a) => a.id)));
    expect(rows.get(afterId)?.question).toBe('重启后的反馈');
  }, 120_000);
});
