/**
 * `node dist/server/healthcheck.js`: the container's HEALTHCHECK. Exit 0 when GET /readyz on this host's
 * PORT answers 200 within 3 s (the index is loaded and the process is not draining), else 1. No curl in a
 * slim image: Node's own fetch.
 */
const port = process.env.PORT?.trim() || '8787';
const TIMEOUT_MS = 3000;

try {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (res.status !== 200) console.error(`/readyz answered ${res.status}`);
  process.exit(res.status === 200 ? 0 : 1);
} catch (error) {
  console.error(`/readyz unreachable: ${(error as Error).message}`);
  process.exit(1);
}
