/** The engine the server serves (src/answer/load.ts) and the build it comes from. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export { loadEngine } from '../answer/load.js';

/** The build id `INDEX_DIR/CURRENT` points at, or null when there is none. */
export async function currentBuildId(indexDir: string): Promise<string | null> {
  const id = await readFile(path.join(indexDir, 'CURRENT'), 'utf8').catch(() => null);
  return id?.trim() || null;
}
