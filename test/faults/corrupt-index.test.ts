/**
 * A corrupt or mismatched index never stops the service (src/server/reload.ts). At start-up the server
 * falls back to the newest good build (CURRENT is pointed at it) or, when there is none, rebuilds; while
 * running it refuses the bad build and points CURRENT back at the one serving. Each case ends serving
 * the 5G answer, with exactly one warn line naming the bad build and the one serving.
 */
import { cpSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyIndex, removeTempDirs } from '../../bench/_index.js';
import { spawnServer, startServer, waitReady, type ServerProcess } from '../../bench/_server.js';
import { askServer, currentId, PROBE_FACT, PROBE_QUESTION, testIndexDir, waitFor } from './_helpers.js';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  await removeTempDirs();
});

const half = (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2));
const editManifest = (change: (manifest: Record<string, unknown>) => void) => (file: string) => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(manifest);
  writeFileSync(file, JSON.stringify(manifest));
};

/** [name, file of the build, what is done to it, what the refusal says]. */
const CASES: [string, string, (file: string) => void, string][] = [
  ['manifest.json truncated', 'manifest.json', half, 'manifest'],
  ['corpus.json truncated', 'corpus.json', half, 'corpus.json is corrupt'],
  ['lexicon.json overwritten with garbage', 'lexicon.json', (file) => writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x7b)), 'lexicon.json is corrupt'],
  ['cards.json truncated', 'cards.json', half, 'cards.json is corrupt'],
  ['userdict.txt truncated', 'userdict.txt', half, 'userdict.txt is corrupt'],
  ['lexical.json truncated', 'lexical.json', half, 'lexical.json is corrupt'],
  [
    'embedder.json with one byte flipped',
    'embedder.json',
    (file) => {
      const bytes = readFileSync(file);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      writeFileSync(file, bytes);
    },
    'embedder.json is corrupt',
  ],
  ['hnswlib.index truncated', 'hnsw/hnswlib.index', half, 'hnswlib.index is corrupt'],
  ['docstore.json truncated', 'hnsw/docstore.json', half, 'docstore.json is corrupt'],
  ['args.json truncated', 'hnsw/args.json', half, 'args.json is corrupt'],
  ['built by another builder version', 'manifest.json', editManifest((m) => (m.builderVersion = 2)), 'built by builder v2'],
  ['built with another embedder', 'manifest.json', editManifest((m) => (m.embedder = { id: 'openai:bge-m3', dimension: 1024 })), 'built with embedder openai:bge-m3'],
];

/** A second build, newer than the test index's own (its id sorts after it), that CURRENT then names. */
function addBuild(indexDir: string, suffix: string): { good: string; bad: string } {
  const good = currentId(indexDir);
  const bad = `${good}-${suffix}`;
  cpSync(path.join(indexDir, 'builds', good), path.join(indexDir, 'builds', bad), { recursive: true });
  writeFileSync(path.join(indexDir, 'CURRENT'), bad);
  return { good, bad };
}

/**
 * The server's JSON log lines at `level` (40 warn, 50 error), without the request lines of the test's own
 * /readyz polling (a 503 before the index is ready is logged as a failed request).
 */
const linesAt = (server: ServerProcess, level: number) =>
  server
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.level === level && l.route !== '/readyz');

async function expectServing(server: ServerProcess): Promise<void> {
  const { status, body } = await askServer(server.url, PROBE_QUESTION);
  expect(status, server.output()).toBe(200);
  expect(body!.answer).toContain(PROBE_FACT);
  expect((body!.citations as { id: string }[])[0]!.id).toBe('4.5.1');
}

// One server at a time: each start loads jieba's dictionaries (≈ 3 s of CPU), and the machine is shared.
describe('at start-up, a corrupt or mismatched current build', () => {
  it.each(CASES)('%s: falls back to the newest good build and says so once', async (_name, relative, corrupt, problem) => {
    const indexDir = await copyIndex(testIndexDir(), 'corrupt');
    const { good, bad } = addBuild(indexDir, 'bad');
    corrupt(path.join(indexDir, 'builds', bad, relative));

    const server = await startServer({ INDEX_DIR: indexDir });
    servers.push(server);
    await expectServing(server);
    expect(currentId(indexDir)).toBe(good);
    const [warn, ...more] = linesAt(server, 40);
    expect(more, server.output()).toEqual([]);
    expect(warn!.msg).toBe(`index build ${bad} is unusable; serving the newest good build ${good} (CURRENT now names it)`);
    expect(warn!.problem).toContain(problem);
    expect(linesAt(server, 50), server.output()).toEqual([]);
    await server.stop();
  }, 120_000);

  it.each([CASES[0]!, CASES[7]!])('%s, and no other build: rebuilds and says so once', async (_name, relative, corrupt, problem) => {
    const indexDir = await copyIndex(testIndexDir(), 'corrupt');
    const bad = currentId(indexDir);
    corrupt(path.join(indexDir, 'builds', bad, relative));

    const server = await startServer({ INDEX_DIR: indexDir });
    servers.push(server);
    await expectServing(server);
    const rebuilt = currentId(indexDir);
    expect(rebuilt).not.toBe(bad);
    const [warn, ...more] = linesAt(server, 40);
    expect(more, server.output()).toEqual([]);
    expect(warn!.msg).toBe(`index build ${bad} is unusable and no older build is good; rebuilt it as ${rebuilt}`);
    expect(warn!.problem).toContain(problem);
    await server.stop();
  }, 120_000);
});

describe('while running, a new build that is corrupt or mismatched', () => {
  it('is refused, CURRENT is pointed back at the build serving, and answers never stop', async () => {
    const indexDir = await copyIndex(testIndexDir(), 'corrupt-reload');
    const serving = currentId(indexDir);
    const server = await startServer({ INDEX_DIR: indexDir });
    servers.push(server);

    for (const [i, [name, relative, corrupt, problem]] of CASES.entries()) {
      const bad = `${serving}-r${String(i).padStart(2, '0')}`;
      cpSync(path.join(indexDir, 'builds', serving), path.join(indexDir, 'builds', bad), { recursive: true });
      corrupt(path.join(indexDir, 'builds', bad, relative));
      writeFileSync(path.join(indexDir, 'CURRENT.tmp'), bad);
      renameSync(path.join(indexDir, 'CURRENT.tmp'), path.join(indexDir, 'CURRENT'));
      server.child.kill('SIGHUP');

      const refused = () => linesAt(server, 40).find((l) => l.refused === bad);
      expect(await waitFor(() => refused() !== undefined, 30_000, 50), `${name}\n${server.output()}`).toBe(true);
      expect(refused()!.msg).toBe(`new index refused; the current one keeps serving (CURRENT names ${serving} again)`);
      expect(String(refused()!.error), name).toContain(problem);
      expect(currentId(indexDir), name).toBe(serving);
      await expectServing(server);
    }
    expect(linesAt(server, 40).length).toBe(CASES.length);
    expect(linesAt(server, 50), server.output()).toEqual([]);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain(`zhengce_index_reloads_total{result="refused"} ${CASES.length}`);

    // And the next start-up meets the good build first: no warning at all.
    await server.stop();
    const restarted = await spawnServer({ INDEX_DIR: indexDir });
    servers.push(restarted);
    await waitReady(restarted);
    await expectServing(restarted);
    expect(linesAt(restarted, 40)).toEqual([]);
    await restarted.stop();
  }, 300_000);
});
