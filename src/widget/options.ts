/**
 * Every `data-*` option of the widget's script tag, with its default, as the /docs page shows it to a
 * portal editor. config.ts reads them; a test checks that the README and docs/widget.md name each one.
 */
import { DEFAULT_PRIMARY } from './palette.js';
import { zh } from './text.js';

export interface WidgetOption {
  attribute: string;
  /** The default, as the editor would write it (or a description when there is no value). */
  fallback: string;
  /** What it does, in Chinese, for the /docs page. */
  meaning: string;
}

export const WIDGET_OPTIONS: readonly WidgetOption[] = [
  { attribute: 'data-site-key', fallback: '无', meaning: '本网站的接入密钥，随每个请求发送（X-Site-Key）。服务用 SITE_KEYS 登记了本网站时必须填写。' },
  { attribute: 'data-title', fallback: zh.defaultTitle, meaning: '按钮文字和窗口标题。' },
  { attribute: 'data-color', fallback: DEFAULT_PRIMARY, meaning: '主色（#rgb、#rrggbb 或 rgb()）。对比度不足 4.5:1 时自动加深。' },
  { attribute: 'data-position', fallback: 'right', meaning: '按钮和窗口在右下角（right）还是左下角（left）。' },
  { attribute: 'data-launcher', fallback: 'floating', meaning: 'floating：按钮浮在窗口角落；inline：按钮显示在 script 标签所在的位置，不遮挡页面内容。' },
  { attribute: 'data-welcome', fallback: zh.defaultWelcome, meaning: '打开窗口时的欢迎语。' },
  { attribute: 'data-examples', fallback: zh.defaultExamples.join('|'), meaning: '示例问题，用“|”分隔，最多 4 个；留空则不显示示例。' },
  { attribute: 'data-open', fallback: 'false', meaning: '页面加载后自动打开窗口（不抢占键盘焦点）。' },
];
