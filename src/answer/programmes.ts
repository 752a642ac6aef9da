/**
 * The plan's programmes and the names it gives them, for the answer: which of them a question names in everyday words,
 * and which clauses name one a question asks about.
 */
import { chosenHit, type ClauseHit } from '../retrieval/retriever.js';
import type { AnalyzedQuery } from '../retrieval/analyzed.js';
import { planProgrammes } from '../retrieval/asked.js';
import { ASKING_CLAUSE, clausesOf, QUOTED_SPAN } from '../retrieval/clauses.js';
import type { Clause } from '../types.js';
import { escapeRegExp } from '../regexp.js';

/** What a clause says of something else than a programme felt: its support or an application (有啥补贴, 想评绿色低碳工厂 — not 评了D类, told). */
const OTHER_ASKED = /补贴|补助|资助|支持|扶持|奖励|优惠|申请|申报|评(?![了过为成上])/;
/** The words of an ask that name nothing (规划里有什么说法, 有什么政策): asked so after a programme felt, it is what is asked. */
const BARE_ASK = /规划里?|文件里?|里面|上面|有没有|有什么|有啥|什么|怎么|咋|说法|说|讲|提|规定|政策|要求|措施|办法|办|该|吗|呢|啊|呀|我们|咱们|企业|厂|[\s，,？?]/g;
/** The clause's opening line names one of the programmes (建设“未来工厂”。): it says what the programme is. */
function headedBy(hit: ClauseHit, names: readonly string[]): boolean {
  const opening = hit.clause.sentences[0] ?? '';
  return opening.length <= 24 && names.some((t) => opening.includes(t));
}

/** A count asked: how many firms, platforms or sites (几家, 多少个) — not an amount of money or material (几个亿, 多少个点). */
const COUNT_ASKED = /(?:几家|多少家|几个|多少个|几座|多少座)(?![亿万千百材条点])/;
/** A sentence that gives a count: a figure and its measure word (300个以上, 100家, 25个). */
const COUNT_GIVEN = /\d+(?:万|千|百)?(?:个|家|座)/;

/** A year said (到2025年, 2025年底前): when, no part of what is named. */
const YEAR = /(?:到|至|在)?20\d\d年?(?:底|前)?/;

/** The asker tells what the plan says (规划说要…, 规划里提到…, 听说规划上讲…) — asked.ts `PLAN_SAYS` with the 要 or 会 after it, so the span said starts where this ends. */
const PLAN_SAID = /规划(?:里|上|中)?(?:说|讲|提到|写着|写了|提出)(?:了|过)?(?:要|会)?(?!的)/;

/** Where the plan writes a quoted span is asked (在哪一条, 那句原话, 原文怎么写的, 出处). */
const WHERE_WRITTEN = /[”"」』][^。？！?!]{0,6}(?:哪一?[条节句款项]|哪一?部分|第几[条章节]|原文|原话|出处)/;

/** A name aimed at: 想申报|数字化车间, 评个|…, 有个…|可以评. */
const AIM_BEFORE = /(?:评|申报|申请|争创|创建|入选|认定|评上|评选)(?:一下|个|一个|上|为)?(?:什么|啥)?$/;
const AIM_AFTER = /^(?:可以|能|能不能|要)?(?:评|申报|申请|认定|评选)/;

/** A piece telling an aim's result or another's (没成功, 没评上, 隔壁…评上了, 去年评过). */
const TOLD_DONE = /没成功|没评上|没通过|没批|落选|被拒|隔壁|别人|人家|同行|评上了|评过|拿到了/;

/** The longest run of a piece's characters, four or more, that `found` accepts — '' when none. */
function longestRun(pieces: readonly string[], found: (run: string) => boolean): string {
  let span = '';
  for (const piece of pieces)
    for (let from = 0; from < piece.length; from++)
      for (let to = piece.length; to - from > Math.max(3, span.length); to--) {
        const run = piece.slice(from, to);
        if (found(run)) {
          span = run;
          break;
        }
      }
  return span;
}

/** The hits that `holds` first, in retrieval's order, the first of them at the first hit's score; `led` when one does. */
function leadingWith(hits: ClauseHit[], holds: (h: ClauseHit) => boolean): { hits: ClauseHit[]; led: boolean } {
  const first = hits.filter(holds);
  if (first.length === 0) return { hits, led: false };
  const top = hits[0]?.score ?? 1;
  return { hits: [...first.map((h, i) => (i === 0 ? { ...h, score: Math.max(h.score, top) } : h)), ...hits.filter((h) => !holds(h))], led: true };
}

export function createProgrammes(clauses: readonly Clause[]) {
  /** The plan's own programmes, as it quotes them (未来工厂, 小巨人, 品字标). */
  const programmes = planProgrammes(clauses.map((c) => c.text).join('\n'));
  /** A programme's name as it stands in a pattern. */
  const sentences = clauses.flatMap((c) => c.sentences.map((x) => x.toLowerCase()));
  const naming = new Map<string, number>();
  /** How many sentences of the plan hold a term. */
  const sentencesNaming = (term: string) => {
    let n = naming.get(term);
    if (n === undefined) naming.set(term, (n = sentences.filter((x) => x.includes(term.toLowerCase())).length));
    return n;
  };
  /** Each programme asked what it is (未来工厂到底是啥东西, 品字标是个啥, 企业码咋回事). */
  const definitionAsked = programmes.map((t) => {
    const name = escapeRegExp(t);
    return [t, new RegExp(`${name}[”"」』]?[，,]?(?:(?:到底|究竟|又|就)?(?:是|指|指的是)(?:个|一个)?(?:啥|什么)|(?:到底|又)?(?:怎么|咋)回事)`)] as const;
  });
  /** …or aimed at by the asker (想冲一下小巨人, 想评未来工厂, 申报品字标): what the plan says of it is what is asked. */
  // (…with its level or kind between: 想冲一下国家级专精特新小巨人.)
  const aimedAt = programmes.map((t) => [t, new RegExp(`(?:冲|评|申报|申请|争取|争创|入选)(?:一下|个|一个|上)?(?:国家级|省级|市级)?(?:专精特新)?[“"]?${escapeRegExp(t)}`)] as const);
  /**
   * …or wanted, said with a verb of doing (想搞未来工厂, 想建个未来工厂): its clauses come first, but do not answer alone — a trade asked
   * with it (袜子行业规划里怎么说) keeps its clause, and 建个超级工厂 may mean only a big plant.
   */
  const wanted = programmes.map((t) => [t, new RegExp(`(?:搞|建|创建|打造)(?:一下|个|一个|上)?(?:国家级|省级|市级)?[“"]?${escapeRegExp(t)}`)] as const);
  /** …or asked whether it bears on the asker (那个能耗双控会不会卡我们扩产, 受双控限制): the clause naming it says what it is, not the story's (拆了换天然气的话). */
  // (…in a clause that asks: 受双控影响，去年限产了两个月，现在想上光伏屋顶有啥补贴 tells the story, and the solar clause is asked.)
  // (…or in the story when no other clause seeks support or an application: 受双控影响，规划里有什么说法, 受亩均论英雄影响…规划里对低效企业怎么说.)
  const asksOther = (q: string, feltIn: string) => clausesOf(q).some((c) => c !== feltIn && OTHER_ASKED.test(c));
  const felt = programmes.map((t) => { const pattern = new RegExp(`${escapeRegExp(t)}[”"」』]?[^，。？！,?!]{0,3}(?:会不会|会|能不能|是不是)(?:卡|限|管到|影响|波及|约束|拖累)|(?:受|被)[“"]?${escapeRegExp(t)}[”"」』]?[^，。？！,?!]{0,2}(?:卡|限|影响|约束)`); return [t, { test: (q: string) => clausesOf(q).some((c) => pattern.test(c) && (ASKING_CLAUSE.test(c) || !asksOther(q, c))) }] as const; });
  /** …or counted (小巨人一共要培育几家, 未来工厂要建多少个): the clause naming it holds the count, not the asker's trade's. */
  const countAsked = programmes.map((t) => [t, new RegExp(`${escapeRegExp(t)}[”"」』]?[^，。？！,?!]{0,10}${COUNT_ASKED.source}`)] as const);
  /** Each clause's text and headings, lowercased, for the runs and quotes looked for in them. */
  const lowered = clauses.map((c) => ({ clause: c, text: c.text.toLowerCase(), path: c.path.map((h) => h.toLowerCase()) }));
  /** The plan's clauses, lowercased, as one text: a run it does not hold is in no clause. */
  const planText = lowered.map((c) => c.text).join('\n');
  /** The plan's sentences that give a count (建设省级工业互联网平台300个以上), lowercased. */
  const countSentences = sentences.filter((x) => COUNT_GIVEN.test(x));
  return {
    /**
     * 工业互联网平台到2025年要建几个: a count asked of something the plan counts without quoting its name — the longest run of the
     * question's words just before the ask, four characters or more, that a sentence of the plan giving a count holds word for word
     * (a year said, 到2025年, is no part of it). The hits whose clause holds that sentence come first, in retrieval's order; `led`
     * when one does. `heard`: the question as heard (互连网 → 互联网), worked out only when a count is asked.
     */
    countedFirst(hits: ClauseHit[], question: string, heard: () => string): { hits: ClauseHit[]; led: boolean } {
      if (!COUNT_ASKED.test(question)) return { hits, led: false };
      const text = heard();
      const ask = COUNT_ASKED.exec(text.toLowerCase());
      if (!ask) return { hits, led: false };
      const before = text.toLowerCase().slice(0, ask.index).split(/[，。？！,?!；;：:\s]/).at(-1)!;
      const pieces = before.split(YEAR).filter((x) => x.length >= 4);
      const span = longestRun(pieces, (run) => countSentences.some((x) => x.includes(run)));
      return span ? leadingWith(hits, (h) => h.clause.sentences.some((x) => COUNT_GIVEN.test(x) && x.toLowerCase().includes(span))) : { hits, led: false };
    },
    /**
     * 规划说要降专线成本，到底降百分之几: what the asker says the plan says — the longest run of the words after 规划…说, four characters or more,
     * that the plan writes word for word in one or two clauses (专线成本) — is what is asked about: the hits whose clause writes it come
     * first, in retrieval's order; `led` when one does.
     */
    saidFirst(hits: ClauseHit[], text: string): { hits: ClauseHit[]; led: boolean } {
      const lower = text.toLowerCase();
      const said = PLAN_SAID.exec(lower);
      if (!said) return { hits, led: false };
      // (A year said, 到2025年, is no part of it; nor is a run holding 的, which joins words the plan need not join.)
      const after = lower.slice(said.index + said[0].length).split(/[，。？！,?!；;\s]/)[0]!.split(YEAR);
      const holding = (run: string) => lowered.filter((c) => c.text.includes(run));
      const span = longestRun(after, (run) => { const n = run.includes('的') ? 0 : holding(run).length; return n > 0 && n <= 2; });
      return span ? leadingWith(hits, (h) => h.clause.text.toLowerCase().includes(span)) : { hits, led: false };
    },
    /**
     * 听说有个绿色低碳工厂可以评，评上了奖多少钱: a detail asked of something the plan names without quoting it — the longest run of the
     * question's words, five characters or more and no 的, that the plan writes word for word in one or two clauses — is asked of what the
     * plan says of it: the hits whose clause writes it come first, in retrieval's order; `led` when one does.
     */
    writtenFirst(hits: ClauseHit[], text: string): { hits: ClauseHit[]; led: boolean } {
      const holding = (run: string) => lowered.filter((c) => c.text.includes(run)).length;
      // (…a name aimed at: 评, 申报 or 认定 said before or after it — not a figure's name, 全省制造业增加值…多少万亿; the last so aimed, nearest
      // the detail asked, and not one told as done or another's: 申报绿色低碳园区没成功, 隔壁厂评上了….)
      const aimed = (piece: string, span: string) => { const at = piece.indexOf(span); return at >= 0 && (AIM_BEFORE.test(piece.slice(0, at)) || AIM_AFTER.test(piece.slice(at + span.length))); };
      // (Each start of a piece is grown only while the plan still writes it: a run the plan does not write has no longer run that it does.)
      const writtenRun = (piece: string) => {
        let best = '';
        for (let from = 0; from + 5 <= piece.length; from++) {
          let to = from + 1;
          while (to <= piece.length && planText.includes(piece.slice(from, to))) to++;
          const run = piece.slice(from, to - 1);
          if (run.length >= 5 && run.length > best.length && !run.includes('的') && holding(run) <= 2) best = run;
        }
        return best;
      };
      let span = '';
      for (const piece of text.toLowerCase().split(/[，。？！,?!；;：:、\s]/).filter((x) => x.length >= 5 && !TOLD_DONE.test(x)).reverse()) {
        const run = piece.split(YEAR).map(writtenRun).reduce((a, b) => (b.length > a.length ? b : a), '');
        if (run !== '' && aimed(piece, run)) { span = run; break; }
      }
      if (!span) return { hits, led: false };
      // (Brought in when retrieval missed it: the story's other words drew other clauses.)
      const missing = lowered.filter((c) => c.text.includes(span) && !hits.some((h) => h.clause.id === c.clause.id)).map((c) => chosenHit(c.clause, hits.at(-1)?.score ?? 0));
      return leadingWith([...hits, ...missing], (h) => h.clause.text.toLowerCase().includes(span));
    },
    /**
     * 规划里有句“实施一个召回、提升一个产业”，这是啥意思; 那个“首版次”是不是就指我们这种: a span the asker quotes, three characters or more,
     * that the plan writes word for word in one clause only (its text or its headings) — that clause comes first; `led` when it does.
     */
    quotedFirst(hits: ClauseHit[], text: string): { hits: ClauseHit[]; led: boolean } {
      const lower = text.toLowerCase();
      // (A programme's name is namingFirst's — unless where the plan writes it is asked: “掌上办事之省”那句在哪一条; a name the plan writes
      // in more than one clause says nothing of which.)
      const whereAsked = WHERE_WRITTEN.test(lower);
      const quoted = [...lower.matchAll(QUOTED_SPAN)].map((m) => m[1]!.replace(/^[，,、\s]+|[，,、。\s]+$/g, '')).filter((q) => q.length >= 3 && (whereAsked || !programmes.some((t) => t.toLowerCase() === q)));
      // (Where it is written asked, each of the few clauses that write it answers: “凤凰行动”那句在哪一条.)
      const held = quoted.map((q) => lowered.filter((c) => c.text.includes(q) || c.path.some((h) => h.includes(q)))).filter((cs) => cs.length === 1 || (whereAsked && cs.length > 0 && cs.length <= 3));
      if (held.length === 0) return { hits, led: false };
      const ids = new Set(held.flatMap((cs) => cs.map((c) => c.clause.id)));
      return leadingWith(hits, (h) => ids.has(h.clause.id));
    },
    /**
     * The plan's names for what the question calls in everyday words (从来没贷过款 → 首贷户拓展行动): the targets of the
     * synonyms it used, of four characters or more, that one sentence of the plan holds.
     */
    namedBySynonyms(query: Pick<AnalyzedQuery, 'synonymsApplied'>): string[] {
      return [...new Set(query.synonymsApplied.flatMap(([, targets]) => targets).filter((t) => t.length >= 4 && sentencesNaming(t) === 1))];
    },
    /**
     * 常听人讲“未来工厂”，到底是啥东西: a programme asked what it is, aimed at (想冲一下小巨人) or counted (小巨人要培育几家) — the hits whose clause names it come
     * first, in retrieval's order,
     * whatever the asker's own trade drew (复合面料 → 新材料); `led` when one does.
     */
    namingFirst(hits: ClauseHit[], question: string): { hits: ClauseHit[]; led: boolean } {
      const named = [...definitionAsked, ...aimedAt, ...countAsked].filter(([t, pattern]) => question.includes(t) && pattern.test(question)).map(([t]) => t);
      const feltAsked = felt.filter(([t, pattern]) => question.includes(t) && pattern.test(question)).map(([t]) => t), strictly = [...named, ...feltAsked];
      // (Felt beside another clause asking the plan of something else, 双控会不会影响我们上新产线，规划里绿色低碳工厂怎么评: first, not alone.)
      // (…alone where every other ask names nothing: 受双控影响，规划里有什么说法.)
      const asking = clausesOf(question).filter((c) => ASKING_CLAUSE.test(c)), feltAlone = asking.length > 0 && asking.every((c) => feltAsked.some((t) => c.includes(t)) || c.replace(BARE_ASK, '').length <= 1);
      const asked = strictly.length > 0 ? strictly : wanted.filter(([t, pattern]) => question.includes(t) && pattern.test(question)).map(([t]) => t);
      const names = (h: ClauseHit) => asked.some((t) => h.clause.text.includes(t));
      if (asked.length === 0 || !hits.some(names)) return { hits, led: false };
      // (Wanted, it answers alone unless a trade or land is asked with it: 袜子行业规划里怎么说, 有没有用地支持.)
      const led = named.length > 0 || (feltAsked.length > 0 ? feltAlone : !/行业|这一?行|产业|用地|土地/.test(question));
      const top = hits[0]?.score ?? 1;
      // The clause whose opening line names it (建设“未来工厂”。) says what it is; others name it among their targets.
      const heads = (h: ClauseHit) => headedBy(h, asked);
      const naming = [...hits.filter((h) => names(h) && heads(h)), ...hits.filter((h) => names(h) && !heads(h))];
      return { hits: [...naming.map((h, i) => (i === 0 ? { ...h, score: Math.max(h.score, top) } : h)), ...hits.filter((h) => !names(h))], led };
    },
    /**
     * Of the hits, those whose clause names a programme the question names — all of them when none does. The clause whose
     * opening line names it (建设“未来工厂”。) comes first: a detail the plan never gives (杭州要评多少家未来工厂) is answered from
     * what it says of the programme, not from a goal that names it among others. `alsoNamed`: the plan's names the synonyms brought in
     * that the question writes word for word (生产许可证快到期了…换证要多少个工作日 — not 审查 of 节能审查).
     */
    namingOnly(hits: ClauseHit[], question: string, alsoNamed: readonly string[] = []): ClauseHit[] {
      const named = [...programmes.filter((t) => question.includes(t)), ...alsoNamed.filter((t) => question.includes(t))];
      const names = (h: ClauseHit) => named.some((t) => h.clause.text.includes(t));
      if (named.length === 0 || !hits.some(names)) return hits;
      const heads = (h: ClauseHit) => headedBy(h, named);
      const naming = hits.filter(names);
      const headed = naming.filter(heads);
      if (headed.length === 0 || heads(naming[0]!)) return naming;
      const top = naming[0]!.score;
      return [...headed.map((h, i) => (i === 0 ? { ...h, score: Math.max(h.score, top) } : h)), ...naming.filter((h) => !heads(h))];
    },
  };
}
