/** Building the answer engine from the configuration: the index on disk plus the optional LLM. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../answer/engine.js';
import { createChatModel } from '../answer/llm.js';
import type { Engine } from '../answer/types.js';
import type { Config } from '../config.js';
import { loadIndex } from '../ingest/store.js';

export async function loadEngine(config: Pick<Config, 'indexDir' | 'embeddings' | 'llm' | 'llmTimeoutMs'>): Promise<Engine> {
  const index = await loadIndex(config.indexDir, config.embeddings);
  const chatModel = config.llm ? await createChatModel(config.llm, config.llmTimeoutMs) : null;
  return createEngine({ index, chatModel, llmTimeoutMs: config.llmTimeoutMs });
}

/** The build id `INDEX_DIR/CURRENT` points at, or null when there is none. */
export async function currentBuildId(indexDir: string): Promise<string | null> {
  const id = await readFile(path.join(indexDir, 'CURRENT'), 'utf8').catch(() => null);
  return id?.trim() || null;
}
