/** What a pair of single characters jieba cut apart is, before the spelling hears it as a slip. Pure. */
import { FUNCTION_CHARACTER } from './spelling.js';

/**
 * Two single characters neither of which glues, a verb and what it governs — its object or a preposition's phrase (叫|车送货 is not 轿车,
 * 能|凭证书 not 能评): grammar jieba's dictionary lacks, not a slip; two verbs (接|搬 ~ 接班) or no verb first (稿|钱, 至|能) still are
 * (review 86). `tagOf` gives jieba's part of speech.
 */
export const verbGoverning = (pair: string, tagOf: (word: string) => string | undefined): boolean =>
  pair.length === 2 && !FUNCTION_CHARACTER.test(pair[0]!) && /^v/.test(tagOf(pair[0]!) ?? '') && !/^[vc]/.test(tagOf(pair[1]!) ?? 'v');
