/** A word taken as literal text inside a RegExp built from it (a place, a product, a lexicon word). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
