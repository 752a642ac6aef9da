/** One fuzz campaign against a running server: batches of concurrent requests under fast-check. */
import fc from 'fast-check';
import { PROBE_FACT, PROBE_QUESTION } from './_eval.js';
import { fuzzRequest, type FuzzRequest } from './_fuzz-requests.js';
import { breaksErrorContract, createSender, isFailure, type Outcome } from './_fuzz-send.js';

export interface FuzzReport {
  requests: number;
  statuses: Record<string, number>;
  failures: { request: string; outcome: Outcome }[];
  contractBreaks: { request: string; outcome: Outcome }[];
  /** fast-check's counterexample, when a batch failed (shrunk). */
  counterexample: string | null;
  seed: number;
  probeOk: boolean;
}

const describeRequest = (r: FuzzRequest) =>
  r.kind === 'raw' ? `raw ${JSON.stringify(r.bytes.toString('latin1').slice(0, 200))}` : `${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(r.headers)} body ${r.body ? JSON.stringify(r.body.toString('latin1').slice(0, 200)) + ` (${r.body.length} bytes)` : '-'}`;

export async function fuzzServer(url: string, { batches, batchSize = 10, seed = Date.now() % 2 ** 31 }: { batches: number; batchSize?: number; seed?: number }): Promise<FuzzReport> {
  const sender = createSender(url);
  const report: FuzzReport = { requests: 0, statuses: {}, failures: [], contractBreaks: [], counterexample: null, seed, probeOk: false };
  const tally = (outcome: Outcome) => {
    const key = outcome.kind === 'response' ? String(outcome.status) : outcome.kind;
    report.statuses[key] = (report.statuses[key] ?? 0) + 1;
  };
  const property = fc.asyncProperty(fc.array(fuzzRequest, { minLength: batchSize, maxLength: batchSize }), async (batch) => {
    const outcomes = await Promise.all(batch.map((r) => sender.send(r)));
    report.requests += batch.length;
    let failed = false;
    outcomes.forEach((outcome, i) => {
      tally(outcome);
      const request = batch[i]!;
      if (isFailure(request, outcome)) {
        failed = true;
        if (report.failures.length < 20) report.failures.push({ request: describeRequest(request), outcome });
      }
      if (breaksErrorContract(request, outcome) && report.contractBreaks.length < 20) report.contractBreaks.push({ request: describeRequest(request), outcome });
    });
    return !failed;
  });
  // Shrinking a failure re-sends requests: bounded, so a broken server cannot keep the run going forever.
  const details = await fc.check(property, { numRuns: batches, seed, endOnFailure: false, maxSkipsPerRun: 0, interruptAfterTimeLimit: 20 * 60_000, markInterruptAsFailure: true });
  if (details.failed) report.counterexample = details.counterexample ? details.counterexample[0].map(describeRequest).join('\n') : String(details.errorInstance ?? 'interrupted');
  sender.close();

  const probe = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: PROBE_QUESTION }) }).then(
    async (res) => res.status === 200 && ((await res.json()) as { answer: string }).answer.includes(PROBE_FACT),
    () => false,
  );
  report.probeOk = probe;
  return report;
}
