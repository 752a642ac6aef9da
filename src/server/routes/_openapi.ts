/** Shared pieces of the OpenAPI route definitions. */
import { z } from 'zod';
import { ErrorBodySchema } from '../../contract.js';

export const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const error = (description: string) => ({ description, ...json(ErrorBodySchema) });

/** The error statuses every route can answer, documented once. */
export const ERRORS = {
  403: error('浏览器请求来自未授权的网站（origin_not_allowed）'),
  429: error('请求过于频繁（rate_limited），见 Retry-After'),
  500: error('服务器内部错误（internal_error）'),
} as const;

export const BODY_ERRORS = {
  400: error('请求无效（invalid_request）：JSON 格式、字段类型、缺少或多余字段'),
  413: error('请求体超过 64 KB（payload_too_large）'),
  415: error('请求体不是 JSON（unsupported_media_type）'),
} as const;

export const NOT_READY = { 503: error('政策索引尚未加载（index_not_ready）') } as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, ...json(schema) } });
