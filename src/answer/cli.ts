/**
 * `npm run ask -- "到2025年要建多少个5G基站？"`: the answer with its citations, in the terminal.
 */
import { readConfig } from '../config.js';
import { ensureIndex } from '../ingest/ensure.js';
import { loadEngine } from './load.js';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  console.error('用法：npm run ask -- "到2025年要建多少个5G基站？"');
  process.exit(2);
}
try {
  const config = readConfig(process.env);
  await ensureIndex(config, { log: () => {} });
  const engine = await loadEngine(config);
  const { body } = await engine.ask({ question });
  console.log(body.answer);
  for (const c of body.citations) console.log(`\n[${c.n}] ${c.label}（${c.id}）${c.url}\n    ${c.quote}`);
  console.log(`\n(${body.mode}${body.refused ? ', refused' : ''}, ${body.latencyMs} ms)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
