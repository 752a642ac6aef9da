/**
 * Which processes a test run started and left running. test/global-setup.ts marks the run with
 * RUN_MARKER=<id> in its environment before any test starts; every server, ingest, browser and helper
 * a test spawns inherits it (they all get `...process.env`), and a process's environment at exec time
 * stays readable in /proc/<pid>/environ for as long as it lives — even re-parented to init, even in a
 * deleted directory.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const RUN_MARKER = 'ZCWD_TEST_RUN';

export interface Leftover {
  pid: number;
  command: string;
}

/** Whether this machine lets us look (Linux /proc); elsewhere the check is skipped, not passed. */
export const canInspectProcesses = (): boolean => {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
};

const parentOf = (pid: number): number | null => {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
};

/** This process and everything above it (npm, the shell): they may carry the marker and are not leftovers. */
function ancestry(pid: number): Set<number> {
  const chain = new Set<number>();
  for (let p: number | null = pid; p !== null && p > 0 && !chain.has(p); p = parentOf(p)) chain.add(p);
  return chain;
}

/** Live processes whose environment carries `RUN_MARKER=run`, other than this process and its ancestors. */
export function processesOfRun(run: string): Leftover[] {
  if (!canInspectProcesses()) return [];
  const needle = Buffer.from(`\0${RUN_MARKER}=${run}\0`);
  const mine = ancestry(process.pid);
  const found: Leftover[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || mine.has(pid)) continue;
    try {
      // Leading NUL so the first variable matches too; a zombie's environ reads empty.
      const environ = Buffer.concat([Buffer.from([0]), readFileSync(`/proc/${pid}/environ`), Buffer.from([0])]);
      if (!environ.includes(needle)) continue;
      found.push({ pid, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return found;
}

/** Polls until no process of the run is left (processes may still be exiting); returns those that stay. */
export async function leftoversAfter(run: string, graceMs = 3000): Promise<Leftover[]> {
  const deadline = Date.now() + graceMs;
  let left = processesOfRun(run);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = processesOfRun(run);
  }
  return left;
}
