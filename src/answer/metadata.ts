/**
 * Questions about the document itself (文号, 印发日期, 规划期限, 印发单位, 全称), answered from the
 * issuing notice (clause 0.0) and the preamble (0.1), which are quoted and cited like any clause.
 */
import type { Clause, DocumentMeta } from '../types.js';
import type { Composition } from './extractive.js';
import { BECOME, detectIntent, indicatorAsked, type Intent, type MetadataQuestion } from './intent.js';
import { INDICATOR_TABLE_NOTE } from './messages.js';
import { factFor, sentenceWith } from './metadata-facts.js';
import { chosenHit } from '../retrieval/retriever.js';
import { ASKING_CLAUSE, clausesOf } from '../retrieval/clauses.js';
import type { LexicalIndex } from '../retrieval/lexical.js';

/**
 * Words of a metadata question that do not make it a question about a topic of the plan — the document's own, and
 * a clerk's framing around them (麻烦查一下…登记到台账, 帮忙核对…录入系统). Any other word (技改补助细则) names
 * another document.
 */
const DOCUMENT_WORDS = /^(规划|文件|本规划|这个|这份|该|本|通知|印发|发布|出台|公布|签发|成文|发文|文号|字号|发文号|文字|号|期限|规划期|有效期|作废|生效|日期|时间|哪天|一天|哪一天|哪一年|哪年|年|结束|到期|执行|实施|有效|多长时间|多久|时候|什么时候|啥时候|开始|起止|几年|哪几年|管到|为止|过期|作数|落款|公开|属性|公开属性|公开发布|此件|标注|注明|单位|部门|机关|发给|下发|主送|抄送|对象|根据|依据|编制|编|编出来|编写|各市|市县|各市县|各县|各地|干嘛|干啥|真的假|真的假的|真假|真的|假的|全称|全名|标题|名称|原文|原话|十四五|浙江省|省政府|全球|先进|制造业|基地|建设|哪|发|的|文|提供|请|告诉|麻烦|帮忙|查|查一下|核对|核实|确认|一下|登记|录入|台账|系统|需要|要)$/;

export function isDocumentQuestion(ownTerms: string[]): boolean {
  return ownTerms.filter((t) => t.length > 1 && !DOCUMENT_WORDS.test(t)).length === 0;
}

/** This plan named as such: 这份规划, 本规划, 该规划, 这个十四五规划 — or with words of its title between (这个浙江全球先进制造业基地的十四五规划). */
const THIS_PLAN = /(这份|本|该|这个|此|那个|那份)([^，。？！,?!\s]{0,24}?)(规划|文件)/g;
function thisPlanNamed(text: string, title: string): number | null {
  const titled = title || '十四五';
  for (const m of text.matchAll(THIS_PLAN)) {
    const words = m[2]!.replace(/[“”"的]/g, '');
    // (那个 names this plan only with the title's words: 省里那个先进制造业基地的规划 — not 江苏那个规划.)
    if ([...words].every((ch) => titled.includes(ch)) && (words.length > 0 || !m[1]!.startsWith('那'))) return m.index;
  }
  return null;
}
const flatTitle = (text: string) => text.replace(/[\s“”"《》「」]/g, '');
/** A year said of the period asked (是2021到2025吗): the document's own words. */
const PERIOD_YEAR = /^20\d\d年?$/;

/**
 * The question is about this document: asked with nothing but the document's own words and a clerk's framing, or
 * two aspects of it asked of this plan named as such (有企业要引用这份规划，请提供它的印发文号和印发日期) or by its
 * full title (《浙江省全球先进制造业基地建设“十四五”规划》的发文字号和印发日期分别是什么). Its period asked may say the
 * years it supposes (管哪几年，是2021到2025吗); a word jieba cuts across a document word (规划|期是) is that word; and
 * what is told before this plan is named as such (孙子作业要查这个十四五规划管哪几年) is the story, when none of it is
 * the plan's (`inPlan`).
 */
export function asksAboutThisDocument(query: { ownTerms: string[]; text: string; tags?: Map<string, string> }, aspects: readonly MetadataQuestion[], title = '', inPlan?: (term: string) => boolean): boolean {
  if (aspects.length === 0) return false;
  const named = thisPlanNamed(query.text, title);
  const namesThisPlan = named !== null || (title.length > 0 && namesTitle(query.text, title));
  if (aspects.length > 1 && namesThisPlan) return true;
  const after = named !== null ? query.text.slice(named) : query.text;
  // (A clause before it that asks — 我们想搞机器换人，有补贴不，这个规划管到哪年 — is a question of its own, not the story.)
  const toldAsks = named !== null && clausesOf(query.text.slice(0, named)).some((c) => ASKING_CLAUSE.test(c) || /[不么]$/.test(c));
  // (Verbs, numerals, pronouns, particles and a short word jieba does not know frame the ask — 能管几年, 作废, 开始执行, 几月几号 — as the
  // document words do; a noun of any other document, 技改补助细则, or another period, 十五五, still names another.)
  const framing = (t: string) => { const tag = query.tags?.get(t); return tag !== undefined && !/十[三五六]五/.test(query.text) && (/^(v(?!n)|d|m|q|r|y|u|p|c|f|t)/.test(tag) || (tag === 'x' && t.length <= 2 && !(inPlan?.(t) ?? false))); };
  const told = named !== null && inPlan ? query.ownTerms.filter((t) => !after.includes(t)) : [];
  // (…a verb the plan also uses, 做 of 做奖杯的小厂, is the story's too.)
  const terms = !toldAsks && told.every((t) => !inPlan!(t) || framing(t)) ? query.ownTerms.filter((t) => !told.includes(t)) : query.ownTerms;
  // (…and what the asker needs it for, said after the ask — 写材料要用, 填表用 — is no other document's word either.)
  const purpose = PURPOSE_TOLD.exec(query.text)?.[0] ?? '';
  const documentWords = (ts: string[]) => isDocumentQuestion(ts.filter((t) => !(aspects.includes('period') && PERIOD_YEAR.test(t)) && !cutAcrossDocumentWord(query.text, t) && !framing(t) && !purpose.includes(t)));
  if (documentWords(terms)) return true;
  // 校对转发件，核一下：省规划印发通知的文号、成文日期: a clerk's task told before a colon frames what is asked after it — not another
  // document or place named there (苏州的规划：文号是多少), nor a time (3:00).
  const colon = /[：:](?!\d)/.exec(query.text);
  const before = colon ? query.text.slice(0, colon.index) : '';
  const asked = colon ? query.text.slice(colon.index + 1) : '';
  return CLERK_TASK.test(before) && !/规划|通知|文件|方案|办法|意见|政策/.test(before) && /规划|通知|文件/.test(asked) && documentWords(terms.filter((t) => asked.includes(t)));
}

/** What the asker needs the answer for, said last (…，写材料要用; …，填表用; …，开会要引用; …，我要写进材料里, 写进材料里面). */
const PURPOSE_TOLD = /[，,](?:我们?)?(?:要|得|想|准备)?(写|填|做|报|交|开会|汇报|发言|引用|领导)[^，。？！,?!]{0,6}(要用|用|需要|要引用|引用|(?<=[进到入在][^，。？！,?!]{1,4})[里上中](?:面|头|边)?)[。！!]?$/;

/** A clerk's task said before a colon: 校对, 核一下, 录入, 登记, 存档, 转发. */
const CLERK_TASK = /校对|核对|核一下|核实|录入|登记|台账|存档|归档|整理|转发|复印|汇编|摘录|备查|备案表/;

/**
 * The full title said, or said without the province before it after a mark or at the start (登记来文用：全球先进制造业基地建设“十四五”规划的
 * 文号…) — not after another place (江苏省全球先进制造业基地…, 江苏的全球先进制造业基地…).
 */
function namesTitle(text: string, title: string): boolean {
  const flat = flatTitle(text);
  const full = flatTitle(title);
  if (flat.includes(full)) return true;
  // …or shortened, a word of it left out (全球先进制造业基地十四五规划): a run ending where the title ends, its characters in
  // the title's order, at least all but four of the title's after the province.
  const bare = full.replace(/^浙江省?/, '');
  const last = full.slice(-2);
  for (let end = flat.indexOf(last); end >= 0; end = flat.indexOf(last, end + 1)) {
    let k = end + last.length - 1;
    for (let j = full.length - 1; k >= 0 && j >= 0; j--) if (full[j] === flat[k]) k--;
    const at = k + 1;
    if (end + last.length - at >= bare.length - 4 && (at === 0 || /[：:，,。；;、！!？?（(]$/.test(flat.slice(0, at)))) return true;
  }
  return false;
}

/** 规划期是 cut 规划|期是: the term begins with the last character of a document word and adds one character to it. */
function cutAcrossDocumentWord(text: string, term: string): boolean {
  if (term.length !== 2) return false;
  const at = text.indexOf(term);
  return at >= 2 && DOCUMENT_WORDS.test(text.slice(at - 2, at + 1));
}

/**
 * 浙政发〔2021〕20号文件的印发日期是哪一天, 浙政发[2021]20号主要讲了啥: the plan named by its own number (however its
 * brackets are typed) is this plan named as such, and the number's pieces (浙, 政发, 2021, 20) are no topic.
 */
export function namedByNumber(query: { ownTerms: string[]; text: string }, documentNumber: string | null): { ownTerms: string[]; text: string } {
  if (!documentNumber || !query.text.includes('号')) return query;
  const number = flatNumber(documentNumber);
  const at = numberPattern(documentNumber);
  if (!at || !at.test(query.text)) return query;
  return { ownTerms: query.ownTerms.filter((t) => !number.includes(t)), text: query.text.replace(at, '这份文件') };
}
const flatNumber = (text: string) => text.replace(/[\s〔〕［］\[\]【】（）()]/g, '');
/** The document number as typed in any brackets (浙政发[2021]20号), built once per number. */
const numberPatterns = new Map<string, RegExp | null>();
function numberPattern(documentNumber: string): RegExp | null {
  if (!numberPatterns.has(documentNumber)) {
    const number = flatNumber(documentNumber);
    const digits = documentNumber.match(/\d+/g) ?? [];
    numberPatterns.set(documentNumber, digits.length === 2 ? new RegExp(`${number.slice(0, number.search(/\d/))}\\s*[〔［\\[【(（]?\\s*${digits[0]}\\s*[〕］\\]】)）]?\\s*${digits[1]}\\s*号(文件)?`) : null);
  }
  return numberPatterns.get(documentNumber)!;
}

/**
 * Words that ask what the plan as a whole is about (说白了, 主要讲了啥, 总体思路, 大方向, 往哪几个方向带 — and 大方向往哪边走, which jieba
 * cuts 大方|向往): with the document words, all a question about the whole plan says.
 */
const OVERVIEW_WORDS = /^(浙江制造|目标|目的|主要目标|总目标|发展目标|总|总体|思路|总体思路|总思路|总的思路|总的想法|想法|大方向|大方|向往|方向|哪边|走|说白了|简单说|概括|核心|核心内容|主要内容|内容|要点|主旨|讲|讲了|讲的|干嘛|干什么|往|带|哪几个|哪些|一句|话|一句话|省里|政府|厂子|大概|简单|主要)$/;
const ABOUT_A_PLAN = /规划|文件/;
/** …and what asks of the plan as a whole once that is left out (主要讲了啥, 总的想法, 大方向, 说白了想干嘛) — not whether it speaks of the trade. */
const WHOLE_ASKED = /主要(讲|说|内容)|讲了(啥|什么)|讲的(是)?(啥|什么)|说白了|总(的|体)?(思路|想法|方向)|大方向|核心|要点|主旨|概括|一句话|干嘛|干什么/;
/** The asker's trade said first, in a piece of its own (…做木头鸟笼的，; 我们是生产阀门的 ). */
const SELF_INTRODUCED = /^[^，。？！,?!\s]{0,16}(做|生产|加工|搞|开)[^，。？！,?!\s]{1,12}的(厂|小厂|公司|企业|老板)?[，,。\s]/;

/** The plan's aim in everyday words (目标, 目的)… */
const AIM_WORDS = /^(目标|目的|主要目标|总目标|发展目标)$/;
/** …is the last topic's in a follow-up pointing back (那规划里的目标是啥, 规划里它的目标是多少 after 工业互联网) — not 那这个规划的目标是啥. */
const WHOLE_PLAN_NAMED = /(这个|这份|本|整个|该)(规划|文件)/;
const TOPIC_POINTED_BACK = /^那|规划[里中]|它|这块|这个(?!规划|文件)/;

/** "这个规划主要讲了啥", "省里想把厂子往哪几个方向带": the plan as a whole is asked about, no topic of it. */
export function asksWhatThePlanIsAbout(query: { ownTerms: string[]; text: string; isFollowUp?: boolean }, inPlan: (term: string) => boolean = () => true): boolean {
  const aboutAPlan = ABOUT_A_PLAN.test(query.text);
  const aimOfLastTopic = query.isFollowUp === true && !WHOLE_PLAN_NAMED.test(query.text) && TOPIC_POINTED_BACK.test(query.text);
  // (云和獭猫坑做木头鸟笼的 省里这个规划总的想法是啥: who the asker is, said first, is not what is asked.)
  // (…unless the rest only asks whether the plan speaks of it: 做智能门锁的，规划里有提到吗 asks of the trade.)
  const asked = query.text.replace(SELF_INTRODUCED, '');
  const overview = (t: string) => DOCUMENT_WORDS.test(t) || (OVERVIEW_WORDS.test(t) && !(aimOfLastTopic && AIM_WORDS.test(t)));
  if (aboutAPlan && query.ownTerms.every(overview)) return true;
  if (aboutAPlan && asked !== query.text && WHOLE_ASKED.test(asked) && query.ownTerms.every((t) => overview(t) || !asked.includes(t))) return true;
  // …or of the province's manufacturing, the plan's subject (到2025年浙江制造业要搞成啥样子).
  if (!aboutAPlan && !/制造业|浙江|省里/.test(query.text)) return false;
  // 省里那个先进制造业基地的规划，到2025年总的要搞成啥样子？说简单点，我文化不高: what the whole plan aims at, asked
  // among words of the asker's own (文化不高, 看不懂). The clause that asks it names no topic of the plan (数字化改造到2025年总的要搞成啥样 asks of one topic).
  const clauses = query.text.split(/[，。？！,.?!；;]/);
  const at = clauses.findIndex((c) => WHOLE_AIM.test(c));
  if (at < 0) return false;
  const ofTopic = (c: string) => query.ownTerms.some((t) => c.includes(t) && inPlan(t) && !DOCUMENT_WORDS.test(t) && !OVERVIEW_WORDS.test(t));
  // …nor one that points back (这个是打算搞成啥样) at a topic the clause before names (规划里提到了企业数据泄密保险), or names no subject of
  // its own a clause or two after one quoting a name of one (省里说的内外销“三同”，我们厂做出口的，到底要我们做到啥程度).
  if ((POINTS_BACK.test(clauses[at]!) && at > 0 && ofTopic(clauses[at - 1]!)) || (!/制造|浙江|全省|省里|规划|基地/.test(clauses[at]!) && clauses.slice(Math.max(0, at - 2), at).some((c) => /“[^”]{1,12}”/.test(c) && ofTopic(c)))) return false;
  // (…nor when another clause asks an indicator's figure, 全省制造业增加值具体要到多少亿: that figure is what is asked.)
  return !ofTopic(clauses[at]!) && !clauses.some((c, i) => i !== at && indicatorAsked(c));
}
/**
 * A word that names a topic of the plan: one of its rarer words (数字化改造, 成本), or a word of the facet table's
 * industries, enterprise types and needs however often the plan writes it (营商环境, 人才, 绿色) —
 * 到2025年浙江营商环境要搞成啥样 asks of one topic, not of the whole plan.
 */
export function planTopicTerm(lexical: Pick<LexicalIndex, 'has' | 'isTopicTerm'>, facetWords: ReadonlySet<string>): (term: string) => boolean {
  return (t) => t.length >= 2 && lexical.has(t) && (lexical.isTopicTerm(t) || facetWords.has(t));
}

/** A clause opening with a bare demonstrative (not 这个规划): it asks of what was named before it. */
const POINTS_BACK = /^(这个|这块|这事|这项|这一块|那个|它)(?!规划|文件|十四五|政策)/;

/** What the whole plan aims to make of the province (总的要搞成啥样子, 浙江制造业要搞成啥样子, 总体目标是什么). */
export const WHOLE_AIM = new RegExp(`${BECOME.source}|总(的|体)目标(是|有)?(啥|什么)`);

/** The plan's own summary of itself: its goals' opening sentence (到2025年，…), then its guiding thought. */
export function composeOverview(clauses: Map<string, Clause>): Composition | null {
  const sections = [...clauses.values()].filter((c) => c.kind === 'section');
  const goals = sections.find((c) => c.title === '发展目标');
  const guidance = sections.find((c) => c.title === '指导思想');
  const chosen = [goals, guidance].filter((c): c is Clause => c !== undefined && c.sentences.length > 0);
  if (chosen.length === 0) return null;
  return {
    statements: chosen.map((c, i) => ({ text: c.sentences[0]!.trim(), clauseIndex: i })),
    used: chosen.map((c) => ({ hit: chosenHit(c), from: 0, to: 0 })),
    notes: [],
  };
}

/** One statement per cited clause; several facts from the notice share one citation. */
export function composeMetadata(questions: MetadataQuestion[], meta: DocumentMeta, clauses: Map<string, Clause>): Composition | null {
  const prefix = meta.docId ? `${meta.docId}:` : '';
  const notice = clauses.get(`${prefix}0.0`);
  const preamble = clauses.get(`${prefix}0.1`);
  const composition: Composition = { statements: [], used: [], notes: [] };
  for (const question of questions) {
    const fact = factFor(question, meta, notice, preamble);
    const at = fact.clause ? sentenceWith(fact.clause, fact.needle) : -1;
    if (!fact.clause || at < 0) continue;
    const index = composition.used.findIndex((u) => u.hit.clause.id === fact.clause!.id);
    if (index < 0) {
      composition.used.push({ hit: chosenHit(fact.clause), from: at, to: at });
      composition.statements.push({ text: `${fact.text}。`, clauseIndex: composition.used.length - 1 });
      continue;
    }
    // The quote stays one verbatim run of the clause, from the first fact's line to the last's.
    const used = composition.used[index]!;
    used.from = Math.min(used.from, at);
    used.to = Math.max(used.to, at);
    const statement = composition.statements.find((st) => st.clauseIndex === index)!;
    statement.text = `${statement.text.slice(0, -1)}；${fact.short}。`;
  }
  return composition.used.length > 0 ? composition : null;
}

/**
 * What of the document a longer question asks of the plan itself, in a clause that names it (我想先搞清楚这个规划管到哪一年
 * 为止？总的大目标是啥): the aspects its own clause asks, not a year asked of a topic (数字化改造要到哪一年完成).
 */
export function metadataAskedOfThePlan(text: string, aspects: readonly MetadataQuestion[], detect: (clause: string) => readonly MetadataQuestion[]): MetadataQuestion[] {
  // Only the aspects whose words say nothing else: a date, a title or an issuer asked beside a topic is most often the
  // topic's (中期评估是哪一年搞, 经验清单叫什么名称).
  aspects = aspects.filter((a) => ALONGSIDE.has(a));
  if (aspects.length === 0) return [];
  const clauses = text.split(/[，。？！,.?!；;]/).filter((c) => /规划|文件|十四五/.test(c));
  // (The outline it was written from is this plan's however its clause is put: 规划期限起止年份，编制依据的纲要全称.)
  return aspects.filter((aspect) => clauses.some((c) => detect(c).includes(aspect)) || (aspect === 'basis' && clauses.length > 0));
}

const ALONGSIDE: ReadonlySet<MetadataQuestion> = new Set(['period', 'documentNumber', 'basis']);

/**
 * The retrieved answer with the document's facts asked of the plan in a longer question put first (这个规划管到哪一年
 * 为止？总的大目标是啥), or as it is when none is asked so.
 */
export function withMetadataAsked(rest: Composition, question: string, aspects: readonly MetadataQuestion[], meta: DocumentMeta, clauses: Map<string, Clause>): Composition {
  const ofThePlan = metadataAskedOfThePlan(question, aspects, (c) => detectIntent(c).metadata);
  const metadata = ofThePlan.length > 0 ? composeMetadata(ofThePlan, meta, clauses) : null;
  return metadata ? withMetadataFirst(metadata, rest) : rest;
}

/** The document's facts first, then the retrieved answer without the clauses those facts already cite. */
function withMetadataFirst(metadata: Composition, rest: Composition): Composition {
  const taken = new Set(metadata.used.map((u) => u.hit.clause.id));
  const kept = rest.used.map((u, i) => [u, i] as const).filter(([u]) => !taken.has(u.hit.clause.id));
  const moved = new Map(kept.map(([, i], k) => [i, metadata.used.length + k]));
  return {
    ...rest,
    used: [...metadata.used, ...kept.map(([u]) => u)],
    statements: [...metadata.statements, ...rest.statements.filter((st) => moved.has(st.clauseIndex)).map((st) => ({ ...st, clauseIndex: moved.get(st.clauseIndex)! }))],
    notes: [...metadata.notes, ...rest.notes],
  };
}

/**
 * The key-indicator table is an image in the published text: say so, and cite the goals section it
 * illustrates rather than let retrieval guess at figures.
 */
export function composeIndicatorTable(meta: DocumentMeta, clauses: Map<string, Clause>): Composition | null {
  const table = meta.missing.find((m) => m.title.includes('指标'));
  const goals = table?.afterClauseId ? clauses.get(table.afterClauseId.replace(/\.\d+$/, '')) : undefined;
  if (!table || !goals) return null;
  return {
    statements: [{ text: goals.sentences[0]!.trim(), clauseIndex: 0 }],
    used: [{ hit: chosenHit(goals), from: 0, to: 0 }],
    notes: [INDICATOR_TABLE_NOTE],
  };
}

/**
 * A question about the document itself, in the order they are tried: its metadata (文号, 印发日期), the plan as a
 * whole (主要讲了啥), its key-indicator table. Null when it is none of these, or the plan lacks what would answer it.
 */
export function composeAboutTheDocument(
  query: { ownTerms: string[]; text: string; tags?: Map<string, string>; isFollowUp?: boolean },
  intent: Pick<Intent, 'metadata' | 'asksIndicatorTable'>,
  meta: DocumentMeta,
  clauses: Map<string, Clause>,
  inPlan?: (term: string) => boolean,
): Composition | null {
  const isFollowUp = query.isFollowUp === true;
  query = namedByNumber(query, meta.documentNumber);
  const metadata = asksAboutThisDocument(query, intent.metadata, meta.title, inPlan) ? composeMetadata(intent.metadata, meta, clauses) : null;
  if (metadata) return metadata;
  // 这个规划管到哪一年的？到时候浙江的制造业要弄成啥样子: the period asked beside the whole plan's aim comes first there too.
  const overview = asksWhatThePlanIsAbout({ ...query, isFollowUp }, inPlan) ? composeOverview(clauses) : null;
  if (overview) return withMetadataAsked(overview, query.text, intent.metadata, meta, clauses);
  return intent.asksIndicatorTable && isDocumentQuestion(query.ownTerms.filter((t) => !/指标|关键|表/.test(t))) ? composeIndicatorTable(meta, clauses) : null;
}
