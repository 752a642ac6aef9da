import { readFileSync, renameSync, writeFileSync, cpSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build.js';
import { readLexiconSources, readSources } from '../../src/ingest/files.js';
import { buildIdOf, copyTestIndex, removeTempDirs, runServer, startServer, type ServerProcess } from './_process.js';

const QUESTIONS = ['到2025年要建多少个5G基站？', '专精特新“小巨人”企业有哪些培育措施？', '明天杭州天气怎么样？', '“415”产业集群指什么？'];

let server: ServerProcess | null = null;
afterEach(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  server = null;
});
afterAll(removeTempDirs);

/** Keeps `concurrency` clients asking until stopped; every response that is not 200 is a failure. */
function load(url: string, concurrency: number) {
  let running = true;
  let ok = 0;
  const failures: string[] = [];
  const client = async (n: number) => {
    for (let i = n; running; i += concurrency) {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const request =
        i % 2 === 0
          ? fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) })
          : fetch(`${url}/api/search?q=${encodeURIComponent(question)}`);
      try {
        const res = await request;
        await res.arrayBuffer();
        if (res.status === 200) ok++;
        else failures.push(`HTTP ${res.status}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const clients = Array.from({ length: concurrency }, (_, n) => client(n));
  return {
    ok: () => ok,
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return failures;
    },
  };
}

async function rebuild(indexDir: string): Promise<string> {
  const sources = await readSources('data/source');
  if (!sources.ok) throw new Error(sources.error);
  const { manifest } = await buildIndex({ sources: sources.value, lexiconSources: await readLexiconSources('data/lexicon'), embeddings: { kind: 'local' } }, { indexDir });
  return manifest.buildId;
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the server process', () => {
  it('reloads a rebuilt index on SIGHUP under load, refuses a corrupt one, and drops no request', async () => {
    const indexDir = copyTestIndex();
    server = await startServer({ INDEX_DIR: indexDir, FEEDBACK_DB: path.join(indexDir, '..', 'feedback.sqlite') });
    const before = await buildIdOf(server.url);
    const traffic = load(server.url, 6);

    const rebuilt = await rebuild(indexDir);
    expect(rebuilt).not.toBe(before);
    server.child.kill('SIGHUP');
    await until(async () => (await buildIdOf(server!.url)) === rebuilt);

    // A build whose corpus.json no longer matches its manifest checksum: loadIndex refuses it.
    const broken = `${rebuilt}-broken`;
    cpSync(path.join(indexDir, 'builds', rebuilt), path.join(indexDir, 'builds', broken), { recursive: true });
    const corpusFile = path.join(indexDir, 'builds', broken, 'corpus.json');
    writeFileSync(corpusFile, readFileSync(corpusFile, 'utf8').replace('5G基站', '6G基站'));
    writeFileSync(path.join(indexDir, 'CURRENT.tmp'), broken);
    renameSync(path.join(indexDir, 'CURRENT.tmp'), path.join(indexDir, 'CURRENT'));
    server.child.kill('SIGHUP');
    await server.waitFor(/new index refused; the current one keeps serving/);
    expect(await buildIdOf(server.url)).toBe(rebuilt);

    await new Promise((r) => setTimeout(r, 300));
    const failures = await traffic.stop();
    expect(failures).toEqual([]);
    expect(traffic.ok()).toBeGreaterThan(50);
    const ask = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: QUESTIONS[0] }) });
    expect((await ask.json()).answer).toBe('到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]');
  }, 120_000);

  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const indexDir = copyTestIndex();
    server = await startServer({ INDEX_DIR: indexDir, FEEDBACK_DB: path.join(indexDir, '..', 'feedback.sqlite') });
    const { port } = new URL(server.url);
    const body = JSON.stringify({ question: '在途请求', answer: '答', helpful: true });
    // A slow client: headers and half the body now, the rest after SIGTERM.
    const socket = net.connect(Number(port), '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    const closed = new Promise((r) => socket.on('close', r));
    await new Promise((r) => socket.on('connect', r));
    const bytes = Buffer.from(body);
    socket.write(`POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`);
    socket.write(bytes.subarray(0, 10));
    await new Promise((r) => setTimeout(r, 200));

    server.child.kill('SIGTERM');
    await server.waitFor(/draining/);
    expect((await fetch(`${server.url}/healthz`).then(() => 'served', () => 'refused'))).toBe('refused');
    socket.write(bytes.subarray(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 201 Created/);
    expect(response).toContain('{"id":1}');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it.each([
    ['PORT', { PORT: '99999' }, 'invalid PORT="99999": expected an integer from 0 to 65535'],
    ['ALLOWED_ORIGINS', { ALLOWED_ORIGINS: 'www.zj.gov.cn' }, 'invalid ALLOWED_ORIGINS="www.zj.gov.cn"'],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'invalid LOG_LEVEL="loud"'],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.0/8,proxy.local' }, 'invalid TRUSTED_PROXIES="10.0.0.0/8,proxy.local": expected CIDR blocks like 10.0.0.0/8, 192.168.1.7 or fd00::/8, separated by commas'],
    ['RATE_LIMIT_NETWORKS', { RATE_LIMIT_NETWORKS: '203.0.113.0/33=600' }, 'invalid RATE_LIMIT_NETWORKS="203.0.113.0/33=600"'],
    ['RATE_LIMIT_NETWORKS', { RATE_LIMIT_NETWORKS: '203.0.113.0/28' }, 'expected cidr=perMinute entries like 203.0.113.0/28=600, separated by commas'],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db/zcwd' }, 'invalid DATABASE_URL: expected postgres://'],
  ])('exits 1 naming %s when it is invalid', async (_name, env, message) => {
    const { output, exited } = runServer({ INDEX_DIR: path.join(os.tmpdir(), 'zcwd-none'), ...env });
    expect(await exited).toEqual({ code: 1, signal: null });
    expect(output()).toContain(message);
  }, 30_000);

  it('exits 1 with one line in Chinese and English naming PORT when the port is taken, and no stack', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as net.AddressInfo;
    try {
      const { output, exited } = runServer({ INDEX_DIR: copyTestIndex(), PORT: String(port), LOG_LEVEL: 'warn' });
      expect(await exited).toEqual({ code: 1, signal: null });
      expect(output().trim().split('\n')).toEqual([
        `端口 ${port} 已被占用，请关闭占用它的程序或用 PORT 换一个端口。Port ${port} is already in use: stop the other process or set PORT to a free port.`,
      ]);
    } finally {
      squatter.close();
    }
  }, 60_000);
});
