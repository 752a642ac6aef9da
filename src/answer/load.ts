import type { Config } from '../config.js';
import { loadIndex } from '../ingest/store.js';
import { withAnswerCache } from './cache.js';
import { createEngine } from './engine.js';
import { createChatModel } from './llm.js';
import type { Engine } from './types.js';

/** Load the built index and, when LLM_BASE_URL/LLM_MODEL are set, the chat model: a ready, cached Engine. */
export async function loadEngine(config: Pick<Config, 'indexDir' | 'embeddings' | 'llm' | 'llmTimeoutMs'>): Promise<Engine> {
  const index = await loadIndex(config.indexDir, config.embeddings);
  const chatModel = config.llm ? await createChatModel(config.llm, config.llmTimeoutMs) : null;
  return withAnswerCache(createEngine({ index, chatModel, llmTimeoutMs: config.llmTimeoutMs }));
}
