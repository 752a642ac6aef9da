/** Several processes starting at once against one store (./_migrate-child.ts), as replicas would. */
import { spawn } from 'node:child_process';

/** Starts `count` processes that all migrate at the same moment; resolves with each one's exit code and what it applied. */
export async function migrateAtOnce(env: Record<string, string>, count = 4): Promise<Array<{ code: number | null; applied: string[] | null; output: string }>> {
  // Processes come up at different speeds (tsx compiles on start): each waits for the same instant.
  const startAt = String(Date.now() + 4000);
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/_migrate-child.ts'], { env: { ...process.env, ...env, START_AT: startAt }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      return new Promise<{ code: number | null; applied: string[] | null; output: string }>((resolve) =>
        child.once('exit', (code) => {
          let applied: string[] | null = null;
          try {
            applied = JSON.parse(output.trim().split('\n').at(-1) ?? '') as string[];
          } catch {
            // a failed start prints its error instead
          }
          resolve({ code, applied, output });
        }),
      );
    }),
  );
}
