/**
 * WCAG 2.1 contrast for the configurable primary colour. A portal may configure any brand colour;
 * one that fails 4.5:1 against the widget's light backgrounds is darkened step by step until it
 * passes (black always does), so the widget never ships unreadable text.
 */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];

export function parseColor(input: string): Rgb | null {
  const s = input.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return [hex(short[1]! + short[1]!), hex(short[2]! + short[2]!), hex(short[3]! + short[3]!)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s);
  if (long) return [hex(long[1]!), hex(long[2]!), hex(long[3]!)];
  const fn = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(s);
  if (fn) {
    const rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])] as const;
    return rgb.every((c) => c <= 255) ? rgb : null;
  }
  return null;
}

function hex(pair: string): number {
  return parseInt(pair, 16);
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Scales every channel towards black, keeping the hue. */
export function darken(rgb: Rgb, amount: number): Rgb {
  const k = 1 - amount;
  return [Math.round(rgb[0] * k), Math.round(rgb[1] * k), Math.round(rgb[2] * k)];
}

/**
 * The colour itself when it reaches `min` against every background, otherwise the first 5 %-step
 * darkening that does.
 * @example toHex(ensureContrast([255, 204, 0], [WHITE]).color) // '#8b6f00'
 */
export function ensureContrast(color: Rgb, backgrounds: readonly Rgb[], min = 4.5): { color: Rgb; adjusted: boolean } {
  const passes = (c: Rgb) => backgrounds.every((bg) => contrastRatio(c, bg) >= min);
  let current = color;
  for (let step = 0; step < 200 && !passes(current); step += 1) current = darken(current, 0.05);
  if (!passes(current)) current = [0, 0, 0];
  return { color: current, adjusted: current !== color };
}
