/**
 * One factory for the three embedders of EMBEDDINGS: `local` (default, offline), `openai` (any
 * OpenAI-compatible /embeddings endpoint: Ollama, vLLM, TEI serving bge-m3…) and `transformers`
 * (@huggingface/transformers on a local model folder, never a download).
 */
import type { Embeddings } from '@langchain/core/embeddings';
import type { Tokenizer } from '../tokenizer.js';
import { fitLocalEmbedder, LocalEmbeddings, LOCAL_EMBEDDER_ID, type LocalEmbedderState } from './local.js';

export type EmbeddingsKind = 'local' | 'openai' | 'transformers';

export interface EmbeddingsConfig {
  kind: EmbeddingsKind;
  baseUrl?: string;
  model?: string;
  modelDir?: string;
  apiKey?: string;
}

/** Identifies an embedder in the index manifest: an index built with another one cannot be searched. */
export function embedderId(config: EmbeddingsConfig): string {
  switch (config.kind) {
    case 'local':
      return LOCAL_EMBEDDER_ID;
    case 'openai':
      return `openai:${config.model ?? ''}@${config.baseUrl ?? ''}`;
    case 'transformers':
      return `transformers:${config.model ?? ''}`;
  }
}

export interface PreparedEmbeddings {
  id: string;
  embeddings: Embeddings;
  /** State to persist with the index (the fitted local model); null for remote/neural models. */
  state: LocalEmbedderState | null;
}

/** At ingest: the local embedder is fitted on the corpus; the others are used as they are. */
export async function prepareEmbeddings(config: EmbeddingsConfig, corpusTexts: string[], tokenizer: Tokenizer): Promise<PreparedEmbeddings> {
  if (config.kind === 'local') {
    const state = fitLocalEmbedder(corpusTexts, tokenizer);
    return { id: LOCAL_EMBEDDER_ID, embeddings: new LocalEmbeddings(state, tokenizer), state };
  }
  return { id: embedderId(config), embeddings: await remoteEmbeddings(config), state: null };
}

/** At load: the local embedder comes back from its persisted state. */
export async function restoreEmbeddings(config: EmbeddingsConfig, state: LocalEmbedderState | null, tokenizer: Tokenizer): Promise<Embeddings> {
  if (config.kind === 'local') {
    if (!state) throw new Error('index has no local embedder state: run `npm run ingest -- --force`');
    return new LocalEmbeddings(state, tokenizer);
  }
  return remoteEmbeddings(config);
}

async function remoteEmbeddings(config: EmbeddingsConfig): Promise<Embeddings> {
  if (config.kind === 'openai') {
    if (!config.baseUrl || !config.model) throw new Error('EMBEDDINGS=openai needs EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL');
    const { OpenAIEmbeddings } = await import('@langchain/openai');
    return new OpenAIEmbeddings({
      model: config.model,
      // Local servers (Ollama, vLLM, TEI) ignore the key, but the client refuses to start without one.
      apiKey: config.apiKey ?? 'not-needed',
      configuration: { baseURL: config.baseUrl },
    });
  }
  const { TransformersEmbeddings } = await import('./transformers.js');
  return TransformersEmbeddings.create(config);
}
