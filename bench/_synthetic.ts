/**
 * Synthetic corpora for the scale benchmark: new documents made by recombining the plan's own parts,
 * sections and clauses. Every line is a whole clause or heading of the plan, verbatim, in the plan's
 * structure (notice, title, preamble, 一、 parts, （一） sections, 1. items, —— goals), renumbered, under
 * a new title and file name — so the parser, tokenizer and ranking see text exactly like the real one,
 * and the ids carry `slug:` prefixes like any added document. Deterministic (seeded).
 */
import { parsePlan } from '../src/ingest/parse.js';
import type { SourceFile } from '../src/ingest/corpus.js';

const CITIES = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
const CITY_SLUGS = ['hangzhou', 'ningbo', 'wenzhou', 'jiaxing', 'huzhou', 'shaoxing', 'jinhua', 'quzhou', 'zhoushan', 'taizhou', 'lishui'];
const TOPICS = [
  '先进制造业基地建设“十四五”实施方案',
  '制造业高质量发展“十四五”规划',
  '数字经济和制造业融合发展实施方案',
  '产业链提升工程行动计划',
  '智能制造发展“十四五”规划',
  '制造业绿色低碳发展实施意见',
  '专精特新中小企业培育行动方案',
  '标志性产业链培育实施方案',
  '制造业创新体系建设行动计划',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** mulberry32: a tiny seeded PRNG, so a factor always yields the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  preamble: string[];
  parts: { heading: string; sections: { title: string; body: string; children: { kind: string; text: string }[] }[] }[];
}

function templateOf(planText: string): Template {
  const parsed = parsePlan(planText);
  const byId = new Map(parsed.clauses.map((c) => [c.id, c]));
  const preamble = parsed.clauses.filter((c) => c.kind === 'preamble').map((c) => c.text);
  const parts = parsed.outline
    .filter((p) => p.id !== '0')
    .map((part) => ({
      heading: part.heading.slice(part.heading.indexOf('、') + 1),
      sections: part.sections.map((section) => {
        const own = byId.get(section.id);
        return {
          title: section.heading.replace(/^（[一二三四五六七八九十]+）/, ''),
          body: own?.kind === 'section' ? own.text : '',
          children: section.clauseIds.filter((id) => id !== section.id).map((id) => ({ kind: byId.get(id)!.kind, text: byId.get(id)!.text })),
        };
      }),
    }))
    .filter((p) => p.sections.length > 0);
  return { preamble, parts };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** One synthetic document, about the plan's size: as many parts as the plan, sections recombined. */
export function syntheticDocument(template: Template, n: number): SourceFile {
  const random = prng(0x5eed + n);
  const cityIndex = n % CITIES.length;
  const topicIndex = Math.floor(n / CITIES.length) % TOPICS.length;
  const edition = Math.floor(n / (CITIES.length * TOPICS.length));
  const title = `${CITIES[cityIndex]}${TOPICS[topicIndex]}${edition > 0 ? `（第${edition + 1}批）` : ''}`;
  const issuer = `${CITIES[cityIndex]}人民政府`;
  const month = 1 + (n % 12);
  const lines = [
    `${issuer}关于印发${title}的通知`,
    `${CITIES[cityIndex]!.slice(0, 1)}政发〔2021〕${10 + n}号`,
    '各县（市、区）人民政府，市政府直属各单位：',
    `现将《${title}》印发给你们，请结合实际认真贯彻落实。`,
    issuer,
    `2021年${month}月${1 + (n % 28)}日`,
    title,
    ...template.preamble,
  ];
  const allSections = template.parts.flatMap((p) => p.sections);
  template.parts.forEach((templatePart, p) => {
    // The part keeps a plan heading; its sections come from anywhere in the plan, each with its own clauses.
    lines.push(`${NUMERALS[p]}、${pick(template.parts, random).heading}`);
    const sectionCount = Math.max(1, templatePart.sections.length);
    for (let s = 0; s < sectionCount && s < NUMERALS.length; s++) {
      const section = pick(allSections, random);
      lines.push(`（${NUMERALS[s]}）${section.title}。${section.body}`);
      const keep = shuffled(section.children, random).slice(0, Math.max(1, Math.ceil(section.children.length * (0.6 + 0.4 * random()))));
      let item = 0;
      for (const child of section.children.filter((c) => keep.includes(c))) {
        // Items are renumbered so each section's list reads 1., 2., 3. as in the plan.
        lines.push(child.kind === 'item' ? `${++item}.${child.text.replace(/^\d{1,2}\./, '')}` : child.text);
      }
    }
  });
  const file = `synthetic-${CITY_SLUGS[cityIndex]}-${String(topicIndex + 1).padStart(2, '0')}-${String(n).padStart(3, '0')}.txt`;
  return { file, text: lines.map((l) => `  ${l}`).join('\n\n') + '\n' };
}

/**
 * The plan plus synthetic documents until the corpus has `factor` times the plan's characters.
 * @example syntheticCorpus(plan, 10).length // ≈ 10 (the plan and ≈ 9 recombined documents)
 */
export function syntheticCorpus(plan: SourceFile, factor: number): SourceFile[] {
  const template = templateOf(plan.text);
  const sources: SourceFile[] = [plan];
  const target = plan.text.length * factor;
  let total = plan.text.length;
  for (let n = 0; total < target * 0.98 && n < factor * 4; n++) {
    const doc = syntheticDocument(template, n);
    sources.push(doc);
    total += doc.text.length;
  }
  return sources;
}
