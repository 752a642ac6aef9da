/**
 * Reading the source folder and the lexicon folder, with the one-line errors a person can act on.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../types.js';
import type { SourceFile } from './corpus.js';
import type { LexiconSources } from './lexicon.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readSources(sourceDir: string): Promise<Result<SourceFile[]>> {
  let names: string[];
  try {
    names = (await readdir(sourceDir)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  } catch {
    return { ok: false, error: `source folder ${sourceDir} is missing: put the plan's .txt there (see README)` };
  }
  if (names.length === 0) return { ok: false, error: `source folder ${sourceDir} has no .txt file: put the plan's text there (see README)` };
  const sources: SourceFile[] = [];
  for (const file of names) {
    const bytes = await readFile(path.join(sourceDir, file));
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, error: `${path.join(sourceDir, file)} is not UTF-8: convert it (e.g. iconv -f GB18030 -t UTF-8) and run again` };
    }
    if (text.trim().length === 0) return { ok: false, error: `${path.join(sourceDir, file)} is empty: remove it or put the document's text in it` };
    sources.push({ file, text });
  }
  return { ok: true, value: sources };
}

export async function readLexiconSources(lexiconDir: string): Promise<LexiconSources> {
  const read = (name: string) =>
    readFile(path.join(lexiconDir, name), 'utf8').catch(() => {
      throw new Error(`lexicon file ${path.join(lexiconDir, name)} is missing: restore it from git`);
    });
  const [terms, stopwords, synonyms, facets, referrals, shopfloor] = await Promise.all([
    read('terms.txt'),
    read('stopwords.txt'),
    read('synonyms.tsv'),
    read('facets.json'),
    read('referrals.json'),
    read('shopfloor.txt'),
  ]);
  const cardsDir = path.join(lexiconDir, 'cards');
  const names = await readdir(cardsDir).catch(() => {
    throw new Error(`question cards folder ${cardsDir} is missing: restore it from git`);
  });
  const cards = await Promise.all(
    names
      .filter((n) => n.endsWith('.jsonl'))
      .sort()
      .map(async (file) => ({ file, text: await readFile(path.join(cardsDir, file), 'utf8') })),
  );
  return { terms, stopwords, synonyms, facets, referrals, shopfloor, cards };
}
