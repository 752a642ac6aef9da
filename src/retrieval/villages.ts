/**
 * Where the asker says they are: a town or a village named right after one of the province's places (上虞永和纸厂, 东阳刨花垱，做…,
 * 林家坵), whose words are a name, not a typo or a topic. Pure over the text and the places it is given.
 */
import { VILLAGE_END } from './asker.js';
import { occurrences } from './cut.js';
import { escapeRegExp } from '../regexp.js';

/**
 * 义乌陇头朱做化妆包的: a piece jieba does not know right after one of the province's places and just before the asker's
 * business (做, 厂) or a village's word is a town or village there — a name, not a typo (陇头 is not 龙头).
 */
export function namesTown(text: string, token: string, isPlace: (word: string) => boolean): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (placedBefore(text, at, isPlace) && TOWN_PIECE_AFTER.test(text.slice(at + token.length))) return true;
  }
  return false;
}

/** One of the province's places (two to four characters) ends right before `at`. */
function placedBefore(text: string, at: number, isPlace: (word: string) => boolean): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return [4, 3, 2].some((n) => before.length >= n && isPlace(before.slice(-n)));
}
/**
 * What follows a town's name when the asker says where they are (永和|纸厂, 东吴|做…) — or a village's last character, then the
 * clause's end, 村 or the asker's business (桑叶|坑，蚕茧烘干; 鸭嘴|岙做…): a name, not a topic.
 */
export const TOWN_AFTER = new RegExp(`^(做|开|镇|乡|村|街道|这边|那边|[^，。？！,?!的]{0,3}(厂|公司|作坊)|[${VILLAGE_END}](?=[，,。\\s]|村|做|开|的|这边|那边|$))`);
/**
 * …or a village named after a family (林家|坵, 汤家|沥, 沈家|祠: a surname and 家, then any last character before the clause's end or the
 * business), whatever its last character is — or any two-character name with one character after it before a pause or the business
 * (刨花|垱，做…; not one saying how or where, 鞋业|多，).
 */
export function townAfter(term: string, rest: string): boolean {
  return TOWN_AFTER.test(rest) || villageAfter(term, rest);
}

/** …the village's own last character after the name: a family's (林家|坵) or any one not saying how or where (刨花|垱, not 租金|高，). */
export function villageAfter(term: string, rest: string): boolean {
  return (/^[\u4e00-\u9fff]家$/.test(term) && /^[\u4e00-\u9fff](?=[，,。\s]|村|做|开|的|这边|那边|$)/.test(rest)) || (term.length === 2 && /^[^多少大小好的了是在有都也很太上下里边头一高低贵难差慢挤忙紧快缺贱热冷远近乱\P{Script=Han}](?=[，,\s]|做|开)/u.test(rest));
}

/** 吴兴八字墙。做…: `match` inside the question's opening clause that is only one of the province's places and a village's name, before the asker's business. */
export function inOpeningPlace(text: string, match: string, places: readonly string[]): boolean {
  const clause = text.split(/[，,。\s]/)[0]!;
  // (…then the asker's business: 杭州明天天气 is a question of its own.)
  if (!/^[\s，,。]*(做|开|生产|专做|主做|我们|我|厂|家里)/.test(text.slice(clause.length))) return false;
  return clause.length <= 8 && clause.includes(match) && places.some((p) => clause.startsWith(p) && clause.length > p.length && !NOT_A_NAME.test(clause.slice(p.length)));
}

/** A verb or a word of the asker's inside what follows the place: not a name there. */
const NAME_BREAKERS = '说要想能是有在了的把被让给搞做买卖听还我看算问找办查请';
const NOT_A_NAME = new RegExp(`[${NAME_BREAKERS}]`);
/** …nor, for a name standing alone before a pause, a word that asks (吗, 啥, 多少). */
const NOT_A_VILLAGE = new RegExp(`[${NAME_BREAKERS}吗呢么啥咋多少几]`);

/**
 * 慈溪八字桥头，新开的小厂…: the question's opening clause, when it is only one of the province's places and a name of two to five
 * characters after it (no verb, no word that asks) ending as places end (PLACE_LAST), is where the asker is — its words are a village's name.
 */
export function inOpeningVillage(text: string, word: string, places: readonly string[]): boolean {
  if (opensWithCounty(text, word)) return true;
  const clause = /^[^，,。\s]{3,9}(?=[，,。\s])/.exec(text)?.[0];
  if (!clause || !clause.includes(word) || !PLACE_LAST.test(clause)) return false;
  return [...places, ...EVERYDAY_COUNTIES].some((p) => clause.startsWith(p) && /^[\u4e00-\u9fff]{2,5}$/.test(clause.slice(p.length)) && !NOT_A_VILLAGE.test(clause.slice(p.length)) && clause.indexOf(word) >= p.length);
}

/**
 * Counties whose names are everyday words too (天台 a rooftop, 临海 by the sea, 江山 a realm), left out of the facet table's places:
 * one of them opening the question, a pause after it (天台的，…; 临海人 …), is where the asker is — not 天台的防水层漏了 — when the
 * question names a business (天台的 …我们厂…; not 天台的，防水做一下多少钱, a household's roof).
 */
const EVERYDAY_COUNTIES = ['天台', '临海', '普陀', '江北', '西湖', '江山', '云和', '开化', '三门', '南湖', '平湖', '路桥'];
const A_BUSINESS = /厂|车间|作坊|公司|企业|园区|工业园|(做|搞|生产|加工)[^，。？！,?!\s]{1,10}的/;
function opensWithCounty(text: string, word: string): boolean {
  if (!EVERYDAY_COUNTIES.includes(word)) return false;
  if (text.startsWith(word) && /^(?:县|市|区)?(?:的|人)?(?:这边|那边|这里)?[，,\s]/.test(text.slice(word.length))) return A_BUSINESS.test(text);
  // (…or, anywhere, said as where the asker is and what they make there, or with a village of its own after it: 我们在普陀做甘露醇的,
  // 我们普陀昆布岙用海带提…的 — not 在天台晒被子.)
  return occurrences(text, word).some((at) => COUNTY_OWNED.test(text.slice(Math.max(0, at - 6), at)) && (MAKES_THERE.test(text.slice(at + word.length)) || VILLAGE_AFTER.test(text.slice(at + word.length))));
}
/** …after the asker (我们在, 我们厂在, 咱们, 俺们) — where they are. */
const COUNTY_OWNED = /(?:我们|我|咱们|咱|俺们|俺|我家|厂|公司)(?:厂|公司|家)?(?:就|是|一直|现在)?(?:在|落在|开在)?$/;
/** …or a village of its own after it (普陀昆布岙用…, 天台坦头镇做…). */
const VILLAGE_AFTER = new RegExp(`^(?:县|市|区)?[\\u4e00-\\u9fff]{1,4}[${VILLAGE_END}村镇乡](?:[，,\\s]|做|搞|生产|加工|开|用)`);
/** …and a making there (做甘露醇的, 用海带提甘露醇的, 开了个厂, 生产…). */
const MAKES_THERE = /^(?:县|市|区)?(?:这边|那边|这里)?(?:做|搞|生产|加工|用[^，。？！,?!]{1,6}?(?:提取|提炼|提|榨|熬|炼|做|制|造)(?![饭菜])|开了?[个家一间]{0,2}小?(?:厂|工厂|作坊|公司))/;

/**
 * …a name ending as places end (桥头, 村, 岙, 垟…) — not a topic told after the city (宁波公积金，怎么提取; 杭州落户政策，要什么条件; 舟山休渔期，…),
 * whose words are what is asked, nor a place inside one (杭州养老院里，: 里 is no village's end).
 */
const PLACE_LAST = new RegExp(`[${VILLAGE_END}头村桥庄街弄巷镇乡]$`);

/** `word`, written once, right after one of the province's places and before the village's own last character (东阳|刨花|垱，). */
export function inVillage(text: string, word: string, isPlace: (word: string) => boolean): boolean {
  const at = text.indexOf(word);
  if (at < 0 || text.indexOf(word, at + 1) >= 0) return false;
  return placedBefore(text, at, isPlace) && villageAfter(word, text.slice(at + word.length));
}

/** The term named right after a place (`place + term`) is a town or village there — or, cut after the surname (平阳钱|家祠), a village named after a family. */
export function townAt(text: string, place: string, term: string): boolean {
  const at = text.indexOf(place + term);
  if (at >= 0 && townAfter(term, text.slice(at + place.length + term.length))) return true;
  return /^家[\u4e00-\u9fff]$/.test(term) && new RegExp(`${escapeRegExp(place)}[\u4e00-\u9fff]${term}(?=[，,。\s]|村|做|开|的|这边|那边|$)`).test(text);
}
/** …and after a piece of one jieba cut off (陇头|朱做…): a character or two of the name may come first. */
const TOWN_PIECE_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?(${TOWN_AFTER.source.slice(1)}|生产|加工|[，,])`);

/**
 * 椒江区退役军人事务局：规划提出…多少个？: an opening clause that is an office's full name (its level first: 省, 市, 县, 区…), then a colon
 * or a pause, is who asks — a clerk of that office; a word of another department's inside the name (退役军人 of 退役军人事务局) is not what is
 * asked. (Not a bare office a citizen writes to of an affair, 医保局：报销比例多少 — a bare one is a clerk's only when the plan is asked after it —
 * nor one a citizen writes of their family's affair to, 市医保局：我妈的药不能报.)
 */
export function inOpeningOffice(text: string, word: string): boolean {
  const clause = (OPENING_FULL.exec(text) ?? OPENING_STAFF.exec(text) ?? (PLAN_ASKED.test(text) ? OPENING_BARE.exec(text) : null))?.[0];
  // (Only the word inside the name: said again after it, 区退役军人事务局：退役军人创业贷款有贴息吗, it is what is asked.)
  return clause !== undefined && clause.includes(word) && !text.slice(clause.length).includes(word) && !OWN_FAMILY.test(text.slice(clause.length));
}
/** The end of an office's name (退役军人事务局, 经信局, 发改委, 投资促进中心). */
const OFFICE = '(?:事务局|局|厅|委员会|委|办公室|中心)';
/** …said in full, its level first (椒江区退役军人事务局：), a section (科, 处) too. */
const OPENING_FULL = new RegExp(`^[^，,：:。？?！!\\s]{0,6}?(?:省|市|县|区|镇|乡|街道)[^，,：:。？?！!\\s]{2,14}?(?:${OFFICE}|科|处)(?:的)?(?=[：:，,\\s])`);
/** …or an office named by one of its staff, with no level (退役军人事务局的同志问：, 我是退役军人事务局的，): a clerk asking too. */
const OPENING_STAFF = new RegExp(`^(?:(?:我是|我们是)[^，,：:。？?！!\\s]{2,16}?${OFFICE}的|[^，,：:。？?！!\\s]{2,16}?${OFFICE}的(?:同志|工作人员|干部|同事))(?:问|想问|咨询)?(?=[：:，,\\s])`);
/** …or a bare office before a colon when what follows asks the plan (退役军人事务局：规划里首台套是啥意思) — not one written to of an affair (医保局：报销比例多少). */
const OPENING_BARE = new RegExp(`^[^，,：:。？?！!\\s]{2,16}?${OFFICE}(?=[：:])`);
const PLAN_ASKED = /[：:][^。？?！!]*规划/;
/** …writing of their own family's affair after it (市医保局：我妈的药不能报): a citizen writing to the office. */
const OWN_FAMILY = /我(?:妈|爸|家|的|老婆|老公|儿子|女儿|爱人|父母)|孩子/;

