/** What a replica checks in a published index build before it writes a byte of it (src/server/replicas/builds.ts). */
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/ingest/corpus.js';
import { checkBuild } from '../../src/server/replicas/builds.js';

const corpus = Buffer.from('{"clauses":[]}');
const index = Buffer.from([1, 2, 3]);

function published(over: { buildId?: string; files?: Record<string, string> } = {}) {
  const manifest = Buffer.from(JSON.stringify({ buildId: over.buildId ?? 'b1', files: over.files ?? { 'corpus.json': sha256(corpus), 'hnsw/hnswlib.index': sha256(index) } }));
  const files = new Map<string, Buffer>([
    ['manifest.json', manifest],
    ['corpus.json', corpus],
    ['hnsw/hnswlib.index', index],
  ]);
  return { files, manifestSha256: sha256(manifest) };
}

describe('checkBuild', () => {
  it('accepts a build whose every file matches its manifest', () => {
    const { files, manifestSha256 } = published();
    const checked = checkBuild('b1', manifestSha256, files);
    expect(checked.ok && checked.manifest.buildId).toBe('b1');
  });

  it.each([
    ['a manifest other than the one published', (p: ReturnType<typeof published>) => ({ ...p, manifestSha256: sha256('other') }), 'manifest.json does not match its published checksum'],
    ['a changed byte', (p: ReturnType<typeof published>) => ({ ...p, files: new Map([...p.files, ['corpus.json', Buffer.from('{"clauses":[1]}')]]) }), 'checksum mismatch in corpus.json'],
    ['a missing file', (p: ReturnType<typeof published>) => ({ ...p, files: new Map([...p.files].filter(([name]) => name !== 'hnsw/hnswlib.index')) }), 'missing hnsw/hnswlib.index'],
    ['a file the manifest does not list', (p: ReturnType<typeof published>) => ({ ...p, files: new Map([...p.files, ['extra.json', Buffer.from('{}')]]) }), 'not in the manifest: extra.json'],
    ['a path out of the build folder', (p: ReturnType<typeof published>) => ({ ...p, files: new Map([...p.files, ['../CURRENT', Buffer.from('x')]]) }), 'unsafe file name "../CURRENT"'],
    ['no manifest', (p: ReturnType<typeof published>) => ({ ...p, files: new Map([...p.files].filter(([name]) => name !== 'manifest.json')) }), 'manifest.json is missing'],
  ])('refuses %s', (_case, change, error) => {
    const { files, manifestSha256 } = change(published());
    expect(checkBuild('b1', manifestSha256, files)).toEqual({ ok: false, error });
  });

  it('refuses a manifest that names another build, and a listed name that climbs out', () => {
    const other = published({ buildId: 'b2' });
    expect(checkBuild('b1', other.manifestSha256, other.files)).toEqual({ ok: false, error: 'manifest.json names build b2' });
    const climbing = published({ files: { 'hnsw/../../x': sha256(index) } });
    expect(checkBuild('b1', climbing.manifestSha256, climbing.files)).toEqual({ ok: false, error: 'unsafe file name "hnsw/../../x"' });
  });
});
