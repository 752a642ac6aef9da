import { loadIndex } from './src/ingest/store.js';
import { analyzeQuery } from './src/retrieval/query.js';
import { createRetriever } from './src/retrieval/retriever.js';
import { scopeGate } from './src/retrieval/scope.js';
const index = await loadIndex('data/index', { kind: 'local' });
const r = createRetriever({ index });
for (const q of process.argv.slice(2)) {
  const a = analyzeQuery(q, undefined, index.tokenizer); const hits = await r.retrieve(a, 8);
  const g = scopeGate(a, hits, index.lexical, index.tokenizer, index.corpus.documents[0].title);
  console.log(q, g.inScope, g.coverage.toFixed(2), 'cov', g.covered.map(t=>t+':'+index.lexical.idf(t).toFixed(1)).join(' '), 'unc', g.uncovered.map(t=>t+':'+index.lexical.idf(t).toFixed(1)+(index.lexical.has(t)?'':'?')).join(' '), hits.slice(0,3).map(h=>h.clause.id).join(','));
}
