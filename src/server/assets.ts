/**
 * The pages' static files: our own from src/server/assets, Swagger UI from node_modules/swagger-ui-dist.
 * A fixed allow-list (no path joins from the URL, so no traversal); read once, then served from memory.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler } from 'hono';
import { ApiError, MESSAGES } from './errors.js';

const OWN = fileURLToPath(new URL('./assets/', import.meta.url));

function swaggerDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

export function assetFiles(): Map<string, string> {
  const swagger = swaggerDir();
  return new Map([
    ...['site.css', 'admin.css', 'answer.js', 'plan.js', 'docs.js', 'match.js'].map((name): [string, string] => [name, path.join(OWN, name)]),
    ['swagger/swagger-ui.css', path.join(swagger, 'swagger-ui.css')],
    ['swagger/swagger-ui-bundle.js', path.join(swagger, 'swagger-ui-bundle.js')],
  ]);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function assetHandler(files = assetFiles()): Handler {
  const cache = new Map<string, Promise<Buffer>>();
  return async (c) => {
    const name = c.req.path.replace(/^\/assets\//, '');
    const file = files.get(name);
    if (!file) throw new ApiError(404, 'not_found', MESSAGES.notFound);
    let bytes = cache.get(name);
    if (!bytes) cache.set(name, (bytes = readFile(file)));
    const body = await bytes.catch((error: unknown) => {
      cache.delete(name);
      throw error;
    });
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      // Not fingerprinted, so only briefly cacheable: a deploy must show up within minutes.
      'Cache-Control': 'public, max-age=300',
    });
  };
}
