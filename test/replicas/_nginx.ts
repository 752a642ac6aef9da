/**
 * deploy/nginx.conf as compose.yaml mounts it, run by Debian's nginx outside Docker: the upstream names
 * app1:8787 and app2:8787 become the test replicas' addresses and `listen 80` a free port on 127.0.0.1;
 * nothing else of the file changes. Without nginx installed, `nginxAvailable` is false.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/_server.js';

const BIN = process.env.NGINX ?? '/usr/sbin/nginx';
export const nginxAvailable = existsSync(BIN);
export const NGINX_SKIPPED = `nginx not installed (${BIN}): the replicas behind deploy/nginx.conf are not tested (apt-get install nginx-light)`;

export interface Proxy {
  url: string;
  /** nginx's error log so far (warn and above). */
  errors(): string;
  stop(): Promise<void>;
}

export async function startNginx(upstreams: { app1: string; app2: string }): Promise<Proxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-nginx-'));
  const port = await freePort();
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace('server app1:8787 ', `server ${upstreams.app1} `)
    .replace('server app2:8787 ', `server ${upstreams.app2} `)
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(dir, 'site.conf'), site);
  // As root, nginx's workers run as nobody: they must be able to write its temporary files here.
  chmodSync(dir, 0o755);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp), { mode: 0o777 });
  // What the nginx image's own nginx.conf provides around conf.d/default.conf, in this directory.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(BIN, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    if ((await fetch(`${url}/healthz`).then((r) => r.status, () => 0)) !== 0) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    errors: () => readFileSync(path.join(dir, 'error.log'), 'utf8'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
