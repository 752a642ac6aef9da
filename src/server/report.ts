/**
 * `npm run report [-- --limit 20] [-- --days 30]`: the most frequent refused and unhelpful questions in
 * FEEDBACK_DB — the list staff use to see what citizens ask that the plan does not answer.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { formatReport } from './feedback/report.js';
import { createFeedbackStore } from './feedback/store.js';

try {
  const { values } = parseArgs({ options: { limit: { type: 'string', default: '20' }, days: { type: 'string' } } });
  const limit = Number(values.limit);
  const days = values.days === undefined ? undefined : Number(values.days);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`invalid --limit ${values.limit}: expected a positive integer`);
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new Error(`invalid --days ${values.days}: expected a positive integer`);
  const { feedbackDb } = readConfig(process.env);
  if (!existsSync(feedbackDb)) {
    console.log(`还没有反馈数据：${feedbackDb} 不存在（服务收到第一条反馈或未能回答的问题后创建）。`);
  } else {
    const since = days === undefined ? undefined : new Date(Date.now() - days * 86_400_000).toISOString();
    const store = createFeedbackStore({ file: feedbackDb });
    try {
      console.log(formatReport({ file: feedbackDb, refused: store.topRefused(limit, since), unhelpful: store.topUnhelpful(limit, since), since }));
    } finally {
      store.close();
    }
  }
} catch (error) {
  console.error(`report failed: ${(error as Error).message}`);
  process.exit(1);
}
