/** The engine a server runs: the loaded index with the store's annotations searched beside its own cards. */
import type { Config } from '../config.js';
import { engineFor } from '../answer/load.js';
import type { Engine } from '../answer/types.js';
import type { Card } from '../ingest/cards.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { AnnotationStore } from '../store/annotations.js';
import type { Logger } from './logger.js';

/** The annotations this index can serve: a card naming a clause the index lacks (re-ingested plan) is left out. */
export async function servableAnnotations(annotations: AnnotationStore, index: LoadedIndex, logger: Logger): Promise<Card[]> {
  const clauseIds = new Set(index.corpus.clauses.map((c) => c.id));
  const cards = await annotations.cards();
  const kept = cards.filter((card) => card.clauses.every((id) => clauseIds.has(id)));
  if (kept.length < cards.length) {
    const left = cards.filter((card) => !kept.includes(card)).map((card) => card.id);
    logger.warn({ annotations: left, buildId: index.manifest.buildId }, 'annotations name clauses this index does not have; they are not served');
  }
  return kept;
}

export function annotatedEngine(annotations: AnnotationStore, config: Pick<Config, 'llm' | 'llmTimeoutMs'>, logger: Logger) {
  return async (index: LoadedIndex): Promise<Engine> => engineFor(index, config, await servableAnnotations(annotations, index, logger));
}
