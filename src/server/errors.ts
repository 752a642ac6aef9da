/**
 * The contract's error body `{"error":{"code","message","field"?}}`: stable English codes, Chinese
 * messages a citizen can read. Every 4xx the server sends goes through `ApiError` or `errorBody`.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'invalid_request'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'not_found'
  | 'index_not_ready'
  | 'origin_not_allowed'
  | 'unauthorized'
  | 'forbidden'
  | 'headers_too_large'
  | 'request_timeout'
  | 'internal_error';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export const BODY_LIMIT_BYTES = 64 * 1024;

/** Messages that do not depend on the request. Tests assert these exact strings. */
export const MESSAGES = {
  invalid: '请求无效',
  malformedJson: '请求体不是合法的 JSON',
  notUtf8: '请求体必须是 UTF-8 编码',
  notObject: '请求体必须是 JSON 对象',
  payloadTooLarge: '请求体过大，不能超过 64 KB',
  unsupportedMediaType: '请求体必须是 JSON（Content-Type: application/json）',
  rateLimited: '请求过于频繁，请稍后再试',
  notFound: '未找到请求的地址',
  indexNotReady: '政策索引正在加载，请稍后再试',
  originNotAllowed: '该网站未获授权调用本服务',
  unauthorized: '需要有效的访问令牌',
  loopbackOnly: '该地址仅限本机访问',
  malformedHttp: 'HTTP 请求格式无效',
  headersTooLarge: '请求头或网址过长',
  requestTimeout: '请求超时，请重试',
  internal: '服务器内部错误，请稍后再试',
  emptyProfile: '请至少填写一项企业信息：行业、地区、企业类型、需求或描述',
} as const;

export function errorBody(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** A bad request: `app.onError` turns it into the contract's body with this status. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(status, { message });
  }

  get body(): ErrorBody {
    return errorBody(this.code, this.message, this.field);
  }
}

/** Hono's own middleware (validators, body limit) throws plain HTTPExceptions; map their statuses to our codes. */
export function fromHttpException(error: HTTPException): ApiError {
  if (error instanceof ApiError) return error;
  switch (error.status) {
    case 413:
      return new ApiError(413, 'payload_too_large', MESSAGES.payloadTooLarge);
    case 415:
      return new ApiError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType);
    case 404:
      return new ApiError(404, 'not_found', MESSAGES.notFound);
    case 429:
      return new ApiError(429, 'rate_limited', MESSAGES.rateLimited);
    case 400:
      // In practice only @hono/zod-validator's JSON parse failure, which our JSON gate already pre-empts.
      return new ApiError(400, 'invalid_request', MESSAGES.malformedJson);
    default:
      return error.status < 500
        ? new ApiError(400, 'invalid_request', MESSAGES.invalid)
        : new ApiError(500, 'internal_error', MESSAGES.internal);
  }
}
