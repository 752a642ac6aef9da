import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTestIndex, removeTempDirs, startServer } from './_process.js';

afterAll(removeTempDirs);

describe('feedback durability', () => {
  it('keeps every row acknowledged with 201 when the server is killed with SIGKILL', async () => {
    const indexDir = copyTestIndex();
    const dbFile = path.join(indexDir, '..', 'feedback.sqlite');
    const server = await startServer({ INDEX_DIR: indexDir, FEEDBACK_DB: dbFile });
    const acknowledged = new Map<number, string>();
    let running = true;
    let sent = 0;
    const client = async () => {
      while (running) {
        const question = `反馈 ${sent++} 号`;
        try {
          const res = await fetch(`${server.url}/api/feedback`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ question, answer: '回答', helpful: sent % 2 === 0 }),
          });
          if (res.status === 201) acknowledged.set(((await res.json()) as { id: number }).id, question);
        } catch {
          // The kill interrupts requests in flight: those were never acknowledged.
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    while (acknowledged.size < 200) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGKILL');
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    running = false;
    await Promise.all(clients);

    const db = new Database(dbFile, { readonly: true });
    const stored = new Map(db.prepare<[], { id: number; question: string }>('SELECT id, question FROM feedback').all().map((r) => [r.id, r.question]));
    db.close();
    expect(acknowledged.size).toBeGreaterThanOrEqual(200);
    for (const [id, question] of acknowledged) expect(stored.get(id), `row ${id}`).toBe(question);
  }, 90_000);
});
