/** The frame every page shares: skip link, banner with navigation, main, footer. No inline script or style. */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  description: string;
  /** The nav entry to mark with aria-current. */
  current: '/' | '/plan' | '/match' | '/docs' | null;
  main: Html;
  scripts?: string[];
  styles?: string[];
}

const NAV: Array<[PageOptions['current'], string]> = [
  ['/', '问答'],
  ['/plan', '规划全文'],
  ['/match', '政策匹配'],
  ['/docs', '接口文档'],
];

export function page({ title, description, current, main, scripts = [], styles = [] }: PageOptions): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
${styles.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}</head>
<body>
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">问</span>政策问答</a>
    <nav aria-label="主导航">
      <ul class="nav">
        ${NAV.map(([href, label]) => html`<li><a href="${href}"${raw(href === current ? ' aria-current="page"' : '')}>${label}</a></li>`)}
      </ul>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>回答依据《浙江省全球先进制造业基地建设“十四五”规划》原文生成，仅供参考，不代替政府部门的正式解释。具体办事请咨询 <strong>12345</strong> 政务服务热线。</p>
  </div>
</footer>
${scripts.map((src) => html`<script src="${src}" defer></script>\n`)}</body>
</html>`;
}
