/**
 * Loading a built index, refusing a missing, stale, corrupt or mismatched one with a message that says
 * what is wrong and which command fixes it. Every file's checksum is verified before hnswlib's native
 * reader sees it: a truncated hnswlib.index must be an error, not a crash.
 */
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLexicalIndex, type LexicalIndex, type LexicalIndexData } from '../retrieval/lexical.js';
import type { Corpus } from '../types.js';
import { BUILDER_VERSION, currentBuildDir, type IndexManifest } from './build.js';
import { sha256 } from './corpus.js';
import { embedderId, restoreEmbeddings, type EmbeddingsConfig } from './embeddings/index.js';
import type { LocalEmbedderState } from './embeddings/local.js';
import type { FacetTable } from './facets.js';
import { placeWords, type Lexicon } from './lexicon.js';
import { unpackVectors, type Card } from './cards.js';
import type { ReferralTable } from './referrals.js';
import { createTokenizer, type Tokenizer } from './tokenizer.js';

/** hnswlib does not persist `ef`; searches use this (≥ k) instead of its default of 10. */
export const HNSW_EF = 64;

export interface LoadedIndex {
  dir: string;
  manifest: IndexManifest;
  corpus: Corpus;
  lexicon: Lexicon;
  facetTable: FacetTable;
  referrals: ReferralTable;
  /** The question cards of data/lexicon/cards, validated at build, with one vector per question in order. */
  cards: Card[];
  cardVectors: Float32Array[];
  tokenizer: Tokenizer;
  lexical: LexicalIndex;
  vectors: HNSWLib;
}

export class IndexLoadError extends Error {}

const REBUILD = 'run `npm run ingest -- --force`';

/** The build CURRENT names. */
export async function loadIndex(indexDir: string, embeddings: EmbeddingsConfig): Promise<LoadedIndex> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) throw new IndexLoadError(`index missing in ${indexDir}: run \`npm run ingest\``);
  return loadBuild(dir, embeddings);
}

/**
 * A build folder's manifest and files, each checked against the manifest's checksum, builder version and
 * embedder — everything short of loading it. Throws IndexLoadError saying what is wrong.
 */
export async function verifyBuild(dir: string, embeddings: EmbeddingsConfig): Promise<{ manifest: IndexManifest; contents: Map<string, Buffer> }> {
  const read = (name: string) =>
    readFile(path.join(dir, name)).catch(() => {
      throw new IndexLoadError(`index file ${path.join(dir, name)} is missing: ${REBUILD}`);
    });

  let manifest: IndexManifest;
  try {
    manifest = JSON.parse((await read('manifest.json')).toString('utf8')) as IndexManifest;
  } catch (error) {
    if (error instanceof IndexLoadError) throw error;
    throw new IndexLoadError(`index manifest in ${dir} is corrupt: ${REBUILD}`);
  }
  if (manifest.builderVersion !== BUILDER_VERSION) {
    throw new IndexLoadError(`index in ${dir} was built by builder v${manifest.builderVersion}, this code needs v${BUILDER_VERSION}: ${REBUILD}`);
  }
  const expectedEmbedder = embedderId(embeddings);
  if (manifest.embedder.id !== expectedEmbedder) {
    throw new IndexLoadError(`index in ${dir} was built with embedder ${manifest.embedder.id}, but EMBEDDINGS selects ${expectedEmbedder}: ${REBUILD}`);
  }

  const contents = new Map<string, Buffer>();
  for (const [name, expected] of Object.entries(manifest.files)) {
    const bytes = await read(name);
    if (sha256(bytes) !== expected) throw new IndexLoadError(`index file ${path.join(dir, name)} is corrupt (checksum mismatch): ${REBUILD}`);
    contents.set(name, bytes);
  }
  return { manifest, contents };
}

/** One build folder (`INDEX_DIR/builds/<id>`), whatever CURRENT names: what a fallback to an older build loads. */
export async function loadBuild(dir: string, embeddings: EmbeddingsConfig): Promise<LoadedIndex> {
  const { manifest, contents } = await verifyBuild(dir, embeddings);
  const json = <T>(name: string): T => JSON.parse(contents.get(name)!.toString('utf8')) as T;

  const corpus = json<Corpus>('corpus.json');
  const stored = json<{ words: string[]; stopwords: string[]; synonyms: [string, string[]][]; shopfloor?: string[]; facets: FacetTable; referrals: ReferralTable }>('lexicon.json');
  const cards = json<{ cards: Card[]; vectors: { dimension: number; data: string } }>('cards.json');
  const lexicon: Lexicon = { words: stored.words, stopwords: new Set(stored.stopwords), synonyms: new Map(stored.synonyms), places: placeWords(stored.facets), shopfloor: new Set(stored.shopfloor ?? []) };
  const tokenizer = createTokenizer({ lexicon });
  const lexical = loadLexicalIndex(json<LexicalIndexData>('lexical.json'));
  const embedder = await restoreEmbeddings(embeddings, json<LocalEmbedderState | null>('embedder.json'), tokenizer);
  const vectors = await HNSWLib.load(path.join(dir, 'hnsw'), embedder);
  if (vectors.args.numDimensions !== manifest.embedder.dimension) {
    throw new IndexLoadError(`index in ${dir} has dimension ${vectors.args.numDimensions}, manifest says ${manifest.embedder.dimension}: ${REBUILD}`);
  }
  vectors.index.setEf(HNSW_EF);
  return {
    dir, manifest, corpus, lexicon, facetTable: stored.facets, referrals: stored.referrals, tokenizer, lexical, vectors,
    cards: cards.cards, cardVectors: unpackVectors(cards.vectors),
  };
}
