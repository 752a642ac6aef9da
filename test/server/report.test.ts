/**
 * `npm run report`: the terminal view of the store. Questions and comments are untrusted: a comment must not
 * forge report rows, clear the screen, retitle the terminal or reverse the text that follows it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, shownSafely } from '../../src/server/report-text.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORGED = '天气\n  99 次  2026-01-01  伪造的一行';
const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007清屏\u202e反转';

describe('shownSafely', () => {
  it.each([
    ['a line break', 'a\nb\r\n', 'a\\nb\\r\\n'],
    ['a tab and a backslash', 'a\tb\\n', 'a\\tb\\\\n'],
    ['clear screen and retitle', '\u001b[2J\u001b]0;pwned\u0007', '\\x1b[2J\\x1b]0;pwned\\x07'],
    ['C1 controls and DEL', '\u009b31m\u007f', '\\x9b31m\\x7f'],
    ['bidi overrides and isolates', '\u202eabc\u2066', '\\u202eabc\\u2066'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
    ['plain Chinese and full-width punctuation', '到2025年，建成5G基站20万个？', '到2025年，建成5G基站20万个？'],
  ])('shows %s escaped', (_name, input, shown) => expect(shownSafely(input)).toBe(shown));
});

describe('formatReport', () => {
  it('prints hostile questions and comments on their own line, escaped', () => {
    const text = formatReport({
      source: 'x.sqlite',
      refused: [{ question: FORGED, count: 2, lastAt: '2026-03-02T08:00:00.000Z', notes: ['no_evidence', 'weird\u001b[31m'] }],
      unhelpful: [{ question: '融资支持', count: 1, lastAt: '2026-03-04T08:00:00.000Z', notes: [ESCAPES] }],
    });
    expect(text).toBe(
      [
        '政策问答 · 问题报告（x.sqlite，全部时间）',
        '',
        '未能回答的问题（前 1 个，按次数）：',
        '  2 次  2026-03-02  天气\\n  99 次  2026-01-01  伪造的一行  —— 规划中没有依据、weird\\x1b[31m',
        '',
        '被标为“没帮助”的问题（前 1 个，按次数）：',
        '  1 次  2026-03-04  融资支持  —— “\\x1b[2J\\x1b]0;pwned\\x07清屏\\u202e反转”',
        '',
      ].join('\n'),
    );
  });
});

describe('npm run report', () => {
  it('reads the store and emits no control character but its own line breaks', async () => {
    const file = path.join(dir, 'hostile.sqlite');
    const { store } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    store.log.record({ question: FORGED, answer: '', refused: true, refusalReason: 'no_evidence', mode: 'extractive', latencyMs: 1, evidence: 0, cardId: null, cardIds: [], citations: [], channel: 'ask' });
    await store.feedback.add({ question: '融资支持？', answer: '…', helpful: false, comment: ESCAPES });
    await store.close();
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/report.ts'], { env: { ...process.env, FEEDBACK_DB: file, DATABASE_URL: '' } });
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(stdout.split('\n')).toEqual([
      `政策问答 · 问题报告（${file}，全部时间）`,
      '',
      '未能回答的问题（前 1 个，按次数）：',
      expect.stringMatching(/^ {2}1 次 {2}\d{4}-\d\d-\d\d {2}天气\\n {2}99 次 {2}2026-01-01 {2}伪造的一行 {2}—— 规划中没有依据$/),
      '',
      '被标为“没帮助”的问题（前 1 个，按次数）：',
      expect.stringMatching(/^ {2}1 次 {2}\d{4}-\d\d-\d\d {2}融资支持 {2}—— “\\x1b\[2J\\x1b\]0;pwned\\x07清屏\\u202e反转”$/),
      '',
      '',
    ]);
  });

  it('says there is no data yet when the SQLite file does not exist', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/report.ts'], { env: { ...process.env, FEEDBACK_DB: path.join(dir, 'none.sqlite'), DATABASE_URL: '' } });
    expect(stdout).toBe(`还没有数据：${path.join(dir, 'none.sqlite')} 不存在（服务收到第一个问题或第一条反馈后创建）。\n`);
  });
});
