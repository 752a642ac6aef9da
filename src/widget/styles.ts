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
pointer-events:auto!important;contain:none!important;zoom:1!important;color-scheme:light!important}
:host([launcher="inline"]){position:relative!important;display:inline-block!important;width:auto!important;height:auto!important;vertical-align:middle!important}`;

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
.launcher-inline .launcher{position:static}
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
.answer-body p{margin:0 0 .375em}
.answer-body p:last-child{margin-bottom:0}
.answer-list{list-style:none;margin:.25em 0 .375em;padding:0}
.answer-list li{display:flex;gap:.375em;margin:0 0 .375em}
.answer-list .enum{flex:none;font-weight:600}
.answer-list .item{flex:1;min-width:0}
.cite{display:inline;margin:0 1px;padding:0 2px;border:0;border-radius:3px;background:transparent;color:${p};font-weight:600;font-size:.875em;vertical-align:.25em;line-height:1;white-space:nowrap;text-decoration:underline;text-underline-offset:2px}
.cite:hover{background:#fff;color:${pDark}}
.curated{margin-top:.5em!important;color:${c.muted};font-size:.875em}
.related{margin-top:.75em;padding-top:.5em;border-top:1px dashed ${c.border}}
.related[hidden]{display:none}
.related-lead{color:${c.muted};font-size:.875em}
.related ul{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-direction:column;align-items:flex-start;gap:8px}
.related-q{min-height:44px;padding:8px 12px;text-align:left;line-height:1.4;border:1px solid ${p};border-radius:8px;background:#fff;color:${p}}
.related-q:hover{background:${p};color:#fff}
.comment-form{display:flex;flex-direction:column;gap:6px;margin-top:.5em}
.comment-label{font-size:.875em;font-weight:600}
.comment-field{font:inherit;min-height:3.5em;padding:6px 10px;border:1px solid ${c.border};border-radius:8px;resize:vertical;background:#fff;color:${c.text}}
.comment-submit{align-self:flex-start}
.cite-dialog{position:fixed;inset:auto 20px 88px auto;width:24em;max-width:calc(100vw - 40px);height:auto;max-height:calc(100vh - 108px);margin:0;padding:0;border:1px solid ${c.border};border-radius:12px;background:${c.panel};color:${c.text};box-shadow:0 8px 32px rgba(0,0,0,.35);overflow:auto;overscroll-behavior:contain}
.cite-dialog::backdrop{background:rgba(0,0,0,.35)}
.pos-left .cite-dialog{inset:auto auto 88px 20px}
.cite-sheet{padding:0 16px 16px}
.cite-head{position:sticky;top:0;display:flex;align-items:flex-start;gap:8px;padding:12px 0 8px;background:${c.panel}}
.cite-title{flex:1;margin:0;font-size:1.0625em;line-height:1.5}
.cite-n{color:${c.muted};font-weight:600}
.cite-close{flex:none;display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;border:1px solid ${c.border};border-radius:8px;background:#fff;color:${c.text}}
.cite-close svg{width:24px;height:24px;fill:currentColor}
.cite-place{margin:0 0 8px;color:${c.muted};font-size:.875em}
.cite-clause{margin:0;white-space:pre-line;line-height:1.8}
.cite-clause mark{background:#fff1b8;color:inherit;padding:0 1px}
.cite-actions{margin:12px 0 0}
.cite-open{display:inline-flex;align-items:center;min-height:44px;font-weight:600}
.examples-lead{margin-top:.5em!important;color:${c.muted};font-size:.875em}
.examples{display:flex;flex-direction:column;align-items:flex-start;gap:8px;margin-top:4px}
.example{min-height:44px;padding:8px 12px;text-align:left;line-height:1.4;border:1px solid ${p};border-radius:8px;background:#fff;color:${p}}
.example:hover{background:${p};color:#fff}
.sources{margin-top:.5em}
.sources summary{display:list-item;padding:10px 0;line-height:24px;color:${p};font-weight:600;cursor:pointer}
.sources ol{margin:0;padding-left:1.5em}
.sources li{margin-bottom:.5em}
.source-link{display:inline-flex;align-items:center;min-height:44px;padding:0;border:0;background:transparent;color:${p};font-weight:600;text-align:left;text-decoration:underline;text-underline-offset:2px}
.source-link:hover{color:${pDark}}
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
.cite-dialog,.pos-left .cite-dialog{inset:auto 0 0 0;width:auto;max-width:none;max-height:85vh;border-radius:12px 12px 0 0}
.root.open .launcher{display:none}
}
@media (prefers-reduced-motion:reduce){.cursor{animation:none}}
@media (forced-colors:active){.launcher,.send,.action,.example,.related-q,.tool,.question,.msg,.cite-dialog{border:2px solid CanvasText}.cursor{background:CanvasText}}
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
