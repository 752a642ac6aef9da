/**
 * How the asker typed, read as the words meant: Traditional characters as Simplified, Wu dialect as Mandarin, a word jieba
 * glued to a particle or a demonstrative without it. Pure over the text and the words it is given. (A programme's name
 * misremembered — a character off, out of order, another head — is names-heard.ts.) (Where the asker says they are — a town or a village after one of
 * the province's places — is villages.ts.)
 */
import * as OpenCC from 'opencc-js';
import { foldQuery } from '../ingest/normalize.js';

const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/**
 * Traditional characters read as Simplified — only in a question that writes one. 么 and 坏 are left as typed: the converter reads a 么
 * standing alone as the Traditional variant of 幺 (有补贴么 → 有补贴幺) and 坏 as one of 坯 (机器一坏 → 一坯), and a question typed in
 * Traditional writes 麼 and 壞 anyway.
 */
const KEPT_AS_TYPED = /([么坏])/;
const toSimplified = (text: string) => (writesTraditional(text) ? text.split(KEPT_AS_TYPED).map((part, i) => (i % 2 === 1 ? part : traditionalToSimplified(part))).join('') : text);
/** Whether a character of the text reads otherwise in Simplified — each character asked of the converter once (most questions have none). */
const convertible = new Map<string, boolean>();
function writesTraditional(text: string): boolean {
  for (const ch of text) {
    if (ch < '\u0080') continue;
    let changes = convertible.get(ch);
    if (changes === undefined) convertible.set(ch, (changes = !KEPT_AS_TYPED.test(ch) && traditionalToSimplified(ch) !== ch));
    if (changes) return true;
  }
  return false;
}

/** The question as read: widths and punctuation folded, Simplified, Mandarin, a year said short in full. */
/** 山区26个县 → 山区26县 (counted.ts), read with the other slips of typing. */
export { uncounted } from './counted.js';

export function normalizeQuestion(raw: string): string {
  return latinParticles(fullYears(readDialect(variantForms(chineseQuotes(unaddressed(toSimplified(foldQuery(raw))))))));
}

/**
 * 想评个'智能工厂', 培育‘小巨人’: a name put in single quotes, as a phone keyboard types them, is quoted as the plan quotes (“智能工厂”) —
 * only Chinese between the two, so an apostrophe in English (don't) stays.
 */
const SINGLE_QUOTED = /['‘]([\u4e00-\u9fff0-9A-Za-z+]{0,10}[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z+]{0,10})['’]/g;
const chineseQuotes = (text: string) => text.replace(SINGLE_QUOTED, '“$1”');

/**
 * 规画, the older written form of 规划 and a common input slip, is the same word: jieba knows it, so the spelling hears it as no slip.
 * 有啥卷, 能领几张卷: 券 (quàn) said juàn and typed 卷, standing alone where a voucher is asked for or taken (the spelling hears it inside
 * a word, 数据卷; alone it is a word of its own) — not 卷 as slang (太卷了, 卷不动, 我们这行有没有卷: a trade or peers said before 有没有) nor a roll (卷材, 钢卷).
 */
const VOUCHER_TYPED = /(?<=(?:啥|什么|哪些|哪种|哪几种|几张|领|发|给|(?<!(?:这行|那行|行业|同行|圈子?)[^，。？！,?!]{0,4})有没有))卷(?![了不死得起来去材帘板料纸筒尺烟发闸门心轴])/g;
const variantForms = (text: string) => text.replace(/规画/g, '规划').replace(VOUCHER_TYPED, '券');

/**
 * 你好呀机器人，…; 小助手你好，…: a greeting that opens the question by calling the service by a name is said to it, and says
 * nothing of what is asked (机器人 there is no industry) — a name only after a greeting or before one, and only when more follows.
 * So is a caller's 喂 checking the line (喂喂听得到吗…), which voice input writes down with no stop after it — said twice, or with a
 * stop or 听得 after it (not 喂料机, 喂养).
 */
const ADDRESSED = /^(?:(?:喂{2,}|喂(?=[，,！!。~\s听]))[，,\s]*(?:喂+)?[，,\s]*(?:听得[到见](?:吗|不|没)?)?[，,！!。~\s]*|(?:(?:你好|您好|哈喽|嗨|hi|hello)[呀啊哇哈]?[，,！!~\s]*(?:机器人|小助手|智能客服|客服|助手|小助理)[呀啊]?|(?:机器人|小助手|智能客服|助手|小助理)[，,\s]*(?:你好|您好)[呀啊]?)[，,！!。~\s]+)(?=\S)/i;
/** Laughter typed after a question (…有啥支持吗 hhh, 哈哈哈): a tone of voice, no word. */
const LAUGHTER = /\s*(?:h{3,}|哈{2,}|呵{2,}|嘿{2,}|(?<!\d)2333+|lol)\s*(?=[？?。！!，,~]*$)/gi;
const unaddressed = (text: string) => {
  const unlaughed = text.replace(ADDRESSED, '').replace(LAUGHTER, '');
  // A message that is only laughter (哈哈哈哈) stays as typed: it is what was said.
  return unlaughed.trim().length > 0 ? unlaughed : text.replace(ADDRESSED, '');
};

/**
 * 规划支持ma, 能贷款me: a question's closing particle typed in pinyin on a phone is that particle (吗, 么, 呢, 吧) —
 * only right after a Chinese character and at the end of the question or before its question mark.
 */
const LATIN_PARTICLE = /(?<=[\u4e00-\u9fff])\s*(ma|me|ne|ba)\s*(?=[？?！!。]?\s*$)/i;
const PARTICLES: Record<string, string> = { ma: '吗', me: '么', ne: '呢', ba: '吧' };
const latinParticles = (text: string) => text.replace(LATIN_PARTICLE, (m) => PARTICLES[m.trim().toLowerCase()]!);

/**
 * 到25年, 截至23年底: a year of the 2020s said by its last two digits after a word of reaching it is that year (2025年) —
 * not 做了25年 (years spent), which no such word comes before.
 */
const SHORT_YEAR = /(到|至|截至|截止到|截止)(2\d)年(?![代来间里多左])/g;
const fullYears = (text: string) => text.replace(SHORT_YEAR, '$120$2年');

/**
 * Wu dialect and the province's other speech typed as spoken (阿拉…, 够弗够, 有啥讲法伐, 该个规划; 温州、台州 渠厂关门爻,
 * 哪恁弄, 何乜人来查): the function words read as Mandarin, so that they are neither cut into strange nouns (阿拉|丁栅 read as
 * 阿拉丁) nor weighed against the plan. Only forms that are not Mandarin words where they stand: 弗 before a verb or adjective
 * or closing a question (not 弗兰克), 伐 closing a clause (not 砍伐), 阿拉 (not 阿拉伯), 渠 before what someone does (not
 * 渠道), 个 closing a clause (not 一个). Written from what the province's speech is known to use, not from one question.
 */
const DIALECT: [RegExp, string][] = [
  // (…and 格个 of Hangzhou, Shaoxing and Ningbo — not the end of a word in 格, 价格个把月, 资格个人.)
  [/该个|搿个|迭个|(?<![价规资风性表人合及严品定体升破出空方网])格个/g, '这个'],
  [/啥个|啥西|啥物事/g, '什么'],
  // Wu 个 closing a clause or before 弗 or 是 is 的 (做综丝个，, 年纪轻个弗肯学, 规划里写个是多少) — not a measure word's (一个, 这个, 几个, 整个).
  [/真个假个/g, '真的假的'],
  [/(?<![\d一二两三四五六七八九十百千万几每各某整半多这那哪该搿迭])个(?=[？?。！!，,\s弗]|是(?!不是)|$)/g, '的'],
  // …and between what is made and the place that makes it (做梭子个厂, 做擀面杖锅盖个木头小厂) — not 搞个厂, 开个作坊.
  [/(?<=做[\u4e00-\u9fff]{2,8})(?<![\d一二两三四五六七八九十百千万几每各某整半多这那哪该搿迭真搞开办建])个(?=[\u4e00-\u9fff]{0,4}(厂|作坊|公司|工场|店))/g, '的'],
  [/阿拉(?!伯|斯加|善|木图)/g, '我们'],
  [/伊拉/g, '他们'],
  // 温州、台州、金华 渠 (he, they) before what they do or own (渠厂关门了) — not 渠道, 水渠, 沟渠.
  [/(?<![水沟河灌修引开])渠(?=[们拉厂家是讲说要个都也不弗呣])/g, '他'],
  // 绍兴话 伢 (we), not the 伢 of 伢子, 小伢儿 (a child).
  [/(?<!小)伢(?![子儿仔崽])/g, '我们'],
  [/侬(?=[是要有们个讲说想做])/g, '你'],
  [/(?<![兰吉洛雷里莱朗罗拉杰])弗(?=[是清晓上好对会要能够来去行懂大多少管搞做知用算灵搭肯敢想])/g, '不'],
  [/(?<![采砍征讨杀步])伐(?=[？?。！!，,\s]|$)/g, '吗'],
  // 弗 and 否 closing a question (有讲法弗, 有人管否) ask it — not 是否, 能否, 可否, 与否.
  [/(?<![兰吉洛雷里莱朗罗拉杰是能可与成然])[弗否](?=[？?。！!，,\s]|$)/g, '吗'],
  // 温州、台州 呣 (not) before a verb (县里呣做); 覅 (don't); 朆 (not yet); 勿 (not).
  [/呣(?=[做是要会肯好有晓管搞弄去来讲说])/g, '不'],
  [/覅/g, '不要'],
  [/朆/g, '没有'],
  [/勿(?=[是要会肯好晓管搞弄去来讲])/g, '不'],
  // 了 said as 爻 (台州、温州) or 嘞; 断脱了 (Wu 脱 after a verb it completes) is 断了.
  [/爻/g, '了'],
  [/嘞/g, '了'],
  [/(?<=[断坏卖用跑关倒忘逃])脱(?=[了])/g, ''],
  // How: 哪恁, 哪亨, 哪介 (台州、宁波) and 哪能 before a verb (上海、嘉兴: 哪能弄) — Mandarin's 哪能 (how could) is rhetorical.
  [/哪恁|哪亨|哪介|哪能(?=[弄办做搞讲说])/g, '怎么'],
  // What: 何乜 (台州、温州), 啥物 (湖州).
  [/何乜|啥物(?!事)/g, '什么'],
  // Chat shorthand by pinyin initials beside Chinese (zf对小厂有啥bt, 有bt伐): 政府 and 补贴 — typed lowercase only (ZF变速箱, BT耳机 name brands and
  // protocols), not inside a Latin word or code (zfb, BT-100), nor bt as slang (太bt了, 是个bt) or a download (bt种子).
  [/(?<![a-zA-Z\d-])zf(?![a-zA-Z\d-])(?=\s?[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s?)zf(?![a-zA-Z\d-])/g, '政府'],
  [/(?<![a-zA-Z\d-])(?<!(?:太|很|好|真|挺|蛮|超|特|么|个)\s?)bt(?![a-zA-Z\d-])(?!\s?(?:种子|下载|站))(?=\s?[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s?)(?<!(?:太|很|好|真|挺|蛮|超|特|么|个)\s?)bt(?![a-zA-Z\d-])(?!\s?(?:种子|下载|站))/g, '补贴'],
  // Cantonese, as Hong Kong and Guangdong owners type it: its own characters for we, he, in, of, have-not, that, some, find, give, look,
  // come, done, thing — none of them Mandarin's.
  [/我哋/g, '我们'],
  [/你哋/g, '你们'],
  [/佢哋/g, '他们'],
  [/佢/g, '他'],
  [/喺/g, '在'],
  [/嘅/g, '的'],
  [/冇/g, '没有'],
  [/嗰|𠮶/g, '那'],
  [/乜嘢|咩嘢/g, '什么'],
  [/啲/g, '些'],
  [/揾/g, '找'],
  [/畀/g, '给'],
  [/睇/g, '看'],
  [/嚟/g, '来'],
  [/咗/g, '了'],
  [/嘢/g, '东西'],
  [/讲法/g, '说法'],
  [/几钿/g, '多少钱'],
  [/不清爽/g, '不清楚'],
  [/该种|搿种|迭种/g, '这种'],
  [/铜钿/g, '钱'],
  // Rain and snow fall (落雨, 落雪) and today is 今朝 — not 今朝有酒, the saying.
  [/落(?=[雨雪])/g, '下'],
  [/今朝(?!有酒)/g, '今天'],
  [/老底子/g, '以前'],
  [/做生活/g, '干活'],
  [/辰光/g, '时候'],
  [/事体/g, '事情'],
  // 恁 (so, 温州、台州) before how much (写得恁好, 恁贵).
  [/恁(?=[好大多少快慢贵难高低远近])/g, '这么'],
];
/**
 * Cantonese words written with Mandarin's characters (边个, 点样, 几多, 呢个, 唔), read so only in a message that also writes one of
 * Cantonese's own characters: in Mandarin they sit inside other words (重点解决, 试点样板, 这边个人, 一边处理).
 */
const CANTONESE_OWN = /[喺嘅冇哋佢嗰𠮶啲揾畀睇嚟咗嘢咩乜]/;
const CANTONESE_WORDS: [RegExp, string][] = [
  [/边个/g, '哪个'],
  [/边度|边处/g, '哪里'],
  [/边间/g, '哪家'],
  // 呢 as this only before a measure word or a place (呢个, 呢度) — Mandarin's 呢 closes a question.
  [/呢度|呢处/g, '这里'],
  [/呢(?=个|间|排)/g, '这'],
  [/(?<![羊咩])咩(?![咩])/g, '什么'],
  [/点样/g, '怎么'],
  [/点解/g, '为什么'],
  [/几多/g, '多少'],
  [/唔该/g, '谢谢'],
  [/唔(?=[是系会要好该知得识使够想能可到明记理])/g, '不'],
];

/** Any of the dialect's words at all: most questions write none, and are read as typed without forty replacements. */
const ANY_DIALECT = new RegExp(DIALECT.map(([pattern]) => pattern.source).join('|'));
function readDialect(text: string): string {
  const cantonese = CANTONESE_OWN.test(text);
  if (!cantonese && !ANY_DIALECT.test(text)) return text;
  const read = DIALECT.reduce((t, [pattern, mandarin]) => t.replace(pattern, mandarin), text);
  return cantonese ? CANTONESE_WORDS.reduce((t, [pattern, mandarin]) => t.replace(pattern, mandarin), read) : read;
}

/**
 * What jieba glues to a word it does not know: a demonstrative before it (这规化) or a sentence particle after it (断供的,
 * 券呢). Without them the word is the plan's (断供, 券) or heard as one (规化 → 规划).
 */
const GLUED_EDGES = /^[这那该此]|[的呢吗啊吧嘛呀了么里是能]$/g;
export const unglued = (word: string) => word.replace(GLUED_EDGES, '');
const FUNCTION_WORD = /^[不没有是的了在就都也和与及把被给对向要会能可很还又才]$/;

/** 断供的 → 断供, 券呢 → 券: the plan's word without what jieba glued to it (one of one character only when rare and no function word: 不了 stays). */
export function ungluedTerm(term: string, inPlan: (term: string) => boolean, isTopicTerm: (term: string) => boolean): string {
  const bare = unglued(term);
  return bare !== term && !inPlan(term) && inPlan(bare) && (bare.length >= 2 || (isTopicTerm(bare) && !FUNCTION_WORD.test(bare))) ? bare : term;
}

/**
 * A potential complement inside a two-character word (落不了地, 上不了市, 贷不到款, 转得了型), or a measure word inside a verb and
 * its object said as one (挂个牌, 贷个款, 上个市, 评个奖).
 */
const INFIXED = /([\u4e00-\u9fff])(?:不了|得了|不到|不成|得成|不上|(?<![一几两这那哪每各某整第有])个|了个)([\u4e00-\u9fff])/g;

/** The plan's two-character words a question writes split by a potential complement or a measure word (县里政策落不了地 → 落地, 挂个牌 → 挂牌). */
export function separatedWords(text: string, inPlan: (term: string) => boolean): string[] {
  return [...new Set([...text.matchAll(INFIXED)].map((m) => m[1]! + m[2]!).filter((word) => inPlan(word)))];
}

/** For each lexicon: every piece of three to eight characters of its terms, with the terms holding it (built once). */
const piecesOf = new WeakMap<readonly string[], Map<string, Set<string>>>();
function termPieces(terms: readonly string[]): Map<string, Set<string>> {
  let pieces = piecesOf.get(terms);
  if (pieces) return pieces;
  pieces = new Map();
  for (const term of terms) {
    for (let from = 0; from < term.length; from++) {
      for (let to = from + 3; to <= Math.min(term.length, from + 8); to++) {
        if (to - from === term.length) continue;
        const piece = term.slice(from, to);
        let holding = pieces.get(piece);
        if (!holding) pieces.set(piece, (holding = new Set()));
        holding.add(term);
      }
    }
  }
  piecesOf.set(terms, pieces);
  return pieces;
}

/**
 * 亩产论英雄, 小薇企业园, 设个什么质量官: words jieba cut apart (论|英雄, 企业|园, 质量|官) that together are part of exactly one of the
 * lexicon's longer terms (亩均论英雄, 小微企业园) and no term themselves — that term, said short or half misspelt. Three characters
 * or more, from two words or more, neither end a preposition or a particle.
 */
export function clippedTerms(cut: readonly string[], terms: readonly string[], isTerm: (word: string) => boolean): string[] {
  const pieces = termPieces(terms);
  const found = new Set<string>();
  const chinese = (w: string) => /^[\u4e00-\u9fff]+$/.test(w);
  // A preposition or particle at either end (在|浙江 of 放心消费在浙江) joins the words around it, not the pieces of one term.
  const edge = (w: string) => /^[在的了和与及是把被给对从向于等也都就还要]$/.test(w);
  for (let from = 0; from < cut.length; from++) {
    if (!chinese(cut[from]!) || edge(cut[from]!)) continue;
    let run = cut[from]!;
    for (let to = from + 1; to < cut.length && chinese(cut[to]!) && run.length < 8; to++) {
      run += cut[to]!;
      if (run.length < 3 || run.length > 8 || edge(cut[to]!)) continue;
      const holding = pieces.get(run);
      if (holding?.size === 1 && !isTerm(run)) found.add([...holding][0]!);
    }
  }
  return [...found];
}

/** 叫双倍什么的, 叫凤凰啥来着: a name half remembered, said by its start and then 什么/啥. */
const NAME_BY_START = /叫(?:做|作)?[“"]?([\u4e00-\u9fff]{2,6}?)[”"]?(?:什么|啥|啥子)(?:的|来着|玩意)?/g;

/** The plan's one term that starts as a name half remembered is said (叫双倍什么的 → 双倍增); none when several do. */
export function namedByItsStart(text: string, terms: readonly string[]): string[] {
  const found: string[] = [];
  for (const [, start] of text.matchAll(NAME_BY_START)) {
    const names = terms.filter((term) => term.length > start!.length && term.startsWith(start!));
    if (names.length === 1) found.push(names[0]!);
  }
  return found;
}
