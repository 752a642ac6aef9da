import type { Config } from '../config.js';
import type { Card } from '../ingest/cards.js';
import { loadIndex, type LoadedIndex } from '../ingest/store.js';
import { indexCards } from '../retrieval/retriever.js';
import { withAnswerCache } from './cache.js';
import { createEngine } from './engine.js';
import { createChatModel } from './llm.js';
import type { Engine } from './types.js';

type EngineConfig = Pick<Config, 'indexDir' | 'embeddings' | 'llm' | 'llmTimeoutMs'>;

/**
 * A ready, cached Engine over an already loaded index, with a supervisor's annotation cards searched beside
 * the index's own (their questions are embedded here, with the index's embedder). Cheap next to loading the
 * index: the server calls it again when annotations change and swaps the engine in, with no restart.
 */
export async function engineFor(index: LoadedIndex, config: Pick<Config, 'llm' | 'llmTimeoutMs'>, annotations: Card[] = []): Promise<Engine> {
  const vectors = annotations.length > 0 ? await index.vectors.embeddings.embedDocuments(annotations.flatMap((c) => c.questions)) : [];
  const cards = indexCards(index, { cards: annotations, vectors });
  const chatModel = config.llm ? await createChatModel(config.llm, config.llmTimeoutMs) : null;
  return withAnswerCache(createEngine({ index, chatModel, llmTimeoutMs: config.llmTimeoutMs, cards }));
}

/** Load the built index and, when LLM_BASE_URL/LLM_MODEL are set, the chat model: a ready, cached Engine. */
export async function loadEngine(config: EngineConfig, annotations: Card[] = []): Promise<Engine> {
  return engineFor(await loadIndex(config.indexDir, config.embeddings), config, annotations);
}
