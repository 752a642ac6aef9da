/**
 * The scope gate: does the plan cover this question? It refuses only on evidence.
 *
 * Evidence FOR: question words found in the best clauses, their headings or the question cards of those
 * clauses (the words people use for them), directly or through a synonym — each weighing its IDF in the plan.
 * Evidence AGAINST: words naming another department's affair (社保, 公积金, 天气 → data/lexicon/referrals.json),
 * another province or country, a trade outside manufacturing, and nouns that neither the plan nor any card
 * uses (亚运会, 门票). Everything else — 厂里, 车间, 老板, 搞, 咋, 太贵, 十几年 — is framing: it weighs nothing
 * either way, so the everyday words around a plan topic never sink the question.
 *
 * The question is answered when the evidence for it is a real topic of the plan (not only 人, 做, 新) and
 * outweighs the evidence against it; a follow-up borrows the evidence of the question it follows.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
import type { ReferralTable, ReferralTopic } from '../ingest/referrals.js';
import type { CardIndex } from './cards.js';
import type { LexicalIndex } from './lexical.js';
import type { AnalyzedQuery } from './query.js';
import type { ClauseHit } from './retriever.js';

export type RefusalReason = 'no_question' | 'instruction_override' | 'not_plan_question' | 'no_evidence' | 'referral' | 'other_region' | 'other_plan';

export interface ScopeDecision {
  inScope: boolean;
  reason: RefusalReason | null;
  /** 0–1: the share of the weighed evidence that speaks for the plan */
  coverage: number;
  covered: string[];
  /** Words that count against: another department's affair, another place, unknown nouns. */
  against: string[];
  /** Set when the question is another department's affair: who handles it. */
  referral: ReferralTopic | null;
}

/** Attempts to change the assistant's instructions, not questions about the plan. */
const OVERRIDE = /(忽略|无视|忘记|忘掉|不要遵守|不用遵守)(以上|之前|前面|上面|所有|你的|规则|指令|设定)|你现在(是|扮演|假装)|(请|现在|从现在起)(你)?扮演|假装你是|从现在起你是|系统提示|提示词|越狱|新增规则|ignore (all|previous|the above|your)|system prompt|jailbreak|pretend to be/i;
/** Requests for something other than information from the plan: a writing verb with a measure word. */
const NOT_A_QUESTION = /(写|编|创作|作)(一|两|几)?(首|篇|段|个|则)[^，。？]{0,12}(诗|歌|词|作文|文章|小说|故事|笑话|对联|代码|程序|脚本)|写(代码|程序|脚本|诗)|翻译成|译成(英文|英语|日文|中文)|translate|讲个笑话/i;
/**
 * Another plan named outright: a title in 《》, or a topic with its period (教育事业发展“十四五”规划,
 * 数字经济发展十四五规划). "产业规划" or "规划里" alone is how people refer to this plan.
 */
const NAMED_PLAN = /《([^》]{2,40})》|([\u4e00-\u9fa5]{2,16}?)(?:事业)?(?:发展)?[“"]?(?:十四五|十三五|十五五|“十四五”)[”"]?(?:规划|纲要)/g;
/** Questions about the assistant itself, not about the plan. */
const ABOUT_ASSISTANT = /你是(谁|什么|哪)|你叫什么|(用|基于)(的)?(什么|哪个|哪家)的?(大)?模型|你(是不是|是)(人工智能|机器人|ai|真人)/i;

export function isInstructionOverride(text: string): boolean {
  return OVERRIDE.test(text);
}

export interface ScopeKnowledge {
  lexical: LexicalIndex;
  tokenizer: Tokenizer;
  referrals: ReferralTable;
  cards: CardIndex;
  /** The plan's title: its words are about this plan wherever they appear, but say little. */
  title: string;
  /** All clause text of the plan, flattened: a referral word the plan itself uses is not evidence against. */
  planText: string;
}

export interface ScopeOptions {
  /** Minimum share of the evidence that speaks for the plan. */
  minShare?: number;
  /** How many top clauses count as evidence. */
  evidenceDepth?: number;
}

/** Noun-like parts of speech: a noun the plan and the cards never use names something else. */
const NOUN = /^(n|nr|nrt|ns|nt|nz|nw|eng|j|vn)$/;
/** Numerals, measure words, times, pronouns, adverbs, prepositions, conjunctions, particles, directions. */
const FRAMING = /^(m|mq|q|t|tg|r|rr|rz|d|dg|p|c|u[a-z]*|y|e|o|f|zg)$/;
const TITLE_WORD_WEIGHT = 0.3;
/** The evidence for must weigh at least one moderately rare plan word (not 人, 做, 新). */
const MIN_EVIDENCE = 2.2;
/** A referral word, another place or a trade weigh like the plan's rarest word, times this. */
const AGAINST_WEIGHT = 1.3;
/** A previous question's evidence counts this much in a follow-up. */
const HISTORY_EVIDENCE = 0.6;
/** jieba gives words outside its dictionary its average IDF, 11.7386. */
const OOV_IDF = 11.7386;

const flat = (text: string) => text.toLowerCase().replace(/[\s\p{P}]/gu, '');

/** Words after a place that make the question about that place's own policy: 江苏的补贴, 上海市的规划, 美国的芯片法案. */
const PLACE_POLICY = /^[^，。？！,?!浙]{0,10}?(政策|补贴|补助|规划|法案|规定|标准|扶持|优惠|奖励|措施|办法)/;

/**
 * The referral words a question uses (every one, longer words first; a word inside a longer one counts once)
 * and the other places whose own policy it asks about. A place mentioned as context ("想从上海挖个研发
 * 总监", "欧洲客户要碳数据") is not evidence against; "江苏那边的补贴标准" is.
 */
export function scopeMarkers(text: string, referrals: ReferralTable, planText: string): { referrals: { topic: ReferralTopic; word: string }[]; regions: string[] } {
  const lower = text.toLowerCase();
  const found: { topic: ReferralTopic; word: string }[] = [];
  for (const topic of referrals.topics) {
    for (const word of topic.words) {
      const w = word.toLowerCase();
      if (lower.includes(w) && !planText.includes(w)) found.push({ topic, word: w });
    }
  }
  found.sort((a, b) => b.word.length - a.word.length);
  const kept = found.filter((f, i) => !found.slice(0, i).some((g) => g.word.includes(f.word)));
  const regions = referrals.otherRegions.filter((region) => {
    for (let at = lower.indexOf(region.toLowerCase()); at >= 0; at = lower.indexOf(region.toLowerCase(), at + 1)) {
      if (PLACE_POLICY.test(lower.slice(at + region.length))) return true;
    }
    return false;
  });
  return { referrals: kept, regions };
}

/** Verbs that say the asker runs a business: 开餐馆, 做民宿, 跑网约车, 经营一家理发店. */
const RUNS = /(开|做|经营|搞|办|干|跑|是)[了个家一间]{0,2}$/;

/**
 * The trade outside manufacturing that the asker says they run ("想在杭州开家面馆", "养猪场一年出栏…"), or
 * null. Mentioning one is not running one: "年轻人宁愿送外卖" is about hiring. A profile field that names the
 * business (`asField`) needs no verb.
 */
export function runsTradeOutsideManufacturing(text: string, referrals: ReferralTable, { asField = false } = {}): string | null {
  let found: { word: string; at: number } | null = null;
  for (const word of referrals.nonManufacturing) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const after = text.slice(at + word.length, at + word.length + 3);
      const runs = asField || /^(养|种)(猪|鸡|鸭|鹅|鱼|虾|牛|羊|殖|植|菜|花|地|田)/.test(word) || RUNS.test(text.slice(Math.max(0, at - 4), at)) || /^(老板|店主|经营者|业主)/.test(after) || at === 0;
      if (runs && (!found || at < found.at)) found = { word, at };
    }
  }
  return found?.word ?? null;
}

/** Another plan than ours named in the question ("浙江省教育事业发展十四五规划"). */
export function namesOtherPlan(text: string, title: string): string | null {
  for (const match of text.matchAll(NAMED_PLAN)) {
    const topic = (match[1] ?? match[2]!).replace(/^(浙江省|浙江|省|国家|全国|市|我省)/, '').replace(/(的|里|中|上)$/, '').replace(/[“”"]|十四五|规划$/g, '');
    if (topic.length < 2) continue;
    // 本规划, 这个规划, 规划里: ours. A topic word of our own title is ours too (先进制造业, 制造业基地).
    if (/^(本|这个|这份|该|此|那个|整个|你们的?|这)/.test(topic) || title.includes(topic) || [...topic].every((ch) => title.includes(ch))) continue;
    return match[0];
  }
  return null;
}

export function scopeGate(query: AnalyzedQuery, hits: ClauseHit[], knowledge: ScopeKnowledge, { minShare = 0.55, evidenceDepth = 5 }: ScopeOptions = {}): ScopeDecision {
  const { lexical, tokenizer, referrals, cards } = knowledge;
  const refuse = (reason: RefusalReason, extra: Partial<ScopeDecision> = {}): ScopeDecision => ({ inScope: false, reason, coverage: 0, covered: [], against: [], referral: null, ...extra });
  // The resolved question includes a follow-up's previous question: an override hidden there counts too.
  if (OVERRIDE.test(query.resolved)) return refuse('instruction_override');
  if (NOT_A_QUESTION.test(query.text) || ABOUT_ASSISTANT.test(query.text)) return refuse('not_plan_question');
  const otherPlan = namesOtherPlan(query.text, knowledge.title);
  if (otherPlan) return refuse('other_plan', { against: [otherPlan] });

  const previousTerms = query.isFollowUp ? query.terms.filter((t) => !query.ownTerms.includes(t.term) && t.weight < 1).map((t) => t.term) : [];
  if ((query.ownTerms.length === 0 && previousTerms.length === 0) || hits.length === 0) return refuse('no_question');

  const top = hits.slice(0, evidenceDepth);
  const evidence = flat(top.map((h) => `${h.clause.path.join('')}${h.clause.text}`).join(''));
  const cardEvidence = flat(top.flatMap((h) => cards.cardsOf(h.clause.id).map((c) => [...c.questions, ...c.keywords].join(''))).join(''));
  const title = flat(knowledge.title);
  const tags = tokenizer.partsOfSpeech(query.text);

  let support = 0;
  let against = 0;
  const covered: string[] = [];
  const againstWords: string[] = [];
  const markers = scopeMarkers(query.text, referrals, knowledge.planText);
  const { regions } = markers;
  const referral = markers.referrals[0] ?? null;
  const strong = lexical.maxIdf * AGAINST_WEIGHT;
  for (const marked of [...markers.referrals.map((r) => r.word), ...regions]) {
    against += strong;
    againstWords.push(marked);
  }
  const markerWords = [...markers.referrals.map((r) => r.word), ...regions];
  const isMarker = (term: string) => markerWords.some((w) => w.includes(term) || term.includes(w));

  const weigh = (term: string, share: number) => {
    if (isMarker(term)) return;
    // Numbers, measure words, times, pronouns, adverbs and particles frame a question; they are nobody's topic.
    const tag = tags.get(term) ?? tokenizer.partsOfSpeech(term).get(term) ?? 'x';
    if (FRAMING.test(tag)) return;
    const single = term.length === 1 ? 0.5 : 1;
    const inPlan = lexical.has(term);
    const parts = inPlan ? [term] : tokenizer.subWords(term).filter((w) => w.length >= 2 && w !== term && lexical.has(w));
    const probe = parts.length > 0 ? parts : [term];
    const inTitle = probe.some((p) => title.includes(p));
    const viaSynonym = query.synonymsApplied.some(([word, targets]) => word.toLowerCase().includes(term) && targets.some((t) => evidence.includes(flat(t)) || cardEvidence.includes(flat(t))));
    const found = inTitle || viaSynonym || probe.some((p) => evidence.includes(p) || cardEvidence.includes(p));
    const idf = parts.length > 0 ? Math.max(...parts.map((w) => lexical.idf(w))) : lexical.maxIdf * 0.6;
    if (found) {
      // A word only the cards use is people's word for the topic: it speaks for the plan, a little less.
      const weight = (inPlan || parts.length > 0 || viaSynonym ? idf : lexical.maxIdf * 0.6) * single * (inTitle ? TITLE_WORD_WEIGHT : 1);
      support += weight * share;
      covered.push(term);
      return;
    }
    // Not among the best clauses. A word of the plan or of any card is still the plan's vocabulary: not
    // evidence against. A noun nobody in the plan's world uses is.
    if (share < 1 || inPlan || parts.length > 0 || term.length === 1 || cards.vocabulary.has(term)) return;
    if (!NOUN.test(tag)) return;
    const general = tokenizer.generalIdf(term);
    // Outside jieba's dictionary: usually segmentation debris, not a topic — but a Latin word (CBA) is a name.
    if (Math.abs(general - OOV_IDF) < 0.001 && !/[a-z]/.test(term)) return;
    const specificity = Math.min(Math.max((general - 5) / 2, 0), 1.2);
    if (specificity === 0) return;
    against += lexical.maxIdf * specificity;
    againstWords.push(term);
  };
  for (const term of query.ownTerms) weigh(term, 1);
  for (const term of previousTerms) weigh(term, HISTORY_EVIDENCE);

  const total = support + against;
  const coverage = total > 0 ? support / total : 0;
  const decision = { coverage, covered, against: againstWords, referral: referral?.topic ?? null };
  if (support >= MIN_EVIDENCE && coverage >= minShare) return { inScope: true, reason: null, ...decision };
  const reason: RefusalReason = referral ? 'referral' : regions.length > 0 && support > 0 ? 'other_region' : support === 0 && against === 0 && query.ownTerms.length === 0 ? 'no_question' : 'no_evidence';
  return { inScope: false, reason, ...decision };
}
