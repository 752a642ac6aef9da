/** The widget's pure parts, in Node: SSE parsing, contrast, configuration, links, failures, history. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, parseColor, toHex, WHITE } from '../../src/widget/color.js';
import { readConfig } from '../../src/widget/config.js';
import { createConversation } from '../../src/widget/conversation.js';
import { formatForCopy } from '../../src/widget/copy.js';
import { describeFailure } from '../../src/widget/failures.js';
import { citationHref, splitMarkers } from '../../src/widget/links.js';
import { createSseParser, type SseMessage } from '../../src/widget/sse.js';

function parse(chunks: string[], end = true): SseMessage[] {
  const out: SseMessage[] = [];
  const parser = createSseParser((m) => out.push(m));
  for (const c of chunks) parser.push(c);
  if (end) parser.end();
  return out;
}

describe('createSseParser', () => {
  it('joins events split across chunks, including a \\r\\n split between chunks', () => {
    expect(parse(['event: delta\r', '\ndata: {"text":"到20', '25年"}\r\n\r\nevent: done\ndata: {}\n\n'])).toEqual([
      { event: 'delta', data: '{"text":"到2025年"}' },
      { event: 'done', data: '{}' },
    ]);
  });

  it('ignores comments, joins multi-line data and defaults the event name to message', () => {
    expect(parse([': keep-alive\n\ndata:a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('flushes a last event that lacks its blank line only at end()', () => {
    expect(parse(['event: done\ndata: {}'], false)).toEqual([]);
    expect(parse(['event: done\ndata: {}'])).toEqual([{ event: 'done', data: '{}' }]);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio(WHITE, [0, 0, 0])).toBe(21);
    expect(contrastRatio(WHITE, parseColor('#0b5cad')!).toFixed(2)).toBe('6.67');
  });

  it('keeps a colour that passes and darkens one that does not', () => {
    expect(ensureContrast(parseColor('#0b5cad')!, [WHITE])).toEqual({ color: [11, 92, 173], adjusted: false });
    const { color, adjusted } = ensureContrast(parseColor('#ff0000')!, [WHITE]);
    expect([toHex(color), adjusted]).toEqual(['#e60000', true]);
  });

  it('parses #rgb, #rrggbb and rgb() and rejects the rest', () => {
    expect([parseColor('#abc'), parseColor('#AABBCC'), parseColor('rgb(1, 2, 3)'), parseColor('red'), parseColor('rgb(300,0,0)')]).toEqual([
      [170, 187, 204],
      [170, 187, 204],
      [1, 2, 3],
      null,
      null,
    ]);
  });
});

describe('readConfig', () => {
  it('defaults: closed on load, right side, built-in welcome and three examples', () => {
    const { config, warnings } = readConfig({ siteKey: ' k1 ' });
    expect(config).toMatchObject({ siteKey: 'k1', title: '政策问答', primary: '#0b5cad', position: 'right', openOnLoad: false });
    expect(config.examples).toEqual(['到2025年要建多少个5G基站？', '“未来工厂”怎么建设？', '如何培育专精特新“小巨人”企业？']);
    expect(warnings).toEqual([]);
  });

  it('warns about an unreadable colour and a failing one', () => {
    expect(readConfig({ color: 'banana' }).warnings).toEqual(['data-color "banana" is not #rgb, #rrggbb or rgb(); using #0b5cad']);
    expect(readConfig({ color: '#ffcc00' })).toMatchObject({
      config: { primary: '#846900' },
      warnings: ['data-color "#ffcc00" has contrast below 4.5:1; darkened to #846900'],
    });
  });

  it('reads examples, position and the open flag', () => {
    const { config } = readConfig({ examples: ' 甲？ | |乙？', position: 'bottom-left', open: '' });
    expect([config.examples, config.position, config.openOnLoad]).toEqual([['甲？', '乙？'], 'left', true]);
    expect(readConfig({ examples: '', open: 'false' }).config).toMatchObject({ examples: [], openOnLoad: false });
  });
});

describe('links', () => {
  it('splits [n] markers out of the answer', () => {
    expect(splitMarkers('建成20万个[1][2]。')).toEqual([{ text: '建成20万个' }, { marker: 1 }, { marker: 2 }, { text: '。' }]);
  });

  it('resolves citation urls on the service origin and refuses script urls', () => {
    expect(citationHref({ id: '4.5.1', url: '/plan#4.5.1' }, 'https://wd.example.cn')).toBe('https://wd.example.cn/plan#4.5.1');
    expect(citationHref({ id: '4.5.1', url: 'javascript:alert(1)' }, 'https://wd.example.cn')).toBe('https://wd.example.cn/plan#4.5.1');
  });

  it('formats a copied answer with its citations', () => {
    const citation = { n: 1, id: '4.5.1', label: '四（五）建设一流数字基础设施', path: [], text: '全文', quote: '建成5G基站20万个以上。', score: 1, url: '/plan#4.5.1' };
    expect(formatForCopy({ answer: '建成5G基站20万个以上。[1]', citations: [citation] }, 'https://wd.example.cn')).toBe(
      '建成5G基站20万个以上。[1]\n\n引用条款：\n[1] 四（五）建设一流数字基础设施 https://wd.example.cn/plan#4.5.1\n“建成5G基站20万个以上。”',
    );
  });
});

describe('describeFailure', () => {
  const http = (status: number, message = '', retryAfterSeconds: number | null = null) =>
    describeFailure({ kind: 'http', status, code: '', message, retryAfterSeconds });

  it('words every failure in Chinese and offers retry only where it can help', () => {
    expect(http(403)).toEqual({ message: '本网站未获授权使用政策问答，请联系网站管理员。', retry: false });
    expect(describeFailure({ kind: 'unauthorized' })).toEqual({ message: '本网站未获授权使用政策问答，请联系网站管理员。', retry: false });
    expect(describeFailure({ kind: 'offline' })).toEqual({ message: '网络连接失败，请检查网络后重试。', retry: true });
    expect(http(429, '', 12)).toEqual({ message: '提问过于频繁，请12秒后再试。', retry: true });
    expect(http(503)).toEqual({ message: '服务正在准备中，请稍后再试。', retry: true });
    expect(http(400, '问题不能为空')).toEqual({ message: '问题不能为空', retry: false });
    expect(http(400, 'Bad Request')).toEqual({ message: '问题格式有误，请修改后再试。', retry: false });
    expect(http(502)).toEqual({ message: '服务暂时不可用，请稍后再试。', retry: true });
    expect(describeFailure({ kind: 'stream', code: 'internal_error', message: '服务器内部错误，请稍后再试' })).toEqual({
      message: '服务器内部错误，请稍后再试',
      retry: true,
    });
  });
});

describe('createConversation', () => {
  it('sends at most the last 10 turns', () => {
    const conversation = createConversation();
    for (let i = 1; i <= 6; i += 1) conversation.record(`问${i}`, `答${i}`);
    const history = conversation.history();
    expect(history).toHaveLength(10);
    expect(history[0]).toEqual({ role: 'user', content: '问2' });
    expect(history[9]).toEqual({ role: 'assistant', content: '答6' });
  });
});
