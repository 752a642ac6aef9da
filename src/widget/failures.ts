/** Turns a failed request into what the citizen reads, and whether a 重试 button makes sense. */
import type { Failure } from './api.js';
import { zh } from './text.js';

export interface FailureView {
  message: string;
  retry: boolean;
}

const CHINESE = /[\u4e00-\u9fff]/;

export function describeFailure(failure: Failure): FailureView {
  switch (failure.kind) {
    case 'unauthorized':
      return { message: zh.errors.unauthorized, retry: false };
    case 'offline':
    case 'unreachable':
      return { message: zh.errors.offline, retry: true };
    case 'interrupted':
      return { message: zh.errors.interrupted, retry: true };
    case 'stream':
      return { message: chinese(failure.message, zh.errors.server), retry: true };
    case 'http':
      return describeStatus(failure);
  }
}

function describeStatus(failure: Extract<Failure, { kind: 'http' }>): FailureView {
  const { status } = failure;
  // Any 403 (origin_not_allowed, an unknown site key) means the portal is not configured: retrying won't help.
  if (status === 403) return { message: zh.errors.unauthorized, retry: false };
  if (status === 429) return { message: zh.errors.rateLimited(failure.retryAfterSeconds ?? 60), retry: true };
  if (status === 503) return { message: zh.errors.unavailable, retry: true };
  if (status === 413) return { message: zh.errors.tooLong, retry: false };
  if (status >= 400 && status < 500) return { message: chinese(failure.message, zh.errors.invalid), retry: false };
  return { message: zh.errors.server, retry: true };
}

/** The server's own message when it is Chinese (the contract promises so), else ours. */
function chinese(message: string, fallback: string): string {
  return message && CHINESE.test(message) ? message : fallback;
}
