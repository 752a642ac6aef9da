/**
 * Personal numbers and addresses citizens type into questions ("我的手机13812345678…") must not reach the
 * database or the logs. Order matters: an e-mail address may hold a phone number (13812345678@163.com), an
 * ID-card number contains 11-digit runs that look like phone numbers, and a bank-card number longer ones.
 */
import { createHash } from 'node:crypto';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ID_CARD = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// 16–19 digits, as printed on the card (groups of four split by spaces or dashes) or run together.
const BANK_CARD = /(?<![0-9A-Za-z])\d{4}(?:[-\s]?\d{4}){3}(?:[-\s]?\d{1,3})?(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g;
// 区号 0xx or 0xxx, optional separator, 7–8 digit number: 0571-87654321, (0571)87654321, 01012345678.
const LANDLINE = /(?:（0\d{2,3}）|\(0\d{2,3}\)|(?<!\d)0\d{2,3})[-\s]?\d{7,8}(?!\d)/g;

// Every pattern above needs an @, a run of seven digits, or two groups of four: most text has none, and is
// returned after this one scan instead of five (answers are logged on every request).
const MAYBE_PII = /@|\d{7}|\d{4}[-\s]\d{4}/;

export function redactPii(text: string): string {
  if (!MAYBE_PII.test(text)) return text;
  return text.replace(EMAIL, '[邮箱]').replace(ID_CARD, '[身份证号]').replace(BANK_CARD, '[银行卡号]').replace(MOBILE, '[手机号]').replace(LANDLINE, '[电话]');
}

/** What the logs may say about a question: its length and a hash to spot repeats, never the text. */
export function questionDigest(question: string): { questionChars: number; questionHash: string } {
  return {
    questionChars: [...question].length,
    questionHash: createHash('sha256').update(redactPii(question)).digest('hex').slice(0, 16),
  };
}
