/** Which of the plan's industries or parts a membership question names (PEEK棒材算新材料不, 算不算规划里说的未来产业). Pure over the clauses. */
import type { Clause } from '../types.js';

/** The parts of a clause's title: a title of two categories (节能环保与新能源) names each. */
export const titleParts = (clause: Clause) => clause.title.split(/与|和|及|、/).filter((name) => name.length >= 2);

/**
 * The clause a membership question names, or null: the item whose title part it writes, or whose head word it asks of (headNamed) — or,
 * none being named, a section with no items of its own whose title ends in the kind of industry asked (谋划布局未来产业 for 算不算…未来产业).
 */
export function namedIndustry(question: string, clauses: Iterable<Clause>): Clause | null {
  const all = [...clauses];
  const items = all.filter((c) => c.kind === 'item');
  const named = items.filter((c) => titleParts(c).some((name) => question.includes(name)));
  const byHead = named.length === 0 ? items.filter((c) => headNamed(c, question) && !told(question, items.filter((o) => o !== c))) : [];
  if (named.length + byHead.length === 1) return (named[0] ?? byHead[0])!;
  if (named.length + byHead.length > 1) return null;
  const sections = all.filter((c) => c.kind === 'section' && !items.some((o) => o.id.startsWith(`${c.id}.`)) && KIND_ASKED(KIND_TITLED.exec(c.title)?.[1]).test(question));
  // (…not when what is asked of is a thing an item writes or heads and the section does not — 智能门锁 of 智能家居, 纺织 of 现代纺织: the item says where it belongs.)
  return sections.length === 1 && !(told(question, items) && !told(question, sections)) ? sections[0]! : null;
}
/** The kind of industry a section's title ends in (谋划布局未来产业 → 未来产业)… */
const KIND_TITLED = /([\u4e00-\u9fff]{2}(?:产业|行业))$/;
/** …asked of (算不算规划里说的未来产业, 属于未来产业吗). */
const KIND_ASKED = (kind: string | undefined) => (kind ? new RegExp(`(?:算不算|算是?|属于|属不属于|是不是)[^，。？！,?!]{0,10}?${kind}`) : /$^/);

/** …or by its head word, said as the part of the plan asked of — 算不算规划里家居这块 for 智能家居: a title part of four characters or more, its first two left out, after the ask (not the firm told, 家居行业的企业算不算品字标). */
export const headNamed = (clause: Clause, question: string) => titleParts(clause).some((name) => name.length >= 4 && new RegExp(`(?:算不算|算是?|属于|属不属于|是不是)[^，。？！,?!]{0,8}?${name.slice(2)}(?:这块|那块|这一块|产业|行业|领域|板块|方面)`).test(question));
/** …unless what is asked of is a thing another industry's clause writes or heads (医用材料 of 新材料's 生物医用材料, 医疗装备 of 高性能医疗器械's 医疗). */
export const told = (question: string, others: readonly Clause[], thing = question.split(/算不算|算是?|属于|属不属于|是不是/)[0]!.split(/[，。？！,?!]/).pop()!) => [...thing].some((_, i) => others.some((o) => (i + 4 <= thing.length && o.text.includes(thing.slice(i, i + 4))) || (i + 2 <= thing.length && o.path.some((h) => h.includes('产业')) && titleParts(o).some((part) => part.length >= 4 && part.slice(2).includes(thing.slice(i, i + 2))))));
