/**
 * A corrupt index file stops start-up with one clear line: which file, and the command that fixes it —
 * not a stack trace, not a native crash inside hnswlib.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyIndex, removeTempDirs } from '../../bench/_index.js';
import { spawnServer, type ServerProcess } from '../../bench/_server.js';
import { currentId, testIndexDir } from './_helpers.js';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  await removeTempDirs();
});

const corruptions: [string, string, (file: string) => void][] = [
  ['lexical.json overwritten with garbage', 'lexical.json', (file) => writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x7b))],
  ['hnswlib.index truncated to half', 'hnsw/hnswlib.index', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
];

describe('a corrupt index file', () => {
  it.each(corruptions)('%s: start-up exits non-zero naming the file and `npm run ingest -- --force`', async (_name, relative, corrupt) => {
    const indexDir = await copyIndex(testIndexDir(), 'corrupt');
    const file = path.join(indexDir, 'builds', currentId(indexDir), relative);
    corrupt(file);

    const server = await spawnServer({ INDEX_DIR: indexDir });
    servers.push(server);
    const exit = await Promise.race([server.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 60_000))]);

    const output = server.output();
    expect(exit, `server still running after 60 s:\n${output}`).not.toBeNull();
    expect(exit!.signal, output).toBeNull();
    expect(exit!.code, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain('npm run ingest -- --force');
    // Nothing was serving: the log must not claim an old index carries on.
    expect(output).toContain('index failed to load; nothing is serving');
    expect(output).not.toContain('keeps serving');
    // No stack trace: no "    at fn (file:line:col)" frames anywhere in what the operator sees.
    expect(output).not.toMatch(/^\s+at\s.+[:(]\d+/m);
    expect(output).not.toMatch(/\\n\s+at\s/);
  }, 90_000);
});
