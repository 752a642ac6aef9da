/**
 * The Dockerfile, compose.yaml and deploy/nginx.conf run exactly the commands CI exercises: package.json's
 * `build`, `ingest:prod`, `start:prod` and `healthcheck` scripts (the replica suite builds and starts them).
 * No Docker engine is needed: the files are read as text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const dockerfile = readFileSync('Dockerfile', 'utf8');
const compose = readFileSync('compose.yaml', 'utf8');
const nginx = readFileSync('deploy/nginx.conf', 'utf8');

/** The instructions of a Dockerfile, one per line (no continuations are used), comments dropped. */
const instructions = dockerfile
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions.reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : (all.at(-1)?.push(line), all)), []);

describe('the production image and the compose file', () => {
  it('package.json has the scripts production runs, on plain node', () => {
    expect([scripts.build, scripts['start:prod'], scripts['ingest:prod'], scripts.healthcheck]).toEqual([
      'tsx src/release/build.ts',
      'node dist/server/main.js',
      'node dist/ingest/cli.js',
      'node dist/server/healthcheck.js',
    ]);
  });

  it('builds in one stage with npm ci, npm run build and npm run ingest:prod, and runs in another as node with start:prod and the healthcheck script', () => {
    expect(stages.map((s) => s[0])).toEqual(['FROM ${NODE_IMAGE} AS build', 'FROM ${NODE_IMAGE}-slim AS runtime']);
    const [build, runtime] = stages as [string[], string[]];
    expect(build.filter((line) => line.startsWith('RUN '))).toEqual(['RUN npm ci', 'RUN npm run build', 'RUN npm run ingest:prod', 'RUN npm prune --omit=dev']);
    expect(runtime.filter((line) => line.startsWith('RUN '))).toEqual([]);
    expect(runtime).toContain('USER node');
    const cmd = runtime.find((line) => line.startsWith('CMD '))!;
    expect(JSON.parse(cmd.slice(4))).toEqual(scripts['start:prod']!.split(' '));
    const health = runtime.find((line) => line.startsWith('HEALTHCHECK '))!;
    expect(JSON.parse(health.slice(health.indexOf('CMD ') + 4))).toEqual(scripts.healthcheck!.split(' '));
    expect(health).toMatch(/^HEALTHCHECK --interval=\d+s --timeout=\d+s --start-period=\d+s --retries=\d+ CMD /);
  });

  it('runs two replicas of that image behind nginx, which is the one proxy they trust', () => {
    expect(compose.match(/^ {2}app\d:\n {4}<<: \*app$/gm)).toEqual(['  app1:\n    <<: *app', '  app2:\n    <<: *app']);
    expect(compose).toMatch(/^x-app: &app\n {2}build: \.\n/m);
    expect(compose).not.toMatch(/^\s+(command|entrypoint):.*(tsx|npm start)/m);
    const nginxAddress = compose.match(/nginx:[\s\S]*?ipv4_address: ([\d.]+)/)![1];
    expect(compose).toContain(`TRUSTED_PROXIES: ${nginxAddress}/32`);
    expect(compose).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(nginx.match(/^\s+server (\S+) /gm)!.map((line) => line.trim().split(' ')[1])).toEqual(['app1:8787', 'app2:8787']);
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
  });
});
