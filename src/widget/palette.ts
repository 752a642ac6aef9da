/**
 * The fixed colours of the widget. The primary colour is configurable and is checked against every
 * background here that it is drawn on or drawn with (text on it is white).
 */
import type { Rgb } from './color.js';

export const DEFAULT_PRIMARY = '#0b5cad';

export const palette = {
  panel: '#ffffff',
  botBubble: '#f1f4f8',
  refusedBubble: '#fff6dd',
  refusedBorder: '#9a6700',
  errorBubble: '#fdeeee',
  errorText: '#8e1b1b',
  text: '#1f2328',
  muted: '#555e69',
  border: '#8c959f',
} as const;

/** Backgrounds the primary colour must reach 4.5:1 against (white text sits on the primary colour). */
export const PRIMARY_BACKGROUNDS: readonly Rgb[] = [
  [255, 255, 255],
  [0xf1, 0xf4, 0xf8],
  [0xff, 0xf6, 0xdd],
];
