import { chmod, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, currentBuildDir, fingerprintOf, indexStatus, listBuilds, pruneBuilds } from '../../src/ingest/build.js';
import { readSources } from '../../src/ingest/files.js';
import { loadIndex } from '../../src/ingest/store.js';
import { itemsIn, pairIndex } from '../../src/retrieval/pair-index.js';
import { analyzeQuery } from '../../src/retrieval/query.js';
import { createRetriever } from '../../src/retrieval/retriever.js';
import { lexiconSources, PLAN_FILE, planText, realTokenizer } from '../helpers.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zcwd-ingest-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const input = async () => ({ sources: [{ file: path.basename(PLAN_FILE), text: planText() }], lexiconSources: await lexiconSources(), embeddings: { kind: 'local' as const } });

describe('tokenizer with the domain lexicon', () => {
  it('keeps domain terms whole that plain jieba splits', async () => {
    const tokenizer = await realTokenizer();
    expect(tokenizer.cut('专精特新小巨人企业')).toEqual(['专精特新', '小巨人', '企业']);
    expect(tokenizer.cut('培育一批雄鹰企业和“链主”企业，落实首台套政策')).toEqual(['培育', '一批', '雄鹰企业', '和', '链主', '企业', '落实', '首台套', '政策']);
    expect(tokenizer.cut('到2025年建成5G基站20万个')).toEqual(['到', '2025', '年', '建成', '5g基站', '20', '万个']);
  });

  it('cuts a short text the same however often it is asked, and a caller changing its words changes no later cut', async () => {
    const tokenizer = await realTokenizer();
    const first = tokenizer.cut('小微企业园');
    first.push('改了');
    first[0] = '别的';
    expect(tokenizer.cut('小微企业园')).toEqual(['小微企业园']);
    expect(tokenizer.cut('现代纺织')).toEqual(tokenizer.cut('现代纺织'));
    expect(tokenizer.cut('现代纺织')).not.toBe(tokenizer.cut('现代纺织'));
  });

  it('cuts a question the same whether it was tagged first or not (tagging keeps its cut), and a caller changing its words changes no later cut', async () => {
    const tagged = await realTokenizer();
    const plain = await realTokenizer();
    const questions = ['厂里想换一批新设备，能贷到长一点的款吗？', '我们是做汽车零部件的小厂，5G全连接工厂咋申报', 'MES系统上了以后能评数字化车间不', '到2025年要建多少个5G基站？'];
    for (const question of questions) {
      const tags = tagged.partsOfSpeech(question);
      const cut = tagged.cut(question);
      expect(cut).toEqual(plain.cut(question));
      expect([...tags.keys()].filter((w) => /[\p{L}\p{N}]/u.test(w))).toEqual([...new Set(cut)]);
      cut.push('改了');
      cut[0] = '别的';
      expect(tagged.cut(question)).toEqual(plain.cut(question));
    }
    // (Asked again after others, it is cut again: the same words.)
    expect(tagged.cut(questions[0]!)).toEqual(plain.cut(questions[0]!));
  });
});

describe('pair index', () => {
  it('finds the items whose opening (one character or two) a text writes, each once, in the list’s order', () => {
    const words = ['专精特新', '链主', '小巨人', '专利', 'a', '5g基站', '链条'];
    const index = pairIndex(words.length, (i) => [words[i]!]);
    expect(itemsIn(index, ['专精特新小巨人和链主企业，链主'])).toEqual([0, 1, 2]);
    expect(itemsIn(index, ['链条', '专利a'])).toEqual([3, 4, 6]);
    expect(itemsIn(index, ['5g基站', '没有'])).toEqual([5]);
    expect(itemsIn(index, [''])).toEqual([]);
  });
});

describe('index build and load', () => {
  it('builds, loads and answers the same top clause after a round trip', async () => {
    const dir = await tempDir();
    const { manifest } = await buildIndex(await input(), { indexDir: dir });
    expect(manifest.clauseCount).toBe(95);
    expect(manifest.passageCount).toBe(98);
    expect(manifest.embedder).toEqual({ id: 'local-hashed-tfidf-v1', dimension: 1024 });
    const index = await loadIndex(dir, { kind: 'local' });
    const { hits } = await createRetriever({ index }).retrieve(analyzeQuery('到2025年要建多少个5G基站？', undefined, index.tokenizer), 3);
    expect(hits[0]!.clause.id).toBe('4.5.1');
    expect((await indexStatus(dir, fingerprintOf(await input()))).state).toBe('fresh');
  });

  it('gives identical clause and passage ids across two builds of the same source', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await buildIndex(await input(), { indexDir: a });
    await buildIndex(await input(), { indexDir: b });
    const ids = async (dir: string) => {
      const corpus = JSON.parse(await readFile(path.join((await currentBuildDir(dir))!, 'corpus.json'), 'utf8'));
      return [corpus.clauses.map((c: { id: string }) => c.id), corpus.passages.map((p: { id: string }) => p.id)];
    };
    expect(await ids(a)).toEqual(await ids(b));
  });

  it('refuses a truncated index file with a message naming the file and the fix', async () => {
    const dir = await tempDir();
    await buildIndex(await input(), { indexDir: dir });
    const file = path.join((await currentBuildDir(dir))!, 'hnsw', 'hnswlib.index');
    await truncate(file, 1000);
    await expect(loadIndex(dir, { kind: 'local' })).rejects.toThrow(`index file ${file} is corrupt (checksum mismatch): run \`npm run ingest -- --force\``);
  });

  it('refuses an index built with another embedder', async () => {
    const dir = await tempDir();
    await buildIndex(await input(), { indexDir: dir });
    await expect(loadIndex(dir, { kind: 'openai', model: 'bge-m3', baseUrl: 'http://127.0.0.1:9/v1' })).rejects.toThrow(
      /was built with embedder local-hashed-tfidf-v1, but EMBEDDINGS selects openai:bge-m3@http:\/\/127\.0\.0\.1:9\/v1/,
    );
  });

  it('says how to build when there is no index', async () => {
    const dir = await tempDir();
    await expect(loadIndex(dir, { kind: 'local' })).rejects.toThrow(`index missing in ${dir}: run \`npm run ingest\``);
  });

  it('reports a changed source as stale', async () => {
    const dir = await tempDir();
    await buildIndex(await input(), { indexDir: dir });
    const changed = { ...await input(), sources: [{ file: 'plan.txt', text: planText() + '\n' }] };
    expect(await indexStatus(dir, fingerprintOf(changed))).toEqual({ state: 'stale', reason: 'source, lexicon or embedder changed' });
  });

  it('reports a CURRENT whose manifest cannot be read as unreadable (the server heals it), not as stale', async () => {
    const dir = await tempDir();
    await buildIndex(await input(), { indexDir: dir });
    await truncate(path.join((await currentBuildDir(dir))!, 'manifest.json'), 10);
    expect(await indexStatus(dir, fingerprintOf(await input()))).toEqual({ state: 'unreadable', reason: 'manifest unreadable' });
  });

  it('keeps the newest three builds and the one CURRENT names, and removes leftovers of crashed builds', async () => {
    const dir = await tempDir();
    const ids = ['20250101-000000-1', '20250102-000000-1', '20250103-000000-1', '20250104-000000-1', '20250105-000000-1'];
    for (const id of [...ids, '20250106-000000-2.tmp']) await mkdir(path.join(dir, 'builds', id), { recursive: true });
    expect(await listBuilds(dir)).toEqual([...ids].reverse());
    // CURRENT fell back to the oldest build: it stays, whatever its age.
    expect(await pruneBuilds(dir, ['20250101-000000-1'])).toEqual(['20250102-000000-1', '20250106-000000-2.tmp']);
    expect(await listBuilds(dir)).toEqual(['20250105-000000-1', '20250104-000000-1', '20250103-000000-1', '20250101-000000-1']);
  });

  it('fails on an unwritable index folder and leaves nothing behind', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; a path under a regular file is unwritable for everyone.
      const parent = path.join(await tempDir(), 'a-file');
      await writeFile(parent, 'x');
      await expect(buildIndex(await input(), { indexDir: path.join(parent, 'index') })).rejects.toThrow(
        `cannot write the index to ${path.join(parent, 'index')} (ENOTDIR): make the folder writable or set INDEX_DIR`,
      );
      expect(await readFile(parent, 'utf8')).toBe('x');
      return;
    }
    const dir = await tempDir();
    await chmod(dir, 0o500);
    await expect(buildIndex(await input(), { indexDir: path.join(dir, 'index') })).rejects.toThrow(/cannot write the index/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('source folder errors', () => {
  it('names a missing folder, an empty folder, a non-UTF-8 file and an empty file', async () => {
    const root = await tempDir();
    expect(await readSources(path.join(root, 'nope'))).toEqual({ ok: false, error: `source folder ${path.join(root, 'nope')} is missing: put the plan's .txt there (see README)` });
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    expect(await readSources(empty)).toEqual({ ok: false, error: `source folder ${empty} has no .txt file: put the plan's text there (see README)` });
    const gbk = path.join(root, 'gbk');
    await mkdir(gbk);
    await writeFile(path.join(gbk, 'plan.txt'), Buffer.from([0xd5, 0xe3, 0xbd, 0xad, 0xff]));
    expect(await readSources(gbk)).toEqual({ ok: false, error: `${path.join(gbk, 'plan.txt')} is not UTF-8: convert it (e.g. iconv -f GB18030 -t UTF-8) and run again` });
    const blank = path.join(root, 'blank');
    await mkdir(blank);
    await writeFile(path.join(blank, 'plan.txt'), '  \n');
    expect(await readSources(blank)).toEqual({ ok: false, error: `${path.join(blank, 'plan.txt')} is empty: remove it or put the document's text in it` });
  });

  it('prefixes the ids of a second document with its file slug', async () => {
    const dir = await tempDir();
    const second = { file: 'other-plan.txt', text: '某市制造业规划\n一、总体要求\n（一）发展目标。到2025年，规上工业增加值达到1000亿元。' };
    const plan = await input();
    const { manifest } = await buildIndex({ ...plan, sources: [...plan.sources, second] }, { indexDir: dir });
    const corpus = JSON.parse(await readFile(path.join((await currentBuildDir(dir))!, 'corpus.json'), 'utf8'));
    const ids: string[] = corpus.clauses.map((c: { id: string }) => c.id);
    expect(ids).toContain('4.5.1');
    expect(ids).toContain('other-plan:1.1');
    expect(manifest.clauseCount).toBe(96);
  });
});

describe('ids of other documents', () => {
  it('gives a paragraph directly under a part its own id space, so it cannot collide with a section', async () => {
    const { buildCorpus } = await import('../../src/ingest/corpus.js');
    const { parseFacetTable } = await import('../../src/ingest/facets.js');
    const other = { file: 'other.txt', text: '某市规划\n二、主要任务\n加快建设平台体系。\n（一）平台建设。建设10个平台。' };
    const { corpus } = buildCorpus([{ file: 'zhejiang-advanced-manufacturing-plan-2021.txt', text: planText() }, other], parseFacetTable((await lexiconSources()).facets));
    expect(corpus.clauses.filter((c) => c.docId === 'other').map((c) => c.id)).toEqual(['other:2.0.1', 'other:2.1']);
  });

  it('refuses several documents without the primary plan, rather than re-prefixing every id', async () => {
    const { buildCorpus } = await import('../../src/ingest/corpus.js');
    const { parseFacetTable } = await import('../../src/ingest/facets.js');
    const table = parseFacetTable((await lexiconSources()).facets);
    expect(() => buildCorpus([{ file: 'a.txt', text: planText() }, { file: 'b.txt', text: planText() }], table)).toThrow(
      'data/source holds 2 documents but not the primary plan zhejiang-advanced-manufacturing-plan-2021.txt: keep its file name, or leave one document',
    );
  });
});
