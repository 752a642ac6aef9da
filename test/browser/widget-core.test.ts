/** The widget's pure parts, in Node: SSE parsing, contrast, configuration, links, failures, history. */
import { describe, expect, it } from 'vitest';
import type { AskResponse, Citation } from '../../src/contract.js';
import { answerBlocks, markQuote, quoteInAnswer, withoutPlanEnumerator } from '../../src/widget/answer-blocks.js';
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

  it('reads the launcher style and warns about an unknown one', () => {
    expect(readConfig({}).config.launcher).toBe('floating');
    expect(readConfig({ launcher: ' Inline ' }).config.launcher).toBe('inline');
    expect(readConfig({ launcher: 'top' })).toMatchObject({ config: { launcher: 'floating' }, warnings: ['data-launcher "top" is not floating or inline; using floating'] });
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

/** sessionStorage as the browser has it: strings by key, and a quota that can run out. */
function memoryStorage(quota = Infinity): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

const CITATION: Citation = { n: 1, id: '4.5.1', label: '四（五）建设一流数字基础设施', path: ['四、…', '（五）…'], text: '全文。', quote: '全文。', score: 1, url: '/plan#4.5.1' };
const response = (answer: string): AskResponse => ({ answer, refused: false, citations: [CITATION], mode: 'extractive', related: ['下一问？'], latencyMs: 1 });

describe('createConversation', () => {
  it('sends at most the last 10 turns', () => {
    const conversation = createConversation();
    for (let i = 1; i <= 6; i += 1) conversation.record(`问${i}`, response(`答${i}`));
    const history = conversation.history();
    expect(history).toHaveLength(10);
    expect(history[0]).toEqual({ role: 'user', content: '问2' });
    expect(history[9]).toEqual({ role: 'assistant', content: '答6' });
  });

  it('is kept in storage for the next page view and cleared by 新对话', () => {
    const storage = memoryStorage();
    const first = createConversation({ storage, key: 'k' });
    first.record('问一', response('答一[1]'));
    const reloaded = createConversation({ storage, key: 'k' });
    expect(reloaded.exchanges()).toEqual([{ question: '问一', response: response('答一[1]') }]);
    expect(reloaded.history()).toEqual([
      { role: 'user', content: '问一' },
      { role: 'assistant', content: '答一[1]' },
    ]);
    reloaded.clear();
    expect(storage.data.has('k')).toBe(false);
    expect(createConversation({ storage, key: 'k' }).exchanges()).toEqual([]);
  });

  it('drops a damaged or foreign entry instead of rendering it', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"v":1,"exchanges":[{"question":"问","response":{"answer":"<img src=x>","refused":"no","citations":[]}},{"question":"好","response":' + JSON.stringify(response('答')) + '}]}');
    expect(createConversation({ storage, key: 'k' }).exchanges().map((e) => e.question)).toEqual(['好']);
    storage.setItem('k', 'not json');
    expect(createConversation({ storage, key: 'k' }).exchanges()).toEqual([]);
  });

  it('keeps the newest half when storage is full, and works without storage', () => {
    const storage = memoryStorage(2500);
    const conversation = createConversation({ storage, key: 'k' });
    for (let i = 1; i <= 8; i += 1) conversation.record(`问${i}`, response('答'.repeat(100)));
    const kept = createConversation({ storage, key: 'k' }).exchanges().map((e) => e.question);
    expect(kept.at(-1)).toBe('问8');
    expect(kept.length).toBeLessThan(8);
    expect(conversation.exchanges()).toHaveLength(kept.length);
  });
});

describe('answerBlocks', () => {
  it('makes a list of the circled items and a paragraph of the lead', () => {
    expect(answerBlocks('规划中与此相关的主要措施有：\n① 深入实施“雏鹰行动”。[1]\n② 深入实施“雄鹰行动”。[2]')).toEqual([
      { kind: 'paragraph', text: '规划中与此相关的主要措施有：' },
      { kind: 'list', items: [{ enumerator: '①', text: '深入实施“雏鹰行动”。[1]' }, { enumerator: '②', text: '深入实施“雄鹰行动”。[2]' }] },
    ]);
  });

  it('keeps the gap sentence apart from what the plan does say', () => {
    expect(answerBlocks('规划原文没有给出具体的金额，请咨询当地经信部门或拨打12345政务服务便民热线。规划中的相关内容是：\n开展企业“点线面”改造。[1]')).toEqual([
      { kind: 'paragraph', text: '规划原文没有给出具体的金额，请咨询当地经信部门或拨打12345政务服务便民热线。规划中的相关内容是：' },
      { kind: 'paragraph', text: '开展企业“点线面”改造。[1]' },
    ]);
  });

  it('never shows the plan\'s own enumerators', () => {
    expect(answerBlocks('① 1.双核：杭州、宁波两大核心引领极。[1]\n2、一带：环湾区沿海产业带。[2]\n（三）一廊。[3]')).toEqual([
      { kind: 'list', items: [{ enumerator: '①', text: '双核：杭州、宁波两大核心引领极。[1]' }] },
      { kind: 'paragraph', text: '一带：环湾区沿海产业带。[2]' },
      { kind: 'paragraph', text: '一廊。[3]' },
    ]);
    expect(withoutPlanEnumerator('1.5倍以上。')).toBe('1.5倍以上。');
    expect(withoutPlanEnumerator('2025年建成。')).toBe('2025年建成。');
  });
});

describe('quotes', () => {
  it('marks each quoted sentence in the clause, in order', () => {
    expect(markQuote('构建网络。支持5G。到2025年，建成5G基站20万个以上。', '到2025年，建成5G基站20万个以上。')).toEqual([
      { text: '构建网络。支持5G。', quoted: false },
      { text: '到2025年，建成5G基站20万个以上。', quoted: true },
    ]);
    expect(markQuote('甲。乙。丙。', '甲。丙。')).toEqual([
      { text: '甲。', quoted: true },
      { text: '乙。', quoted: false },
      { text: '丙。', quoted: true },
    ]);
    expect(markQuote('甲。', '丁。')).toEqual([{ text: '甲。', quoted: false }]);
  });

  it('knows when the answer already says the quote word for word', () => {
    expect(quoteInAnswer('到2025年，建成5G基站20万个以上。[1]', '到2025年，建成5G基站20万个以上。')).toBe(true);
    expect(quoteInAnswer('规划原文没有给出金额。规划中的相关内容是：\n开展改造。[1]', '开展改造。实现全覆盖。')).toBe(false);
  });
});
