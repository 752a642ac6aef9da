/**
 * Reads the embedding tag's data- attributes into a checked configuration. Bad values never stop the
 * widget: they fall back to defaults and come back as warnings for the console.
 */
import { ensureContrast, parseColor, toHex } from './color.js';
import { DEFAULT_PRIMARY, PRIMARY_BACKGROUNDS } from './palette.js';
import { zh } from './text.js';

export interface WidgetConfig {
  siteKey: string | null;
  title: string;
  /** `#rrggbb`, already adjusted to reach 4.5:1 */
  primary: string;
  position: 'left' | 'right';
  /** `floating`: the button sits in a corner of the window; `inline`: where the script tag is, in the page's flow */
  launcher: 'floating' | 'inline';
  welcome: string;
  examples: string[];
  openOnLoad: boolean;
}

export interface ConfigResult {
  config: WidgetConfig;
  warnings: string[];
}

const MAX_EXAMPLES = 4;
const MAX_TEXT = 200;

/**
 * @example readConfig({ siteKey: 'k', title: '政策问答', color: '#ffcc00', examples: '问一|问二' })
 */
export function readConfig(data: Record<string, string | undefined>): ConfigResult {
  const warnings: string[] = [];
  const text = (value: string | undefined, fallback: string) => {
    const t = value?.trim().slice(0, MAX_TEXT);
    return t ? t : fallback;
  };

  const colorInput = data.color ?? data.primaryColor;
  let parsed = parseColor(colorInput ?? DEFAULT_PRIMARY);
  if (!parsed) {
    warnings.push(`data-color "${colorInput}" is not #rgb, #rrggbb or rgb(); using ${DEFAULT_PRIMARY}`);
    parsed = parseColor(DEFAULT_PRIMARY)!;
  }
  const contrast = ensureContrast(parsed, PRIMARY_BACKGROUNDS);
  if (contrast.adjusted) {
    warnings.push(`data-color "${colorInput}" has contrast below 4.5:1; darkened to ${toHex(contrast.color)}`);
  }

  const position = (data.position ?? 'right').trim().toLowerCase();
  if (!['left', 'right', 'bottom-left', 'bottom-right'].includes(position)) {
    warnings.push(`data-position "${data.position}" is not left or right; using right`);
  }

  const launcher = (data.launcher ?? 'floating').trim().toLowerCase();
  if (launcher !== 'floating' && launcher !== 'inline') {
    warnings.push(`data-launcher "${data.launcher}" is not floating or inline; using floating`);
  }

  return {
    config: {
      siteKey: data.siteKey?.trim() || null,
      title: text(data.title, zh.defaultTitle),
      primary: toHex(contrast.color),
      position: position.endsWith('left') ? 'left' : 'right',
      launcher: launcher === 'inline' ? 'inline' : 'floating',
      welcome: text(data.welcome, zh.defaultWelcome),
      examples: readExamples(data.examples),
      openOnLoad: readFlag(data.open ?? data.openOnLoad),
    },
    warnings,
  };
}

/** `问一|问二`; an empty attribute turns the examples off. */
function readExamples(value: string | undefined): string[] {
  if (value === undefined) return [...zh.defaultExamples];
  return value
    .split('|')
    .map((q) => q.trim().slice(0, MAX_TEXT))
    .filter((q) => q.length > 0)
    .slice(0, MAX_EXAMPLES);
}

/** Boolean-attribute semantics: present means on, except an explicit "false", "0" or "no". */
function readFlag(value: string | undefined): boolean {
  if (value === undefined) return false;
  return !['false', '0', 'no', 'off'].includes(value.trim().toLowerCase());
}
