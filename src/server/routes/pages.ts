/** The HTML pages, their assets and the widget script. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Corpus } from '../../types.js';
import { assetHandler } from '../assets.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { docsPage } from '../pages/docs.js';
import { matchPage } from '../pages/match.js';
import { homePage } from '../pages/home.js';
import { notReadyPage, planPage } from '../pages/plan.js';
import { primaryDocument } from '../../ingest/corpus.js';

const HTML_CACHE = 'no-cache';
/** Scripts bundled at start-up (src/chat/build.ts), served under /assets/ beside the files of src/server/assets. */
const PAGE_SCRIPTS = ['chat.js'];
const missingScript = (name: string) => `console.warn('[政策问答] /assets/${name} 尚未构建，问答功能不可用');\n`;

export function registerPages(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  // The plan page is ~100 KB of HTML built from the corpus: render once per loaded index.
  const plans = new WeakMap<Corpus, Promise<string>>();

  app.get('/', async (c) => {
    const corpus = deps.engine.current?.index.corpus;
    const doc = corpus && primaryDocument(corpus);
    return c.html(await homePage(doc), 200, { 'Cache-Control': HTML_CACHE });
  });

  app.get('/plan', async (c) => {
    const corpus = deps.engine.current?.index.corpus;
    if (!corpus) return c.html(await notReadyPage(), 503, { 'Retry-After': '5', 'Cache-Control': 'no-store' });
    let rendered = plans.get(corpus);
    if (!rendered) plans.set(corpus, (rendered = Promise.resolve(planPage(corpus)).then(String)));
    return c.html(await rendered, 200, { 'Cache-Control': HTML_CACHE });
  });

  app.get('/match', async (c) => c.html(await matchPage(deps.engine.current?.index.facetTable), 200, { 'Cache-Control': HTML_CACHE }));

  app.get('/docs', async (c) => c.html(await docsPage(new URL(c.req.url).origin), 200, { 'Cache-Control': HTML_CACHE }));

  for (const name of PAGE_SCRIPTS) {
    const code = deps.pageScripts?.get(name) ?? missingScript(name);
    app.get(`/assets/${name}`, (c) =>
      c.body(code, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
    );
  }
  app.get('/assets/*', assetHandler());

  app.get('/widget.js', (c) =>
    c.body(deps.widgetScript, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // Portals on other origins load this with a plain <script>: let them.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    }),
  );
}
