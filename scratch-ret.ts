import { readFileSync } from 'node:fs';
import { loadIndex } from './src/ingest/store.js';
import { analyzeQuery } from './src/retrieval/query.js';
import { createRetriever } from './src/retrieval/retriever.js';
const index = await loadIndex('data/index', { kind: 'local' });
const r = createRetriever({ index });
const qs = readFileSync('eval/qa.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
let h1=0,h5=0,n=0; const miss:string[]=[];
for (const q of qs) { if (!q.expected_clause_ids.length) continue; n++;
  const a = analyzeQuery(q.question, q.history, index.tokenizer);
  const hits = await r.retrieve(a, 5); const ids = hits.map(h=>h.clause.id);
  if (q.expected_clause_ids.includes(ids[0])) h1++; if (ids.some(i=>q.expected_clause_ids.includes(i))) h5++; else miss.push(`${q.id} ${q.question} exp=${q.expected_clause_ids} got=${ids.join(',')} terms=${a.terms.map(t=>t.term).join('/')}`);
}
console.log({n, h1: h1/n, h5: h5/n}); console.log(miss.join('\n'));
