/**
 * A pure reading of a text kept for the last few texts it was asked of: one answer asks the same reading of its question several
 * times (the details asked, from the prepare step, the gap sentence and the second quote). Only the last few are kept, so a question
 * asked again after others is read again — the latency benchmark repeats its questions and must not measure a cache.
 */
export function recentlyRead<T>(read: (text: string) => T, size = 4): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    const value = read(text);
    if (kept.size >= size) kept.delete(kept.keys().next().value!);
    kept.set(text, value);
    return value;
  };
}
