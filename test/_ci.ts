/**
 * Suites that need a server the machine may not have (Chromium, PostgreSQL, Redis, nginx): without it, `npm
 * test` reports the suite as skipped in one line that says what to install — except with CI=true, where the
 * suite fails instead: CI must not pass without running it (.ci/run installs them).
 */
import { it } from 'vitest';

export const inCi = (value: string | undefined = process.env.CI) => value !== undefined && value !== '' && !['0', 'false'].includes(value.toLowerCase());

/** Inside a describe: one skipped test named by `line`, or under CI one failing test. */
export function withoutServer(line: string): void {
  console.warn(line);
  if (inCi()) {
    it(`${line} — CI=true requires this suite`, () => {
      throw new Error(`${line}; CI=true requires this suite`);
    });
  } else {
    it.skip(line, () => undefined);
  }
}
