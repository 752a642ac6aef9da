/**
 * Words jieba may tag a noun that name nothing the scope gate should weigh against: how something is said or counted, not what it is
 * about. Pure over the word and the question's lower-case text.
 */
import { ASKING_CLAUSE, SENTENCE_MARKS, spanAt } from './clauses.js';
import { occurrences } from './cut.js';
import { firmElsewhere } from './other-places.js';
import { VILLAGE_END } from './asker.js';

/** Jieba's cut sometimes glues a verb to its particle (开了个) and tags the piece a noun: it names nothing. */
const GLUED_PARTICLE = /(了|个)$/;
/** Words for how many of something (名额, 个数, 家数, 也有数吗). */
const COUNT_NOUN = /^(名额|个数|家数|总数|数目|数额|有数)$/;
/** The asker's interest or motive (挺感兴趣, 好奇, 评上有面子): why they ask, not what about (jieba tags 感兴趣 a noun). */
const INTEREST = /^(感兴趣|好奇|好奇心|面子)$/;
/** The plan's own wording asked for (原文中…的全称, 原话, 简称): how the plan says it, not another topic. */
const WORDING_NOUN = /^(原文|原文中|原文里|原话|全称|简称|全名|提法|字面)$/;
/** A run of three Latin words or more (I'm a Malaysian exchange student at…): English prose, not a name. */
const ENGLISH_PROSE = /[a-z][a-z'’-]*(?:[ ,]+[a-z][a-z'’-]*){2,}/g;
/** The plan or the province addressed in Chinese. */
const ADDRESSED = /规划|浙江|省里|全省|我省|省政府/;
/** A factory's own lines (装配线, 流水线, 包装线): where the asker works, like 车间 — no topic. */
const PRODUCTION_LINE = /(装配|流水|生产|包装|组装|喷涂|焊接|产)线$/;
/** An adjective with its degree after 得 (多得很, 贵得要命, 难得不得了). */
const DEGREE_SAID = /^[\u4e00-\u9fff]得(很|要命|不得了|厉害|不行|吓人|离谱)$/;

export function namesNothing(term: string, lowerText: string): boolean {
  if (GLUED_PARTICLE.test(term)) return true;
  // 多得很, 贵得要命: a degree said after 得 tells how much, it names nothing (jieba may tag it a name).
  if (DEGREE_SAID.test(term)) return true;
  // 先用, 再用, 都换: an adverb glued to a one-character verb (没人敢先用) is how something is done, whatever jieba tags it.
  if (/^[先都也还再就又][\u4e00-\u9fff]$/.test(term)) return true;
  // 新造的装箱机, 封口机: a word said with 机 after it names a machine, the asker's product or equipment — a factory's own world.
  if (occurrences(lowerText, term).some((at) => /^机(?![构制会关场票遇密要])/.test(lowerText.slice(at + term.length)))) return true;
  // 做手术无影灯的: jieba cuts the trade's verb with the product's first word (做|手术); the product said before 的, at a clause's end, is the
  // asker's (not 做手术花的钱).
  if (/^做./.test(term) && occurrences(lowerText, term).some((at) => /^[^，。？！,?!\s]{1,8}的(?=[，,。；;！!？?\s]|$)/.test(lowerText.slice(at + term.length)))) return true;
  // 我们装配线可以去评个数字化车间: a factory's line is where the asker works; 新款才上市就被照着做了: a maker's model is its own world.
  if (PRODUCTION_LINE.test(term) || /^(新款|爆款|老款|同款|款式)$/.test(term)) return true;
  // 名额够不够, 个数: a word for how many is the shape of a count asked, not its topic.
  if (COUNT_NOUN.test(term)) return true;
  // 对类脑这些挺感兴趣: the asker's interest names nothing.
  if (INTEREST.test(term)) return true;
  // I'm a Malaysian exchange student at 浙大 writing a report. 规划里说…: the asker's English, a sentence of its own before the question,
  // says who asks; a Latin word of it is no name (CBA, LED alone still are) when the Chinese that follows is put to the plan or the province
  // (规划里, 浙江, 省里). A question all in English (Can a foreigner buy an apartment in Yiwu?), or whose Chinese asks no one of ours
  // (我爸妈想来中国住三个月，tourist visa能不能延期), is weighed on its English too.
  if (/^[a-z]/.test(term) && ADDRESSED.test(lowerText) && inEnglishProse(term, lowerText)) return true;
  // 原文口径: the wording's 口径 (not 统计口径, how a statistic is counted).
  if (term === '口径' && /(原文|表述|规划|文件)口径/.test(lowerText)) return true;
  // 规划原文中“金蓝领”是什么行动的全称: a word for the plan's wording is the shape of what is asked, not its topic.
  return WORDING_NOUN.test(term);
}

/**
 * Whether `term` is a whole word of a run of English prose in a sentence of its own (closed by . ! ? or their Chinese marks) before the
 * question's last sentence, with nothing asked in it: a self-introduction (I'm a Malaysian exchange student…). English in the sentence that
 * asks (浙江 work permit for foreign engineers 怎么申请, where to buy cheap flight tickets, 省里有没有补贴) is what is asked.
 */
function inEnglishProse(term: string, lowerText: string): boolean {
  const sentences = lowerText.split(/(?<=[.!?。！？])\s*/).filter((x) => x.trim().length > 0);
  return sentences.slice(0, -1).some((sentence) => {
    if (/[?？]/.test(sentence) || ASKING_CLAUSE.test(sentence.replace(/[a-z'’-]+/g, ' '))) return false;
    for (const [run] of sentence.matchAll(ENGLISH_PROSE)) if (run.split(/[ ,]+/).some((word) => word === term || word.split(/['’-]/).includes(term))) return true;
    return false;
  });
}

/**
 * Which one of an office is asked to handle something (要是走破产，大概要多长时间、去哪个法院办): where the detail asked of the plan's topic
 * is done, not the affair asked about — only with a verb of handling after the office (办, 申请, 受理; not 告, 起诉 or 看, the office's
 * own affair: 去哪个法院告, 去哪个医院看), and in a sentence naming a topic of the plan in its words that is not the asker's own trade
 * (`namesPlanWord`; not 工人受伤了要告我们，去哪个法院, nor 我们做数控机床的…去哪个法院办).
 */
const WHICH_ONE = /哪(个|家|一个|一家|级|里的?)?$/;
const HANDLED = /^(去)?(办|申请|申报|办理|登记|备案|受理|领)/;
export function officeAsked(lowerText: string, word: string, namesPlanWord: (sentence: string) => boolean): boolean {
  const lower = word.toLowerCase();
  const at = occurrences(lowerText, lower);
  return at.length > 0 && at.every((i) => (WHICH_ONE.test(lowerText.slice(Math.max(0, i - 4), i)) && HANDLED.test(lowerText.slice(i + lower.length)) && namesPlanWord(spanAt(lowerText, i, SENTENCE_MARKS)))
    || (USED_WITH.test(lowerText.slice(Math.max(0, i - 5), i)) && USED_FOR.test(lowerText.slice(i + lower.length, i + lower.length + 3)) && namesPlanWord(lowerText)));
}
/**
 * …or a document used to sign in to what the plan names (企业码在哪个APP里下载？要用法人身份证登录吗): a tool of the asking, not the affair
 * asked about — with a verb of using before it and of signing in after it, in a question naming a topic of the plan.
 */
const USED_WITH = /(?:用|凭|拿|刷)[\u4e00-\u9fff]{0,3}$/;
const USED_FOR = /^(?:来|去)?(?:登录|登陆|认证|注册|实名|扫)/;

/** …nor a service trade done, as all that is said (做保安的, 做搬家服务的) — not a product named after it (做保安器材的, 做美发工具的, 做防水卷材的) — nor a meal. */
const SERVICE_DONE = /(?:婚庆|防水|保安|保洁|家政|搬家|跑腿|代驾|维修|修理|美容|美发|美甲|理发|摄影|跟拍|导游|旅游|民宿|养老|托管|家教|月嫂|保姆|房产|物业|租赁|劳务|外包|安装)(?:服务|工作|生意|行业|这行|这一行)?的|饭的|菜的|饭菜/;

/** The verbs of making a thing: 做, 生产, 加工…, 提取 or 榨 of what is drawn from a crop (提甘露醇, 榨果汁), 酿 of a drink. */
export const MAKING_VERBS = '做|生产|加工|制造|造|提取|提炼|提|榨|酿';

/** What a firm's bare support ask means (我们小厂有啥支持): the plan's policies a small firm can have (its 小微 measures, 企业码, 普惠金融). */
export const FIRM_POLICIES_ASKED = '小厂能享受哪些政策';
/** …and the making and place it tells, left out of that ask (在普陀做甘露醇的, 用海带提…的, 做雨伞的), and the product named, Chinese alone (做厨具的 → 厨具; not 做这个的). */
export const PRODUCT_SAID = new RegExp(`(?:${MAKING_VERBS})((?!这|那|啥|什么)[\\u4e00-\\u9fff]{2,8}?)的(?:小厂|厂|工厂|企业|公司|作坊|厂家)?(?=[，,。\\s]|$)`);
export const MAKING_SAID = new RegExp(`(?:在[^，。？！,?!]{1,8}?)?(?:用[^，。？！,?!]{1,6}?)?(?:${MAKING_VERBS})[^，。？！,?!]{1,12}?的`, 'g');

/**
 * The asker's making told: 我们做厨具的, 我们是做螺丝的小厂, 小厂做拉链的, 家里加工竹筷的, 我们在普陀做甘露醇的 — not a job or a trade
 * that makes nothing (做销售的, 做外贸的, 做直播的), nor what others make (隔壁厂做…); the asker alone (我是做保安的) may tell a job.
 */
const MAKING_TOLD = new RegExp(`(?:^|[，,。\\s])(?:我们|咱们|俺们|我家|家里|自家|小厂|厂里|(?:我|咱|俺)(?=家|厂|公司))(?:家|厂|公司)?(?:是|主要|专门|一直|就是|就)?(?:在[^，。？！,?!做]{1,10}|[\\u4e00-\\u9fff]{2,8}?[${VILLAGE_END}村镇乡岛])?(?:用[\\u4e00-\\u9fff]{1,6}?)?(?:${MAKING_VERBS})(?!销售|会计|财务|保险|外贸|贸易|生意|客服|业务|中介|电商|微商|代购|物流|快递|餐饮|服务|行政|人事|装修|工程|教育|培训|直播|主播|自媒体|买卖|运输|设计|咨询|推广|广告)(?!${SERVICE_DONE.source})[\\u4e00-\\u9fff]{1,10}?的(?:小厂|厂|工厂|企业|公司|作坊|厂家)?(?=[，,。\\s]|$)`);

/** …and what is asked is the support there is (有啥支持, 能给点啥支持, 有什么扶持, 有政策吗, 能享受啥). */
const SUPPORT_ASKED = /(?:有|给|能给|能有|会给|有没有|可以给)[^，。？！,?!]{0,4}?(?:啥|什么|哪些|点|些|点儿)?(?:支持|扶持|帮扶|政策|优惠|补贴|好处)|(?:支持|扶持|帮扶|政策|优惠|补贴)(?:有没有|有吗|吗|呢)|能享受(?:啥|什么|哪些)/;

/** …the words of that ask alone, all a firm's bare ask has in the plan (扶持 of 扶持力度, 做 of 做大做强): they choose no clause. */
export const BARE_SUPPORT = /^(?:做|支持|扶持|帮扶|补贴|补助|政策|优惠|好处|享受|奖励)$/;

/** …or the firm the asker's (我们小厂, 我们这种厂子, 厂里, 咱公司). */
const FIRM_TOLD = /(?:我们|我|咱们|咱|俺们|俺)(?:这种|这样的|这个|这家|这些)?(?:小厂|厂子|厂|工厂|作坊|车间|公司|小企业|企业|小微企业)|厂里|小厂/;

/**
 * 我们做厨具的，有啥支持; 我们是做甘露醇的小厂，政府能给点啥支持; 我们小厂有啥扶持: a maker that says what it makes, or a firm that says it
 * is one, asking what support there is for it asks this plan — its measures are for makers — however unknown the product's name is to the
 * plan (支持 and 政策 are stopwords: the bare ask names nothing). Pure over the text.
 */
export function makerAsksSupport(lowerText: string, asking: readonly string[], otherRegions: readonly string[] = [], ownPlaces: readonly string[] = []): boolean {
  // (Not a firm in another place, 我们在三门峡做铝材的: that place's support is asked — unless it is here too, 工厂在诸暨做拉链的.)
  return (MAKING_TOLD.test(lowerText) || FIRM_TOLD.test(lowerText)) && asking.some((c) => SUPPORT_ASKED.test(c)) && !firmElsewhere(lowerText, otherRegions, ownPlaces);
}
