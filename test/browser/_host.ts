/**
 * A government-portal stand-in on its own origin: strict CSP (no 'unsafe-inline', Trusted Types),
 * hostile CSS that targets the widget's tag, roles and likely class names, and one widget tag.
 * Query parameters shape the page: `data-*` become attributes of the tag, `tags=2` repeats it,
 * `tags=0` leaves it out, `css=portal` swaps the hostile sheet for a plain one (for screenshots).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  origin: string;
  /** The API origin is known only after the service starts, and the service needs this origin first. */
  setApi(api: string): void;
  stop(): Promise<void>;
}

export const SITE_KEY = 'test-key';

const HOSTILE_CSS = `
html { font-size: 6px !important; }
body { font: 30px/3 serif !important; color: #c0f !important; background: #ff0 !important;
  letter-spacing: 4px !important; text-transform: uppercase !important; direction: rtl; }
*, *::before, *::after { box-sizing: content-box !important; }
div, span, p, a, button, input, form, h2, ol, li, details, summary, blockquote {
  font-size: 40px !important; color: red !important; background: lime !important; border: 6px dashed red !important; }
policy-qa-widget { display: none !important; position: absolute !important; opacity: 0 !important;
  transform: scale(0.1) !important; font-size: 50px !important; color: red !important; z-index: -1 !important; }
[role="dialog"], [role="log"], .launcher, .panel, .msg, .root { display: none !important; }
button { width: 1px !important; height: 1px !important; }
`;

const PORTAL_CSS = `
body { margin: 0; font: 16px/1.7 sans-serif; color: #222; background: #f5f6f8; }
header { background: #b71c1c; color: #fff; padding: 16px 24px; } h1 { margin: 0; font-size: 24px; }
main { max-width: 900px; margin: 24px auto; padding: 0 24px; }
`;

/** Records CSP violations so tests can assert there were none. Served from 'self', as CSP requires. */
const PROBE_JS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});`;

function page(api: string, params: URLSearchParams): string {
  const attrs = [...params].filter(([k]) => k.startsWith('data-'));
  if (!params.has('data-site-key')) attrs.unshift(['data-site-key', SITE_KEY]);
  const tag = `<script src="${api}/widget.js" ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')} async></script>`;
  const count = Number(params.get('tags') ?? '1');
  const css = params.get('css') === 'portal' ? '/portal.css' : '/hostile.css';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>某市人民政府门户网站</title><link rel="stylesheet" href="${css}"><script src="/probe.js"></script></head>
<body><header><h1>某市人民政府门户网站</h1></header>
<main><p id="host-text">政务公开 · 政策文件 · 政策解读</p><button id="host-button" type="button">站内搜索</button>
<a id="host-link" href="/">返回首页</a></main>
${tag.repeat(count)}
</body></html>`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export async function startHost(): Promise<HostServer> {
  let api = '';
  const csp = () => [
    "default-src 'none'",
    `script-src 'self' ${api}`,
    "style-src 'self'",
    `connect-src ${api}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': csp() });
      res.end(body);
    };
    if (url.pathname === '/') return send('text/html', page(api, url.searchParams));
    if (url.pathname === '/hostile.css') return send('text/css', HOSTILE_CSS);
    if (url.pathname === '/portal.css') return send('text/css', PORTAL_CSS);
    if (url.pathname === '/probe.js') return send('text/javascript', PROBE_JS);
    // Browsers ask for a favicon; a 404 would show up as a console error in every test.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setApi: (origin) => {
      api = origin;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
