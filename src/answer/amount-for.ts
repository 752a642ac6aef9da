/**
 * What a sum of money asked is for (住房补贴具体多少钱 → 住房; 有没有房补，补多少 → the plan's 住房): the asker's own word for the
 * money, in what they ask, less its money word, and the plan's words a synonym gives for that. The quote should say what the
 * money is for, not only who may get it (引进人才的住房补贴: 人才的住房, not 引进高端人才).
 */
import { askingText } from './intent.js';

/** A word for money given (补贴, 房补, 奖励, 贴息…), at the end of the asker's word. */
const MONEY_WORD = /(补贴|补助|补|奖励|奖金|资助|贴息|津贴)$/;
/** …not who gives it (政府补, 省里补助): what is left must say what it is for. */
const GIVER = /^(政府|国家|省里?|市里?|县里?|区里?|镇里?|上面|上级|财政|公司|企业|厂里?|单位)$/;

export function amountFor(query: { text: string; ownTerms: readonly string[]; synonymsApplied: readonly (readonly [string, readonly string[]])[] }): string[] {
  const asking = askingText(query.text).toLowerCase();
  const purposes = new Set<string>();
  for (const word of query.ownTerms.map((t) => t.toLowerCase())) {
    const money = MONEY_WORD.exec(word);
    if (!money || money.index === 0 || !asking.includes(word)) continue;
    const rest = word.slice(0, money.index);
    if (GIVER.test(rest)) continue;
    if (rest.length >= 2) purposes.add(rest);
    for (const [said, targets] of query.synonymsApplied) {
      if (said.toLowerCase() !== word) continue;
      // (…a word for the same thing, sharing a character with it: 房补 → 住房, not 人才政策体系, the heading the synonym also names.)
      for (const target of targets) if (target.length >= 2 && !MONEY_WORD.test(target) && [...rest].some((ch) => target.includes(ch))) purposes.add(target.toLowerCase());
    }
  }
  return [...purposes];
}
