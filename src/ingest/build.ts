/**
 * Builds the index into `INDEX_DIR/builds/<id>.tmp`, renames it into place, then points
 * `INDEX_DIR/CURRENT` at it with an atomic rename. A crash at any moment leaves the previous index
 * loadable: CURRENT only ever names a complete build. The last KEEP_BUILDS builds stay on disk, so a
 * server that finds the current one corrupt can fall back to an older one (src/server/reload.ts).
 */
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildLexicalIndex } from '../retrieval/lexical.js';
import { buildCorpus, sha256, type SourceFile } from './corpus.js';
import { parseFacetTable } from './facets.js';
import { embedderId, prepareEmbeddings, type EmbeddingsConfig } from './embeddings/index.js';
import { buildLexicon, toUserDict, type LexiconSources } from './lexicon.js';
import { packVectors, parseCards } from './cards.js';
import { parseReferralTable } from './referrals.js';
import { createTokenizer, withTermCache } from './tokenizer.js';

/** Bump when the index format or the parsing changes: older indexes are then rebuilt. */
export const BUILDER_VERSION = 5;
export const MAX_PASSAGE_CHARS = 260;
/** Complete builds kept on disk: the newest ones, plus whichever CURRENT names. */
export const KEEP_BUILDS = 3;

export interface IndexManifest {
  builderVersion: number;
  buildId: string;
  builtAt: string;
  /** Hash of everything the index is built from: sources, lexicon, embedder, builder version. */
  fingerprint: string;
  sources: { file: string; sha256: string }[];
  clauseCount: number;
  passageCount: number;
  embedder: { id: string; dimension: number };
  /** Relative path → sha256 of every file of the build, checked at load. */
  files: Record<string, string>;
  buildMs: number;
}

export interface BuildInput {
  sources: SourceFile[];
  lexiconSources: LexiconSources;
  embeddings: EmbeddingsConfig;
}

export function fingerprintOf({ sources, lexiconSources, embeddings }: BuildInput): string {
  return sha256(
    JSON.stringify({
      builder: BUILDER_VERSION,
      maxPassageChars: MAX_PASSAGE_CHARS,
      sources: [...sources].sort((a, b) => a.file.localeCompare(b.file)).map((s) => [s.file, sha256(s.text)]),
      lexicon: [lexiconSources.terms, lexiconSources.stopwords, lexiconSources.synonyms, lexiconSources.facets, lexiconSources.referrals, lexiconSources.shopfloor ?? ''].map(sha256),
      cards: lexiconSources.cards.map((c) => [c.file, sha256(c.text)]),
      embedder: embedderId(embeddings),
    }),
  );
}

/** `unreadable`: CURRENT names a build whose manifest cannot be read (deleted, truncated, not JSON). */
export type IndexStatus =
  | { state: 'missing' }
  | { state: 'unreadable'; reason: string }
  | { state: 'stale'; reason: string }
  | { state: 'fresh'; manifest: IndexManifest };

/** The build id `INDEX_DIR/CURRENT` points at, or null when there is none. */
export async function currentBuildId(indexDir: string): Promise<string | null> {
  const id = await readFile(path.join(indexDir, 'CURRENT'), 'utf8').catch(() => null);
  return id?.trim() || null;
}

export const buildDir = (indexDir: string, buildId: string): string => path.join(indexDir, 'builds', buildId);

export async function currentBuildDir(indexDir: string): Promise<string | null> {
  const id = await currentBuildId(indexDir);
  return id ? buildDir(indexDir, id) : null;
}

/**
 * Points CURRENT at `buildId` with an atomic rename: a reader sees the old id or the new one, never half. The
 * temporary name is this process's own, as the workers of a host share INDEX_DIR.
 */
export async function pointCurrent(indexDir: string, buildId: string): Promise<void> {
  const tmp = path.join(indexDir, `CURRENT.${process.pid}.tmp`);
  await writeFile(tmp, buildId);
  await rename(tmp, path.join(indexDir, 'CURRENT'));
}

/**
 * The complete builds on disk, newest first. Build ids start with their UTC build time
 * (20250101-120000-<pid>), so their order is their age.
 */
export async function listBuilds(indexDir: string): Promise<string[]> {
  const entries = await readdir(path.join(indexDir, 'builds'), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.endsWith('.tmp'))
    .map((e) => e.name)
    .sort()
    .reverse();
}

export async function indexStatus(indexDir: string, fingerprint: string): Promise<IndexStatus> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) return { state: 'missing' };
  const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8')
    .then((t) => JSON.parse(t) as IndexManifest)
    .catch(() => null);
  if (!manifest) return { state: 'unreadable', reason: 'manifest unreadable' };
  if (manifest.fingerprint !== fingerprint) return { state: 'stale', reason: 'source, lexicon or embedder changed' };
  return { state: 'fresh', manifest };
}

export interface BuildOptions {
  indexDir: string;
  now?: () => Date;
  log?: (line: string) => void;
}

export async function buildIndex(input: BuildInput, { indexDir, now = () => new Date(), log = () => {} }: BuildOptions): Promise<{ manifest: IndexManifest; warnings: string[] }> {
  const started = performance.now();
  const buildsDir = path.join(indexDir, 'builds');
  try {
    await mkdir(buildsDir, { recursive: true });
  } catch (error) {
    throw new Error(`cannot write the index to ${indexDir} (${(error as NodeJS.ErrnoException).code}): make the folder writable or set INDEX_DIR`);
  }
  const builtAt = now().toISOString();
  const buildId = `${builtAt.replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${process.pid}`;
  const tmpDir = path.join(buildsDir, `${buildId}.tmp`);
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(tmpDir, { recursive: true });

  try {
    log(`parsing ${input.sources.length} document(s)`);
    const facetTable = parseFacetTable(input.lexiconSources.facets);
    const referrals = parseReferralTable(input.lexiconSources.referrals);
    if (!referrals.ok) throw new Error(`data/lexicon/${referrals.error}`);
    const { corpus, warnings } = buildCorpus(input.sources, facetTable, { maxPassageChars: MAX_PASSAGE_CHARS });
    warnings.forEach((w) => log(`warning: ${w}`));
    const cards = parseCards(input.lexiconSources.cards, new Set(corpus.clauses.map((c) => c.id)));
    if (!cards.ok) throw new Error(`question card data/lexicon/cards/${cards.error}`);
    const lexicon = buildLexicon(input.lexiconSources, input.sources.map((s) => s.text));
    const tokenizer = withTermCache(createTokenizer({ lexicon }));
    log(`${corpus.clauses.length} clauses → ${corpus.passages.length} passages; lexicon ${lexicon.words.length} words`);

    const lexical = buildLexicalIndex(corpus.passages, tokenizer);
    log('embedding passages');
    const prepared = await prepareEmbeddings(input.embeddings, corpus.passages.map((p) => p.context), tokenizer);
    const store = await HNSWLib.fromDocuments(
      corpus.passages.map((p) => new Document({ pageContent: p.context, metadata: { passageId: p.id } })),
      prepared.embeddings,
    );
    const dimension = store.args.numDimensions ?? 0;
    log(`embedding ${cards.value.length} question cards`);
    const questionVectors = await prepared.embeddings.embedDocuments(cards.value.flatMap((c) => c.questions));

    const files: Record<string, string> = {};
    const write = async (name: string, content: string) => {
      await writeFile(path.join(tmpDir, name), content);
      files[name] = sha256(content);
    };
    await write('corpus.json', JSON.stringify(corpus));
    await write('lexicon.json', JSON.stringify({ words: lexicon.words, stopwords: [...lexicon.stopwords], synonyms: [...lexicon.synonyms], shopfloor: [...(lexicon.shopfloor ?? [])], facets: facetTable, referrals: referrals.value }));
    await write('cards.json', JSON.stringify({ cards: cards.value, vectors: packVectors(questionVectors) }));
    await write('userdict.txt', toUserDict(lexicon));
    await write('lexical.json', JSON.stringify(lexical));
    await write('embedder.json', JSON.stringify(prepared.state));
    await store.save(path.join(tmpDir, 'hnsw'));
    for (const name of await readdir(path.join(tmpDir, 'hnsw'))) {
      files[`hnsw/${name}`] = sha256(await readFile(path.join(tmpDir, 'hnsw', name)));
    }

    const manifest: IndexManifest = {
      builderVersion: BUILDER_VERSION,
      buildId,
      builtAt,
      fingerprint: fingerprintOf(input),
      sources: input.sources.map((s) => ({ file: s.file, sha256: sha256(s.text) })),
      clauseCount: corpus.clauses.length,
      passageCount: corpus.passages.length,
      embedder: { id: prepared.id, dimension },
      files,
      buildMs: Math.round(performance.now() - started),
    };
    await writeFile(path.join(tmpDir, 'manifest.json'), JSON.stringify(manifest, null, 2));

    await rename(tmpDir, buildDir(indexDir, buildId));
    await pointCurrent(indexDir, buildId);
    await pruneBuilds(indexDir, [buildId]);
    return { manifest, warnings };
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Keeps the newest `count` complete builds, the ones in `keep` (CURRENT's) and nothing else: older builds
 * and the leftovers of builds that crashed (`.tmp`) are removed.
 */
export async function pruneBuilds(indexDir: string, keep: string[], count = KEEP_BUILDS): Promise<string[]> {
  const buildsDir = path.join(indexDir, 'builds');
  const kept = new Set([...(await listBuilds(indexDir)).slice(0, count), ...keep]);
  const removed: string[] = [];
  for (const entry of await readdir(buildsDir)) {
    if (kept.has(entry)) continue;
    // Ours is already renamed, so a .tmp here is from a build that crashed. (Two concurrent ingests are not supported.)
    await rm(path.join(buildsDir, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed.sort();
}
