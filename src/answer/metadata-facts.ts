/**
 * The document's particulars as facts (文号, 印发日期, 印发单位, 全称, 规划期限, 印发给谁, 编制依据): each with the clause that says it
 * (the notice 0.0 or the preamble 0.1), the words to find its sentence by, and how to say it. Pure.
 */
import type { Clause, DocumentMeta } from '../types.js';
import type { MetadataQuestion } from './intent.js';

export function sentenceWith(clause: Clause, needle: string | null): number {
  if (!needle) return -1;
  return clause.sentences.findIndex((s) => s.includes(needle));
}

export interface MetadataFact {
  clause: Clause | undefined;
  needle: string | null;
  /** The fact as a sentence about the plan (without the full stop)… */
  text: string;
  /** …and as a clause to join onto another fact's sentence. */
  short: string;
}

export function factFor(question: MetadataQuestion, meta: DocumentMeta, notice: Clause | undefined, preamble: Clause | undefined): MetadataFact {
  const title = `《${meta.title}》`;
  switch (question) {
    case 'documentNumber':
      return { clause: notice, needle: meta.documentNumber, text: `${title}的文号为${meta.documentNumber}`, short: `文号为${meta.documentNumber}` };
    case 'date':
      return { clause: notice, needle: meta.signedDate, text: `${title}由${meta.issuer}于${meta.signedDate}印发`, short: `由${meta.issuer}于${meta.signedDate}印发` };
    case 'issuer':
      return { clause: notice, needle: meta.noticeTitle, text: `${title}由${meta.issuer}印发（${meta.documentNumber}）`, short: `由${meta.issuer}印发` };
    case 'title':
      return { clause: notice, needle: meta.noticeTitle, text: `规划全称为${title}`, short: `全称为${title}` };
    case 'period':
      return { clause: preamble, needle: meta.period, text: `规划期限为${meta.period}`, short: `规划期限为${meta.period}` };
    case 'addressees': {
      // 这份通知是发给哪些单位的: the notice's line of whom it is sent to (各市、县（市、区）人民政府，省政府直属各单位：) and what it asks of them.
      const to = notice?.sentences.find((s) => /[：:]\s*$/.test(s))?.trim().replace(/[：:]$/, '') ?? null;
      const asked = notice?.sentences.find((s) => /请[^。]*落实/.test(s))?.match(/请[^。]*落实/)?.[0];
      const text = `${title}由${meta.issuer}印发给${to}${asked ? `，${asked}` : ''}`;
      return { clause: notice, needle: to, text, short: `印发给${to}` };
    }
    case 'release': {
      // 公开属性怎么标注的: the notice's line saying whether it is published (此件公开发布).
      const line = notice?.sentences.map((s) => /此件[^）)。]*公开[^）)。]*/.exec(s)?.[0]).find((l) => l !== undefined) ?? null;
      return { clause: notice, needle: line, text: `${title}的印发通知注明“${line}”`, short: `通知注明“${line}”` };
    }
    case 'basis': {
      // 这个规划是根据啥编的: the outline the preamble says it was written from.
      const basis = preamble?.sentences.map((s) => /根据(《[^》]+》)/.exec(s)?.[1]).find((b) => b !== undefined) ?? null;
      return { clause: preamble, needle: basis, text: `规划根据${basis}精神编制`, short: `根据${basis}精神编制` };
    }
  }
}

