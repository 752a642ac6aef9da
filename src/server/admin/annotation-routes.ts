/** Annotations: list, edit, delete, JSONL export and import. Every change is applied to the engine at once. */
import type { Context, Hono } from 'hono';
import type { Store } from '../../store/store.js';
import type { AdminDeps, EngineHolder } from '../deps.js';
import type { AdminEnv } from './auth.js';
import { annotationsJsonl, cardFromForm, checkCard, kindOf, parseImport, type CardFields } from './cards.js';
import { messagePage } from './layout.js';
import { clauseMap } from './log-routes.js';
import { annotationPage, annotationsPage } from './views/annotations.js';

export const IMPORT_MAX_BYTES = 1024 * 1024;

export function registerAnnotations(admin: Hono<AdminEnv>, { store, holder, admin: adminDeps }: { store: Store; holder: EngineHolder; admin: AdminDeps }): void {
  const list = async (c: Context<AdminEnv>, { notice = null, error = null }: { notice?: string | null; error?: string | null }, status: 200 | 400 | 422 = 200) =>
    c.html(await annotationsPage({ rows: await store.annotations.list(), notice, error, session: c.get('session') }), status);
  const notFound = async (c: Context<AdminEnv>) =>
    c.html(await messagePage('找不到这条标注', '它可能已被删除。', { href: '/admin/annotations', label: '返回标注' }, c.get('session')), 404);
  const notReady = async (c: Context<AdminEnv>) => c.html(await messagePage('暂时无法保存', '政策索引正在加载，请稍后再试。', { href: '/admin/annotations', label: '返回标注' }, c.get('session')), 503);

  admin.get('/annotations', (c) => {
    const deleted = c.req.query('deleted');
    const imported = c.req.query('imported')?.match(/^(\d+)-(\d+)$/);
    const notice = deleted ? `已删除标注 ${deleted.slice(0, 40)}。` : imported ? `已导入：新建 ${imported[1]} 条，替换 ${imported[2]} 条。` : null;
    return list(c, { notice });
  });

  admin.get('/annotations.jsonl', async (c) => {
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return c.body(annotationsJsonl(await store.annotations.cards()), 200, {
      'Content-Type': 'application/jsonl; charset=utf-8',
      'Content-Disposition': `attachment; filename="annotations-${day}.jsonl"`,
    });
  });

  admin.post('/annotations/import', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const file = body.file instanceof File && body.file.size > 0 ? await body.file.text() : '';
    const text = file || (typeof body.text === 'string' ? body.text : '');
    if (!holder.current) return notReady(c);
    const parsed = parseImport(text, clauseMap(holder));
    if (!parsed.ok) return list(c, { error: `没有导入：${parsed.error}` }, 422);
    const { created, updated } = await store.annotations.importCards(parsed.value, { actor: c.get('session').actor });
    await adminDeps.applyAnnotations(`${parsed.value.length} annotations imported`);
    return c.redirect(`/admin/annotations?imported=${created}-${updated}`, 303);
  });

  admin.get('/annotations/:id', async (c) => {
    const row = await store.annotations.get(c.req.param('id'));
    if (!row) return notFound(c);
    return c.html(await annotationPage({ row, draft: null, saved: c.req.query('saved') === '1', session: c.get('session') }));
  });

  admin.post('/annotations/:id', async (c) => {
    const row = await store.annotations.get(c.req.param('id'));
    if (!row) return notFound(c);
    if (!holder.current) return notReady(c);
    const body = (await c.req.parseBody({ all: true })) as CardFields;
    // The kind is the stored card's, not the form's: an edit changes words, not what the card is.
    const card = cardFromForm(row.card.id, kindOf(row.card), body);
    const problem = checkCard(card, clauseMap(holder));
    if (problem) {
      const text = (field: unknown) => (typeof field === 'string' ? field : '');
      const draft = { error: problem, questions: text(body.questions), keywords: text(body.keywords), clauses: text(body.clauseList), answer: text(body.answer), department: text(body.department), hotline: text(body.hotline) };
      return c.html(await annotationPage({ row, draft, saved: false, session: c.get('session') }), 422);
    }
    await store.annotations.save(card, { actor: c.get('session').actor });
    await adminDeps.applyAnnotations(`annotation ${card.id} updated`);
    return c.redirect(`/admin/annotations/${encodeURIComponent(card.id)}?saved=1`, 303);
  });

  admin.post('/annotations/:id/delete', async (c) => {
    const id = c.req.param('id');
    if (!(await store.annotations.remove(id, { actor: c.get('session').actor }))) return notFound(c);
    await adminDeps.applyAnnotations(`annotation ${id} deleted`);
    return c.redirect(`/admin/annotations?deleted=${encodeURIComponent(id)}`, 303);
  });
}
