/**
 * zod issues → the contract's 400 body, in Chinese. Only the first issue is reported: a citizen fixes
 * one thing at a time, and `field` can name only one.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { QUESTION_MAX } from '../contract.js';
import { errorBody, MESSAGES } from './errors.js';
import { SEARCH_K_MAX, SEARCH_Q_MAX } from './schemas.js';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  array: '数组',
  object: '对象',
};

/** Messages for fields whose wording matters to the citizen more than the generic one. */
const FIELD_MESSAGES: Record<string, Partial<Record<'missing' | 'empty' | 'tooLong' | 'any', string>>> = {
  question: { missing: '缺少问题（question）', empty: '问题不能为空', tooLong: `问题不能超过 ${QUESTION_MAX} 个字` },
  q: { missing: '请输入搜索内容', empty: '请输入搜索内容', tooLong: `搜索内容不能超过 ${SEARCH_Q_MAX} 个字` },
  k: { any: `参数 k 必须是 1 到 ${SEARCH_K_MAX} 之间的整数` },
};

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function describeIssue(issue: Issue, input: unknown): { message: string; field?: string } {
  if (issue.code === 'unrecognized_keys') {
    const prefix = issue.path.length ? `${issue.path.join('.')}.` : '';
    return { message: `不支持的字段：${issue.keys.map((k) => prefix + k).join('、')}`, field: prefix + issue.keys[0] };
  }
  if (issue.path.length === 0) return { message: MESSAGES.notObject };
  const field = issue.path.join('.');
  const special = FIELD_MESSAGES[field];
  if (special?.any) return { message: special.any, field };
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { message: special?.missing ?? `缺少必填字段 ${field}`, field };
      return { message: `字段 ${field} 应为${TYPE_NAMES[issue.expected] ?? issue.expected}`, field };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        const message = Number(issue.minimum) <= 1 ? (special?.empty ?? `字段 ${field} 不能为空`) : `字段 ${field} 不能少于 ${issue.minimum} 个字`;
        return { message, field };
      }
      if (issue.origin === 'array') return { message: `字段 ${field} 至少需要 ${issue.minimum} 项`, field };
      return { message: `字段 ${field} 不能小于 ${issue.minimum}`, field };
    case 'too_big':
      if (issue.origin === 'string') return { message: special?.tooLong ?? `字段 ${field} 不能超过 ${issue.maximum} 个字`, field };
      if (issue.origin === 'array') return { message: `字段 ${field} 最多 ${issue.maximum} 项`, field };
      return { message: `字段 ${field} 不能大于 ${issue.maximum}`, field };
    case 'invalid_value':
      return { message: `字段 ${field} 的取值必须是 ${issue.values.map(String).join('、')} 之一`, field };
    default:
      return { message: `字段 ${field} 的值无效`, field };
  }
}

/**
 * The `defaultHook` of every OpenAPI route: a failed validation answers 400 with the contract's body.
 * (The request JSON has already been parsed by the JSON gate, so only shape errors reach here.)
 */
export function validationHook(result: { success: boolean; error?: z.ZodError; data?: unknown }, c: Context) {
  if (result.success || !result.error) return undefined;
  const issue = result.error.issues[0]!;
  const { message, field } = describeIssue(issue, result.data);
  return c.json(errorBody('invalid_request', message, field), 400);
}
