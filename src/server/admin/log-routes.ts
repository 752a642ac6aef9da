/** The conversation log: list with filters and paging, CSV export, one row, and annotating it. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Clause } from '../../types.js';
import type { LogFilter } from '../../store/log.js';
import type { Store } from '../../store/store.js';
import type { AdminDeps, EngineHolder } from '../deps.js';
import type { AdminEnv } from './auth.js';
import { cardFromForm, checkCard, clauseIdsFrom, newAnnotationId, type AnnotationKind, type CardFields } from './cards.js';
import { CSV_BOM, csvLine } from './csv.js';
import { messagePage } from './layout.js';
import { askPage, type AnnotateDraft } from './views/ask.js';
import { logPage, PAGE_SIZE } from './views/log.js';

const CSV_MAX_ROWS = 100_000;
const CSV_PAGE = 200;
const SEARCH_K = 8;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FilterQuery = z.object({
  refused: z.literal('1').optional().catch(undefined),
  unhelpful: z.literal('1').optional().catch(undefined),
  weak: z.literal('1').optional().catch(undefined),
  from: Day.optional().catch(undefined),
  to: Day.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** Filters from the query string; anything malformed is ignored rather than refused. */
export function filterFrom(query: Record<string, string>): { filter: LogFilter; page: number } {
  const q = FilterQuery.parse(query);
  return {
    filter: { refused: q.refused === '1', unhelpful: q.unhelpful === '1', weak: q.weak === '1', from: q.from, to: q.to, text: q.q || undefined },
    page: q.page ?? 1,
  };
}

const KINDS = new Set<AnnotationKind>(['link', 'referral', 'curated']);

export function clauseMap(holder: EngineHolder): Map<string, Clause> {
  return new Map((holder.current?.index.corpus.clauses ?? []).map((c) => [c.id, c]));
}

export function clauseLabels(holder: EngineHolder): Map<string, string> {
  return new Map((holder.current?.index.corpus.clauses ?? []).map((c) => [c.id, c.label]));
}

export function registerLog(admin: Hono<AdminEnv>, { store, holder, admin: adminDeps, retentionDays }: { store: Store; holder: EngineHolder; admin: AdminDeps; retentionDays: number }): void {
  admin.get('/log', async (c) => {
    const { filter, page } = filterFrom(c.req.query());
    const { rows, total } = await store.log.find(filter, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    return c.html(await logPage({ filter, page, rows, total, enabled: store.log.enabled, retentionDays, session: c.get('session') }));
  });

  admin.get('/log.csv', async (c) => {
    const { filter } = filterFrom(c.req.query());
    let text = CSV_BOM + csvLine(['时间', '问题', '回答', '未能回答', '原因', '方式', '依据', '用时（毫秒）', '引用条款', '有帮助', '没帮助', '反馈意见', '标注']);
    for (let offset = 0; offset < CSV_MAX_ROWS; offset += CSV_PAGE) {
      const { rows } = await store.log.find(filter, { offset, limit: CSV_PAGE });
      for (const r of rows) {
        const helpful = r.feedback.filter((f) => f.helpful).length;
        text += csvLine([r.createdAt, r.question, r.answer, r.refused, r.refusalReason, r.mode, r.evidence, r.latencyMs, r.citations.join(' '), helpful, r.feedback.length - helpful, r.feedback.map((f) => f.comment).filter(Boolean).join(' | '), r.cardId]);
      }
      if (rows.length < CSV_PAGE) break;
    }
    const day = new Date().toISOString().slice(0, 10);
    return c.body(text, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="conversation-log-${day}.csv"` });
  });

  async function showRow(c: Context<AdminEnv>, draft: AnnotateDraft | null, status: 200 | 422) {
    const row = await store.log.get(c.req.param('id')!);
    if (!row) return c.html(await messagePage('找不到这条对话', '它可能已超过保留期限被删除。', { href: '/admin/log', label: '返回对话日志' }, c.get('session')), 404);
    const engine = holder.current;
    const query = (c.req.query('q') ?? row.question).trim().slice(0, 200);
    const results = engine && query ? await engine.search(query, SEARCH_K) : [];
    const annotations = (await store.annotations.list()).filter((a) => a.askId === row.id);
    return c.html(await askPage({ row, labels: clauseLabels(holder), query, results, annotations, draft, session: c.get('session') }), status);
  }

  admin.get('/log/:id', (c) => showRow(c, null, 200));

  admin.post('/log/:id/annotate', async (c) => {
    const askId = c.req.param('id');
    const body = (await c.req.parseBody({ all: true })) as CardFields & { kind?: unknown };
    const kind = typeof body.kind === 'string' && KINDS.has(body.kind as AnnotationKind) ? (body.kind as AnnotationKind) : null;
    if (!kind || !(await store.log.get(askId))) return c.html(await messagePage('无法保存', '请求不完整，或这条对话已被删除。', { href: '/admin/log', label: '返回对话日志' }, c.get('session')), 400);
    if (!holder.current) return c.html(await messagePage('暂时无法保存', '政策索引正在加载，请稍后再试。', { href: `/admin/log/${askId}`, label: '返回' }, c.get('session')), 503);
    const card = cardFromForm(newAnnotationId(), kind, body);
    const problem = checkCard(card, clauseMap(holder));
    if (problem) {
      const text = (field: unknown) => (typeof field === 'string' ? field : '');
      return showRow(c, { kind, error: problem, questions: text(body.questions), keywords: text(body.keywords), clauses: clauseIdsFrom(body.clauses, body.clauseList), answer: text(body.answer), department: text(body.department), hotline: text(body.hotline) }, 422);
    }
    await store.annotations.save(card, { actor: c.get('session').actor, askId });
    await adminDeps.applyAnnotations(`annotation ${card.id} created`);
    return c.redirect(`/admin/annotations/${encodeURIComponent(card.id)}?saved=1`, 303);
  });
}
