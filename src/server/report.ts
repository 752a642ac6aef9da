/**
 * `npm run report [-- --limit 20] [-- --days 30]`: the most frequent refused and unhelpful questions in the
 * store (FEEDBACK_DB, or DATABASE_URL) — the terminal view of what /admin shows.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { formatReport } from './report-text.js';

try {
  const { values } = parseArgs({ options: { limit: { type: 'string', default: '20' }, days: { type: 'string' } } });
  const limit = Number(values.limit);
  const days = values.days === undefined ? undefined : Number(values.days);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`invalid --limit ${values.limit}: expected a positive integer`);
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new Error(`invalid --days ${values.days}: expected a positive integer`);
  const config = readConfig(process.env);
  if (!config.databaseUrl && !existsSync(config.feedbackDb)) {
    console.log(`还没有数据：${config.feedbackDb} 不存在（服务收到第一个问题或第一条反馈后创建）。`);
  } else {
    const since = days === undefined ? undefined : new Date(Date.now() - days * 86_400_000).toISOString();
    const { store, location } = await openStore(config);
    try {
      const [refused, unhelpful] = [await store.log.topRefused(limit, since), await store.feedback.topUnhelpful(limit, since)];
      console.log(formatReport({ source: location, refused, unhelpful, since }));
    } finally {
      await store.close();
    }
  }
} catch (error) {
  console.error(`report failed: ${(error as Error).message}`);
  process.exit(1);
}
