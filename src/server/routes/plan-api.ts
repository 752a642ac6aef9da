/** GET /api/search, /api/clauses, /api/clauses/:id, /api/meta: reading the plan itself. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireEngine, type AppDeps, type AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';
import { planView } from '../plan-view.js';
import { ClauseResponseSchema, MetaResponseSchema, SearchQuerySchema, SearchResponseSchema, TocResponseSchema } from '../schemas.js';
import { ERRORS, json, NOT_READY } from './_openapi.js';
import { ErrorBodySchema } from '../../contract.js';
import type { LoadedIndex } from '../../ingest/store.js';

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['规划'],
  summary: '在规划全文中检索条款',
  request: { query: SearchQuerySchema },
  responses: {
    200: { description: '按相关度排序的条款', ...json(SearchResponseSchema) },
    400: { description: 'q 为空或 k 不在 1–20 之间（invalid_request）', ...json(ErrorBodySchema) },
    ...ERRORS,
    ...NOT_READY,
  },
});

const tocRoute = createRoute({
  method: 'get',
  path: '/api/clauses',
  tags: ['规划'],
  summary: '规划目录（篇、节、条款）',
  responses: { 200: { description: '目录树', ...json(TocResponseSchema) }, ...ERRORS, ...NOT_READY },
});

const clauseRoute = createRoute({
  method: 'get',
  path: '/api/clauses/{id}',
  tags: ['规划'],
  summary: '一个条款及其前后条款',
  request: { params: z.object({ id: z.string().max(100).describe('条款编号，如 4.5.1') }) },
  responses: {
    200: { description: '条款', ...json(ClauseResponseSchema) },
    404: { description: '没有这个编号的条款（not_found）', ...json(ErrorBodySchema) },
    ...ERRORS,
    ...NOT_READY,
  },
});

const metaRoute = createRoute({
  method: 'get',
  path: '/api/meta',
  tags: ['规划'],
  summary: '文件信息（标题、发文机关、文号、日期、规划期）和索引清单',
  responses: { 200: { description: '元数据', ...json(MetaResponseSchema) }, ...ERRORS, ...NOT_READY },
});

export function registerPlanApi(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(searchRoute, async (c) => {
    const { q, k } = c.req.valid('query');
    const results = await requireEngine(deps.engine).search(q, k);
    return c.json({ results }, 200);
  });

  app.openapi(tocRoute, (c) => c.json({ toc: planView(requireEngine(deps.engine).index.corpus).toc }, 200));

  app.openapi(clauseRoute, (c) => {
    const { id } = c.req.valid('param');
    const found = planView(requireEngine(deps.engine).index.corpus).clause(id);
    if (!found) throw new ApiError(404, 'not_found', `未找到编号为 ${id.slice(0, 40)} 的条款`, 'id');
    return c.json(found, 200);
  });

  // The same for every request to one loaded index: built and checked once per index.
  const metas = new WeakMap<LoadedIndex, z.infer<typeof MetaResponseSchema>>();
  const metaOf = (index: LoadedIndex) => {
    let meta = metas.get(index);
    if (!meta) {
      // Checksums of the index files are for the loader, not for clients.
      const { files: _files, buildMs: _buildMs, ...published } = index.manifest;
      const documents = index.corpus.documents.map(({ sourceFile: _s, sha256: _h, unstructured: _u, ...doc }) => doc);
      metas.set(index, (meta = MetaResponseSchema.parse({ documents, manifest: published })));
    }
    return meta;
  };

  app.openapi(metaRoute, (c) => c.json(metaOf(requireEngine(deps.engine).index), 200));
}
