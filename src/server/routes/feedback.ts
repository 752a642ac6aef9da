/** POST /api/feedback and POST /api/match. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { FeedbackRequestSchema, MatchRequestSchema, MatchResponseSchema } from '../../contract.js';
import { requireEngine, type AppDeps, type AppEnv } from '../deps.js';
import { ApiError, MESSAGES } from '../errors.js';
import { questionDigest } from '../redact.js';
import { FeedbackCreatedSchema } from '../schemas.js';
import { BODY_ERRORS, ERRORS, json, jsonBody, NOT_READY } from './_openapi.js';

const feedbackRoute = createRoute({
  method: 'post',
  path: '/api/feedback',
  tags: ['反馈'],
  summary: '对回答的反馈（写入磁盘后才返回 201）',
  request: jsonBody(FeedbackRequestSchema),
  responses: { 201: { description: '已保存', ...json(FeedbackCreatedSchema) }, ...BODY_ERRORS, ...ERRORS },
});

const matchRoute = createRoute({
  method: 'post',
  path: '/api/match',
  tags: ['企业匹配'],
  summary: '按企业情况匹配规划中的支持措施（至少填写一项）',
  request: jsonBody(MatchRequestSchema),
  responses: { 200: { description: '按需求分组的措施', ...json(MatchResponseSchema) }, ...BODY_ERRORS, ...ERRORS, ...NOT_READY },
});

export function registerFeedback(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(feedbackRoute, async (c) => {
    const input = c.req.valid('json');
    // Awaited: the INSERT returns after SQLite's WAL fsync (or PostgreSQL's commit), so 201 means "on disk".
    const id = await deps.store.feedback.add(input);
    deps.logger.info({ reqId: c.get('requestId'), feedbackId: id, helpful: input.helpful, ...questionDigest(input.question) }, 'feedback stored');
    return c.json({ id }, 201);
  });

  app.openapi(matchRoute, async (c) => {
    const profile = c.req.valid('json');
    if (Object.values(profile).every((v) => v === undefined || (Array.isArray(v) && v.length === 0))) {
      throw new ApiError(400, 'invalid_request', MESSAGES.emptyProfile);
    }
    const result = await requireEngine(deps.engine).match(profile);
    return c.json(result, 200);
  });
}
