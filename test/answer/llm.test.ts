import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { createChatModel } from '../../src/answer/llm.js';
import type { Engine } from '../../src/answer/types.js';
import type { AskStreamEvent } from '../../src/contract.js';
import { testIndex } from '../helpers.js';

/** A small OpenAI-compatible endpoint on 127.0.0.1 whose behaviour each test sets. */
type Behaviour = 'good' | 'invent' | 'hang' | 'drop' | 'garbage' | 'uncited' | 'markup' | 'short' | 'emphasis';
let behaviour: Behaviour = 'good';
const replies: Record<string, string> = {
  good: '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]',
  invent: '到2025年，建成5G基站30万个以上。[1]',
  uncited: '到2025年，建成5G基站20万个以上。',
  markup: '<b>ok</b>[1]',
  short: 'ok[1]',
  emphasis: '到2025年，建成5G基站**20万个**以上，5G网络建设水平全国领先。[1]',
};
const requests: { messages: { role: string; content: string }[] }[] = [];
let server: Server;
let baseUrl = '';

function completion(content: string) {
  return { id: 'c1', object: 'chat.completion', created: 0, model: 'fake', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } };
}
function chunk(content: string) {
  return `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw);
      requests.push(body);
      if (behaviour === 'hang') return; // accepts, then never answers
      if (behaviour === 'drop') return req.socket.destroy();
      if (behaviour === 'garbage') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [oops');
      const content = replies[behaviour]!;
      if (!body.stream) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(content)));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // Split mid-marker on purpose: "[" and "1]" arrive in different chunks.
      for (const piece of [content.slice(0, 10), content.slice(10, -2), content.slice(-2)]) res.write(chunk(piece));
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function engineWithLlm(timeoutMs = 800): Promise<Engine> {
  return createEngine({ index: await testIndex(), chatModel: await createChatModel({ baseUrl, model: 'fake' }, timeoutMs), llmTimeoutMs: timeoutMs });
}

describe('LLM answers through an OpenAI-compatible endpoint', () => {
  it('serves a validated LLM answer and sends the clauses as numbered data', async () => {
    behaviour = 'good';
    const { body, trace } = await (await engineWithLlm()).ask({ question: '到2025年要建多少个5G基站？' });
    expect(body.mode).toBe('llm');
    expect(body.answer).toBe(replies.good);
    expect(body.citations[0]!.id).toBe('4.5.1');
    expect(trace.llmFallback).toBeNull();
    const sent = requests.at(-1)!.messages;
    expect(sent[0]!.role).toBe('system');
    expect(sent[1]!.content).toContain('[1] 四（五）建设一流数字基础设施（4.5.1）');
    expect(sent[1]!.content).toContain('<<<\n到2025年要建多少个5G基站？\n>>>');
  });

  it.each([
    ['invent', 'ungrounded_number'],
    ['uncited', 'no_citation'],
    ['markup', 'markup'],
    ['short', 'unsupported_sentence'],
    ['hang', 'timeout'],
    ['drop', 'endpoint_error'],
    ['garbage', 'endpoint_error'],
  ] as const)('falls back to the extractive answer when the endpoint %s (%s)', async (mode, reason) => {
    behaviour = mode;
    const { body, trace } = await (await engineWithLlm(400)).ask({ question: '到2025年要建多少个5G基站？' });
    expect(trace.llmFallback).toBe(reason);
    expect(body.mode).toBe('extractive');
    expect(body.answer).toBe('到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]');
  });

  it('strips Markdown emphasis before checking and serving', async () => {
    behaviour = 'emphasis';
    const { body, trace } = await (await engineWithLlm()).ask({ question: '到2025年要建多少个5G基站？' });
    expect(trace.llmFallback).toBeNull();
    expect(body).toMatchObject({ mode: 'llm', answer: '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]' });
  });

  it('calls a client that went away aborted, not a timeout', async () => {
    behaviour = 'hang';
    const client = new AbortController();
    setTimeout(() => client.abort(), 100);
    const { body, trace } = await (await engineWithLlm(5000)).ask({ question: '到2025年要建多少个5G基站？' }, { signal: client.signal });
    expect(trace.llmFallback).toBe('aborted');
    expect(body.mode).toBe('extractive');
    const streamed = new AbortController();
    let fallback: string | null = null;
    setTimeout(() => streamed.abort(), 100);
    for await (const _ of (await engineWithLlm(5000)).askStream({ question: '到2025年要建多少个5G基站？' }, { signal: streamed.signal, onTrace: (t) => (fallback = t.llmFallback) })) void _;
    expect(fallback).toBe('aborted');
  });

  it('respects mode=extractive even when an LLM is configured', async () => {
    behaviour = 'good';
    const before = requests.length;
    const { body } = await (await engineWithLlm()).ask({ question: '到2025年要建多少个5G基站？', mode: 'extractive' });
    expect(body.mode).toBe('extractive');
    expect(requests.length).toBe(before);
  });

  it('does not call the LLM for a refused question', async () => {
    const before = requests.length;
    const { body } = await (await engineWithLlm()).ask({ question: '杭州明天天气' });
    expect(body.refused).toBe(true);
    expect(requests.length).toBe(before);
  });

  it('streams validated statements, then done with the LLM answer', async () => {
    behaviour = 'good';
    const events: AskStreamEvent[] = [];
    for await (const e of (await engineWithLlm()).askStream({ question: '到2025年要建多少个5G基站？' })) events.push(e);
    expect(events.map((e) => e.event)).toEqual(['citations', 'delta', 'done']);
    expect(events[1]!.data).toEqual({ text: replies.good });
    expect(events[2]!.data).toMatchObject({ answer: replies.good, mode: 'llm' });
  });

  it('never streams markup: done carries the extractive answer instead', async () => {
    behaviour = 'markup';
    const events: AskStreamEvent[] = [];
    let fallback: string | null = null;
    for await (const e of (await engineWithLlm()).askStream({ question: '到2025年要建多少个5G基站？' }, { onTrace: (t) => (fallback = t.llmFallback) })) events.push(e);
    expect(events.filter((e) => e.event === 'delta')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { mode: 'extractive' } });
    expect(fallback).toBe('markup');
  });

  it('never streams an invented number: done carries the extractive answer instead', async () => {
    behaviour = 'invent';
    const events: AskStreamEvent[] = [];
    let fallback: string | null = null;
    for await (const e of (await engineWithLlm()).askStream({ question: '到2025年要建多少个5G基站？' }, { onTrace: (t) => (fallback = t.llmFallback) })) events.push(e);
    expect(events.filter((e) => e.event === 'delta')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { mode: 'extractive', answer: '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]' } });
    expect(fallback).toBe('ungrounded_number');
  });
});
