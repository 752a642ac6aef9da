/**
 * All of the widget's CSS, adopted into the shadow root as a constructable stylesheet: a host page
 * whose CSP has no 'unsafe-inline' would block a <style> element, but not this. Sizes are px/em off
 * the root's own font size, never rem, so the host's `html { font-size }` cannot reach in.
 */
import { darken, parseColor, toHex } from './color.js';
import { palette as c } from './palette.js';

const FONT =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** `!important` in a shadow tree beats the host page's `!important` on the host element. */
const HOST = `:host{all:initial!important;direction:ltr!important;unicode-bidi:isolate!important;display:block!important;position:fixed!important;top:0!important;left:0!important;
width:0!important;height:0!important;margin:0!important;padding:0!important;overflow:visible!important;z-index:2147483000!important;
visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;clip-path:none!important;
pointer-events:auto!important;contain:none!important;zoom:1!important;color-scheme:light!important}`;

/** Phones, and desktops at 200 % zoom: the panel takes the whole window and becomes modal. */
export const FULL_SCREEN_QUERY = '(max-width:479.98px),(max-height:519.98px)';

export function widgetCss(primary: string): string {
  const p = primary;
  const pDark = toHex(darken(parseColor(primary) ?? [0, 0, 0], 0.2));
  return `${HOST}
.root{direction:ltr;font:16px/1.6 ${FONT};color:${c.text};letter-spacing:normal;word-spacing:normal;text-align:left;text-transform:none;-webkit-text-size-adjust:100%}
.root.large{font-size:20px}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
button,input{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:3px solid ${p};outline-offset:2px}
a{color:${p};text-decoration:underline;text-underline-offset:2px}
a:hover{color:${pDark}}
.launcher{position:fixed;bottom:20px;right:20px;display:inline-flex;align-items:center;gap:.5em;min-height:52px;min-width:52px;padding:0 1.25em;border:2px solid transparent;border-radius:26px;background:${p};color:#fff;font-weight:600;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.launcher:hover{background:${pDark}}
.launcher:focus-visible{box-shadow:0 0 0 2px #fff,0 4px 16px rgba(0,0,0,.25)}
.launcher svg{width:1.5em;height:1.5em;fill:currentColor;flex:none}
.pos-left .launcher,.pos-left .panel{right:auto;left:20px}
.panel{position:fixed;bottom:88px;right:20px;width:24em;max-width:calc(100vw - 40px);height:640px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;background:${c.panel};border:1px solid ${c.border};border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.28);overflow:hidden}
.header{display:flex;align-items:center;gap:4px;padding:4px 4px 4px 16px;background:${p};color:#fff;flex:none}
.title{flex:1;min-width:0;margin:0;font-size:1.125em;font-weight:700;line-height:1.4;overflow-wrap:anywhere}
.tool{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;padding:0 .5em;border:2px solid transparent;border-radius:8px;background:transparent;color:#fff;font-weight:600}
.tool:hover{background:${pDark}}
.tool[aria-pressed="true"]{background:#fff;color:${p};border-color:#fff}
.tool svg{width:24px;height:24px;fill:currentColor}
.header :focus-visible{outline-color:#fff;outline-offset:-2px}
.header .tool[aria-pressed="true"]:focus-visible{outline-color:${p};outline-offset:-5px}
.scroller{flex:1;min-height:0;overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain;padding:12px}
.scroller:focus-visible{outline-offset:-3px}
.log,.stream{display:flex;flex-direction:column;gap:12px}
.stream:not(:empty){margin-top:12px}
.msg{position:relative;max-width:92%;padding:10px 12px;border-radius:10px;overflow-wrap:anywhere}
.msg p{margin:0}
.msg .text{white-space:pre-wrap}
.msg.user{align-self:flex-end;background:${p};color:#fff;border-bottom-right-radius:2px}
.msg.bot{align-self:flex-start;background:${c.botBubble};border-bottom-left-radius:2px}
.msg.refused{background:${c.refusedBubble};border-left:4px solid ${c.refusedBorder}}
.msg svg{width:1.25em;height:1.25em;margin-right:.25em;vertical-align:-.25em;fill:currentColor}
.refused-title{font-weight:700;margin-bottom:.25em!important}
.hotline{margin-top:.5em!important}
.tel{font-weight:700;font-size:1.125em}
.msg.error{background:${c.errorBubble};color:${c.errorText};border-left:4px solid ${c.errorText}}
.cite{font-weight:600;padding:0 1px}
.tip{display:none;position:absolute;left:8px;right:8px;z-index:2;margin-top:1.6em;padding:8px 10px;background:${c.text};color:#fff;border-radius:6px;white-space:normal;box-shadow:0 4px 12px rgba(0,0,0,.3)}
.tip>*{display:block;font-size:.875em;line-height:1.5}
.cite:hover+.tip,.cite:focus+.tip,.tip:hover{display:block}
.cite.tip-off+.tip{display:none}
.examples-lead{margin-top:.5em!important;color:${c.muted};font-size:.875em}
.examples{display:flex;flex-direction:column;align-items:flex-start;gap:8px;margin-top:4px}
.example{min-height:44px;padding:8px 12px;text-align:left;line-height:1.4;border:1px solid ${p};border-radius:8px;background:#fff;color:${p}}
.example:hover{background:${p};color:#fff}
.sources{margin-top:.5em}
.sources summary{display:list-item;padding:10px 0;line-height:24px;color:${p};font-weight:600;cursor:pointer}
.sources ol{margin:0;padding-left:1.5em}
.sources li{margin-bottom:.5em}
.source-link{display:inline-flex;align-items:center;min-height:44px;font-weight:600}
.source-path{display:block;color:${c.muted};font-size:.875em}
.source-quote{margin:4px 0 0;padding:6px 10px;border-left:3px solid ${c.border};background:#fff;font-size:.9375em}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:.5em}
.action{display:inline-flex;align-items:center;gap:.25em;min-width:44px;min-height:44px;padding:0 .875em;border:1px solid ${c.border};border-radius:8px;background:#fff;color:${c.text}}
.action:hover{border-color:${p};color:${p}}
.action svg{margin:0;vertical-align:0}
.action[aria-pressed="true"]{background:${p};border-color:${p};color:#fff}
.action[aria-disabled="true"]{cursor:default}
.footer{flex:none;padding:8px 12px 10px;border-top:1px solid #d0d7de;background:${c.panel}}
.status{color:${c.muted};font-size:.875em}
.status:not(:empty){padding-bottom:6px}
.ask{display:flex;gap:8px}
.question{flex:1;min-width:0;min-height:44px;padding:8px 12px;border:1px solid ${c.border};border-radius:8px;background:#fff;color:${c.text}}
.question::placeholder{color:#5f6873;opacity:1}
.send{min-width:64px;min-height:44px;padding:0 1em;border:0;border-radius:8px;background:${p};color:#fff;font-weight:600}
.send:hover{background:${pDark}}
.send[aria-disabled="true"]{cursor:progress}
.disclaimer{margin:6px 0 0;color:${c.muted};font-size:.75em;line-height:1.4}
.cursor{display:inline-block;width:.5em;height:1em;margin-left:2px;vertical-align:text-bottom;background:${p};animation:pqa-blink 1s steps(2) infinite}
@keyframes pqa-blink{50%{opacity:0}}
.scratch{position:fixed;top:0;left:-9999px;opacity:0}
@media ${FULL_SCREEN_QUERY}{
.panel{top:0;right:0;bottom:0;left:0;width:auto;height:auto;max-width:none;max-height:none;border:0;border-radius:0}
.pos-left .panel{left:0;right:0}
.root.open .launcher{display:none}
}
@media (prefers-reduced-motion:reduce){.cursor{animation:none}}
@media (forced-colors:active){.launcher,.send,.action,.example,.tool,.question,.msg{border:2px solid CanvasText}.cursor{background:CanvasText}}
`;
}

/** Falls back to a <style> element where constructable stylesheets are missing (Safari < 16.4). */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}
