/**
 * Sentence embeddings from a local model folder (e.g. bge-small-zh-v1.5 exported to ONNX) through
 * @huggingface/transformers. Remote loading is switched off: this machine, and a government intranet,
 * cannot download weights. The package is optional and not installed by default (it pulls in
 * onnxruntime-node); `npm install @huggingface/transformers` enables this provider.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { EmbeddingsConfig } from './index.js';

type Extractor = (texts: string[], options: { pooling: 'mean' | 'cls'; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

export class TransformersEmbeddings extends Embeddings {
  private constructor(private readonly extractor: Extractor) {
    super({});
  }

  static async create(config: EmbeddingsConfig): Promise<TransformersEmbeddings> {
    if (!config.modelDir || !config.model) {
      throw new Error('EMBEDDINGS=transformers needs EMBEDDINGS_MODEL_DIR (folder holding the model) and EMBEDDINGS_MODEL (its subfolder name)');
    }
    const moduleName = '@huggingface/transformers';
    let transformers: {
      env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
      pipeline: (task: string, model: string, options: object) => Promise<Extractor>;
    };
    try {
      transformers = await import(moduleName);
    } catch {
      throw new Error('EMBEDDINGS=transformers needs the optional package: run `npm install @huggingface/transformers`');
    }
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = config.modelDir;
    const extractor = await transformers.pipeline('feature-extraction', config.model, { local_files_only: true });
    return new TransformersEmbeddings(extractor);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const output = await this.extractor(documents, { pooling: 'mean', normalize: true });
    return output.tolist();
  }

  async embedQuery(document: string): Promise<number[]> {
    return (await this.embedDocuments([document]))[0]!;
  }
}
