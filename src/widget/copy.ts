/** "Copy answer with citations": plain text a citizen can paste into a message or a letter. */
import type { AskResponse } from '../contract.js';
import { citationHref } from './links.js';
import { zh } from './text.js';

/**
 * @example formatForCopy(body, 'https://wenda.example.cn')
 * // 到2025年，建成5G基站20万个以上…[1]\n\n引用条款：\n[1] 四（五）建设一流数字基础设施 https://…/plan#4.5.1\n“…”
 */
export function formatForCopy(body: Pick<AskResponse, 'answer' | 'citations'>, origin: string): string {
  if (body.citations.length === 0) return body.answer;
  const sources = body.citations.map(
    (c) => `[${c.n}] ${c.label} ${citationHref(c, origin)}\n“${c.quote || c.text}”`,
  );
  return `${body.answer}\n\n${zh.copyCitationsHeading}\n${sources.join('\n')}`;
}

/** The async Clipboard API needs a secure context; older or http pages fall back to execCommand. */
export async function copyText(text: string, scratchParent: Node): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied: try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'scratch';
  scratchParent.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
