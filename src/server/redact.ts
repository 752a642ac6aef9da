/**
 * Personal numbers citizens type into questions ("我的手机13812345678…") must not reach the database or
 * the logs. Order matters: an ID-card number contains 11-digit runs that look like phone numbers.
 */
import { createHash } from 'node:crypto';

const ID_CARD = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g;
// 区号 0xx or 0xxx, optional separator, 7–8 digit number: 0571-87654321, (0571)87654321, 01012345678.
const LANDLINE = /(?:（0\d{2,3}）|\(0\d{2,3}\)|(?<!\d)0\d{2,3})[-\s]?\d{7,8}(?!\d)/g;

export function redactPii(text: string): string {
  return text.replace(ID_CARD, '[身份证号]').replace(MOBILE, '[手机号]').replace(LANDLINE, '[电话]');
}

/** What the logs may say about a question: its length and a hash to spot repeats, never the text. */
export function questionDigest(question: string): { questionChars: number; questionHash: string } {
  return {
    questionChars: [...question].length,
    questionHash: createHash('sha256').update(redactPii(question)).digest('hex').slice(0, 16),
  };
}
