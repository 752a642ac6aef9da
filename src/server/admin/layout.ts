/** The frame of every /admin page: banner with the supervisors' navigation and sign-out, main, no footer. */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export type AdminSection = '/admin' | '/admin/log' | '/admin/annotations' | '/admin/audit' | null;

const NAV: Array<[Exclude<AdminSection, null>, string]> = [
  ['/admin', '概览'],
  ['/admin/log', '对话日志'],
  ['/admin/annotations', '标注'],
  ['/admin/audit', '审计日志'],
];

export interface AdminPageOptions {
  title: string;
  current: AdminSection;
  main: Html;
  /** Signed in: the name and the CSRF token for the sign-out form. */
  session?: { actor: string; csrf: string } | null;
}

export function adminPage({ title, current, main, session = null }: AdminPageOptions): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · 政策问答管理</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/assets/admin.css">
</head>
<body class="admin">
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/admin"><span class="brand-mark" aria-hidden="true">管</span>政策问答管理</a>
    ${session
      ? html`<nav aria-label="管理导航">
      <ul class="nav">
        ${NAV.map(([href, label]) => html`<li><a href="${href}"${raw(href === current ? ' aria-current="page"' : '')}>${label}</a></li>`)}
      </ul>
    </nav>
    <form class="signout" method="post" action="/admin/logout">
      <span class="who-signed">${session.actor}</span>
      <input type="hidden" name="_csrf" value="${session.csrf}">
      <button type="submit" class="link-button">退出</button>
    </form>`
      : ''}
  </div>
</header>
<main id="main" tabindex="-1" class="wrap admin-main">
${main}
</main>
</body>
</html>`;
}

/** A short message page (403, 404 of a row, a rate limit), in the same frame. */
export function messagePage(title: string, message: string, back: { href: string; label: string } | null, session?: AdminPageOptions['session']): Html {
  return adminPage({
    title,
    current: null,
    session,
    main: html`<h1>${title}</h1><p class="notice" role="alert">${message}</p>${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`,
  });
}

const CST_MS = 8 * 3_600_000;

/** 2026-03-01T08:05:00Z → 2026-03-01 16:05 (China Standard Time). */
export function shownTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Date(at + CST_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Text cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** The hidden CSRF field every form of a signed-in page carries. */
export const csrfField = (csrf: string) => html`<input type="hidden" name="_csrf" value="${csrf}">`;
