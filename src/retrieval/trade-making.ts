/**
 * Whether a trade's runner also makes goods of their own (自己也焊了几台播种机卖, 我们自己也生产康复器械), resells others' (卖别人厂里做的…), or
 * only read an industry's name in the plan (看到规划里讲“人工智能+”): what tradeOutsideManufacturing (trade.ts) weighs before it names the
 * trade. Pure over the question's text.
 */
import { facetsInText, type FacetTable } from '../ingest/facets.js';
import { PLAN_NAMED } from './asked.js';
import { QUOTES_PLAN } from './quoted.js';

/**
 * An industry word only in clauses that say what the plan says (PLAN_SAYS: 看到规划里讲“人工智能+”): read there, not made — unless the asker
 * tells a making of their own in a clause of its own (我开养老院的，我们自己也生产康复器械，看到规划里讲医疗器械), not the trade itself (我们做直播带货的).
 */
export const readInPlan = (lower: string, word: string, trade: string) => {
  const clauses = lower.split(CLAUSE_MARKS);
  return lower.includes(word) && !clauses.some((c) => OWN_MAKING.test(c) && !c.includes(trade) && !planTold(c)) && clauses.every((c) => !c.includes(word) || planTold(c));
};
/**
 * …said as the plan's: the plan quoted as the asker tells it (quoted.ts `QUOTES_PLAN`: 规划不是说发展高性能医疗器械嘛, 你们不是讲要…), or
 * as what it says or backs (asked.ts `PLAN_SAYS` is the bare case of `PLAN_BACKS`: 规划里讲, 规划不是支持机器换人嘛, 规划里到处写“人工智能”).
 */
const PLAN_BACKS = /规划[里上中]?(?:不是|也|还|都|老是?|到处|处处|一直)?(?:在)?(?:说|讲|写|提|支持|鼓励|提倡|扶持)/;
const planTold = (clause: string) => QUOTES_PLAN.test(clause) || PLAN_BACKS.test(clause);
/** An industry a trade serves, said after its service verb (主要修新能源车, 专门洗汽车, 卖的是智能家电): what it repairs, washes or sells, not makes. */
const SERVICE_VERB = /(?:(?<![装维])修|维修|保养|洗|卖|销售|出租|租)(?:的是|的都是|各种|各类)?[^，。？！,?!的]{0,4}$/;
/** A shop that serves an industry's goods or teaches it, right after the industry's word (机器人培训班, 汽车维修店, 手机专卖店). */
const SERVICE_SHOP = /^[\u4e00-\u9fff]{0,2}?(?:培训班|培训学校|培训机构|兴趣班|辅导班|维修店|维修部|修理店|修理铺|专卖店|体验店|4s店|洗车店|美容店)/;
/**
 * …or used in the trade's work (都是机器人干, 全靠机器人, 装了送菜机器人), or the support asked for it (省里扶持机器人、智能制造的钱), or the kind of the trade's
 * own premises (机器人餐厅, with `trade`): a restaurant run with robots is no robot maker.
 */
const USED_OR_BACKED = /(?:(?:都是|全是|全靠|靠|用上?了?|装了|上了|买了|引进了?)[\u4e00-\u9fff]{0,4}|(?:扶持|支持|补贴|奖励|资助|补助)[^，。？！,?!的]{0,8})$/;
export const servedByTrade = (lower: string, word: string, trade = ''): boolean => {
  const w = word.toLowerCase();
  // (The trade within the first two characters after the word, only Chinese between: 机器人餐厅, 机器人主题餐厅.)
  const kindOf = (after: string, at = trade === '' ? -1 : after.indexOf(trade)) => at >= 0 && at <= 2 && /^[\u4e00-\u9fff]*$/.test(after.slice(0, at));
  let served = false;
  // (…or read in the plan or asked of it, after the plan named in its clause: 规划里说要打造新能源汽车产业基地, 规划里新能源汽车的扶持能拿吗 beside 主要修新能源车.)
  // (…or before the shop that serves it, 机器人培训班, 新能源车维修店: what it teaches or keeps, not makes.)
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (SERVICE_VERB.test(lower.slice(Math.max(0, at - 8), at)) || SERVICE_SHOP.test(lower.slice(at + w.length)) || (trade !== '' && (USED_OR_BACKED.test(lower.slice(Math.max(0, at - 6), at)) || kindOf(lower.slice(at + w.length))))) served = true; else if (!PLAN_NAMED.test(lower.slice(0, at).split(CLAUSE_MARKS).pop() ?? '')) return false;
  return served;
};
/** …and an industry whose goods the shop sells, made by others (卖别人厂里做的沙发床垫, 自己不生产): no making of the asker's. */
export const RESELLS = /卖(?:的是|的都是)?(?:别人|人家|别家|厂家)(?:厂里|厂家|家|厂)?(?:做|生产|造|加工)的|(?:自己|我们|我)(?:不生产|不加工|不做生产)/;
export const RESELLS_ALL = new RegExp(RESELLS.source, 'g');
/** …unless the asker tells a making of their own besides (后面车间自己做实木家具, 自己办了个小厂做女装): a maker who also resells. */
export const OWN_MAKING = /(?:自己|我们|自家|咱们)(?:也|还)?(?:做|生产|加工|制造|组装)|(?:自己|我们|我|自家|咱们)(?:的|家)?(?:也|还)?(?:有|办|开)?(?:了)?(?:个|一个|家)?(?:小)?(?:厂|工厂|加工厂)|车间|作坊/;

/**
 * Goods the asker made themselves, counted, and sold (自己也焊了几台播种机卖, 还组装了十几台卖给农户, 也做了几批衣服卖): a making of theirs.
 * Not a time spent (还做了两个月), nor what is made and not sold (自己做了一个小程序, 还做了几条短视频, 几个新菜); said with a bare 做, only
 * machines or vehicles (做了几台, 几辆) or goods of an industry the plan names (几批衣服) — not 几套课件, 几个相册, 几批果干. Goods said by 些
 * (自己组装一些板式家具卖) are counted too — made, produced or processed so (做, 生产, 加工) only when of an industry the plan names (not
 * 加工一些果干, 生产一些面包). A bare 装 is an assembling only of vehicles sold as they are, in one clause (自己也装了几台电动车卖, 装一些
 * 电动车卖给村里人) — not what a trade installs to sell by (装了几台充电桩卖电, 几台售货机卖饮料, 两台储能柜，多的电卖给电网), nor the
 * appliances it installs for its buyers (装了几台热水器卖出去, 几台监控卖给小区).
 */
const MADE_OF_OWN = /(?:自己|也|还)(做|造|焊|组装|装配|装|生产|加工|铸|打造)[了出起过]?[几一两三四五六七八九十百千\d]+[多来]?([台套批个件辆条只把些])(?!月|星期|小时|钟头|礼拜)([^。？！?!；;]{0,16}?)(?:卖|出售|销售|售出|出货)/g;
/** …unless someone else makes them (客户自己也焊了几台, 隔壁…自己也加工了几批) or it is denied (不是自己做了几台卖, 以前没自己做几台), in the clause before. */
const MADE_BY_OTHERS = /别人|人家|他们|(?<!其)他|她|客户|农户|隔壁|邻居|朋友|亲戚|同行|有人|不是|没有?|从不|并不/;
/**
 * …or goods the asker crafts by hand to sell, with a craft's own verb (自己缝虎头鞋自己摆摊卖, 手工编的竹篮拿到集市上卖): a family workshop that sells
 * what it makes where it can — not food made to sell on the spot (摆摊卖糖画, 自己做煎饼卖), whose verbs (做, 画, 烤) are no craft's.
 */
const CRAFTED_OWN = /(?:自己|自家|亲手|手工)(?:也|还|都)?(?:手工)?(?:缝|织|绣|编|雕|刻|扎|染)[了出的制好]?([^。？！?!；;]{1,16}?)(?:卖|出售|销售)/g;
/**
 * (…counted for a trade that sells goods — a stall, a shop of goods, one the table does not list (小店, 手工皮具店) — not a service whose own work
 * the verb names (饭店的腊肉自己扎好, 理发店自己染的头发, 培训班自己编的教材, 婚庆自己扎的花), nor one that says it makes nothing (商贸, 租赁); and
 * not food, whatever the verb (自己染的红鸡蛋, 扎的粽子).)
 */
const GOODS_TRADE = /^(?:摆摊|菜摊|超市|便利店|小卖部|服装店|母婴店|零售|代购|一件代发|直播带货)$/;
export const craftsSold = (trade: string, listed: readonly string[]): boolean => GOODS_TRADE.test(trade) || (!listed.includes(trade) && trade !== '商贸' && trade !== '租赁');
const FOOD = /蛋|粽|腊|肉|肠|糖|糕|饼|馒头|包子|饺|汤圆|青团|麻糍|豆腐|咸菜|泡菜|酱|零食|小吃|熟食|卤|茶叶|米酒/;
export function madeOfOwn(text: string, facetTable: FacetTable, crafts: boolean): boolean {
  if (crafts && [...text.matchAll(CRAFTED_OWN)].some((m) => !FOOD.test(m[1]!) && !MADE_BY_OTHERS.test(text.slice(0, m.index).split(/[，。？！,?!；;\s]/).pop()!))) return true;
  return [...text.matchAll(MADE_OF_OWN)].some((m) =>
    !MADE_BY_OTHERS.test(text.slice(0, m.index).split(/[，。？！,?!；;\s]/).pop()!) &&
    (m[1] === '装'
      ? (m[2] === '辆' || /车(?!载)/.test(m[3]!)) && !/[，,]/.test(m[3]!) && /^(?:[给出了掉的，。？！,?!\s]|$)/.test(text.slice(m.index + m[0].length))
      : (m[1] !== '做' && (m[2] !== '些' || !/生产|加工/.test(m[1]!))) || /[台辆]/.test(m[2]!) || facetsInText(m[3]!, facetTable, 'industry').length > 0));
}

const OWN_FACTORY_BESIDES = /(?:另外|同时|而且|也|还)(?:自己)?(?:有|开了?|办了?)(?:个|一个|家|一家)?(?:自己的)?(?:小)?[^，。？！,?!；;]{0,8}?(?:厂|工厂|加工厂|厂子|作坊)(?![长房区租址家商里])/;
const OTHERS_FACTORY = /隔壁|旁边|附近|对面|村里|镇上|邻居|朋友|亲戚|别人|人家|他们|他家|她家|同学/;
/** A factory that supplies the asker (还有个食品厂给我们供货, 底料厂找我合作) is someone else's — unless the asker says it is theirs (我们还有个服装厂给别的店供货, 我们还开了个小作坊给我们店做珍珠). */
const SUPPLIES_ASKER = /供货|给我们|给我|找我/;
const OWN_SAID = /(?:我们|咱们|自己|自家)(?:也|还|另外|同时)+(?:自己)?(?:有|开了?|办了?)/;
/** One who runs a factory of their own besides the trade (另外还有个做竹制品的小厂, 也有自己的食品加工厂): not a neighbour's, nor one that supplies them. */
export function ownFactoryBesides(text: string): boolean {
  return text.split(CLAUSE_MARKS).some((c) => OWN_FACTORY_BESIDES.test(c) && !OTHERS_FACTORY.test(c) && !(SUPPLIES_ASKER.test(c) && !OWN_SAID.test(c)));
}
/** The trade only in clauses where it comes to the asker, who names the plant as theirs (开饭店的老板找我们定做灶具，我们厂想上自动焊接线): a customer's. */
export function customersTrade(text: string, trade: string): boolean {
  const clauses = text.split(CLAUSE_MARKS).filter((c) => c.includes(trade));
  return OUR_PLANT.test(text) && clauses.length > 0 && clauses.every((c) => SUPPLIES_ASKER.test(c));
}
/**
 * A maker's question relayed by the trade that serves it (我是代账公司的，帮乐清一家做钢琴铰链的厂记账。老板问我…，答应帮他问问): the factory
 * asks, not the bookkeeper — a factory of someone else's named (一家…厂, 客户的厂) and the asking said to be theirs (老板问我, 帮他问问).
 */
export function relaysMakersAsk(text: string): boolean {
  return RELAYED.test(text) && CLIENT_FACTORY.test(text) && !ASKS_FOR_ITSELF.test(text);
}
/** …unless the office asks for itself too (客户老问我…，我们代账公司自己能不能也享受？): its own support is asked. */
const ASKS_FOR_ITSELF = /(?:我们|我|咱们)(?:[^，。？！,?!]{0,6}?(?:公司|所|行|店))?(?:自己)(?:能不能|可不可以|能否|可以|能)?(?:也)?(?:享受|申请|拿|用|报)|(?:我们|我|咱们)[^，。？！,?!]{0,6}?(?:公司|所|行|店)?(?:能不能|可不可以|能否)也(?:享受|申请|拿|报)/;
/**
 * …or a trade that says it makes goods of its own, at a plant or on machines of its own (广告公司，主要业务其实是自己工厂生产亚克力展架; 图文店，
 * 也接包装盒印刷的活，有自己的印刷机和模切机): an office that also makes — not a client's plant (客户自己的工厂), nor a making bought.
 */
export function makesOfItsOwn(text: string, trade: string): boolean {
  if (OWN_PLANT_MAKES.test(text) || OWN_MACHINES.test(text) || MAKING_WORK_TAKEN.test(text)) return true;
  // (A plant meant to be opened makes a maker only when what is asked after it is not the trade's own: 我开民宿的，也想开个厂，民宿有补贴吗 asks the inn's.)
  const planned = PLANT_PLANNED.exec(text);
  return planned !== null && !text.slice(planned.index + planned[0].length).includes(trade);
}
const OWN_PLANT_MAKES = /(?<!客户|他们|人家|别人|老板|隔壁)(?:自己|自家)的?(?:小)?(?:工厂|厂子?|车间|作坊|生产线)(?:里|上)?(?:生产|做|加工|制造|印|造|组装)/;
const OWN_MACHINES = /(?<!客户|他们|人家|别人|对方|隔壁|朋友|亲戚|都)有自己的[^，。？！,?!]{0,8}(?:工厂|厂房|生产车间|作坊|生产线|印刷机|模切机|机床|雕刻机|切割机|注塑机)/;
/** …or one that means to open a plant (典当行老板，想开个小工厂做首饰加工; 做劳务派遣的，想转型开个电子组装厂): a maker to be. */
const PLANT_PLANNED = /(?<!客户|他们|人家|别人|对方|老板|隔壁|朋友|亲戚)(?:想|要|准备|打算|计划)(?:转型)?(?:自己)?(?:开|办|建)[个一家间座]{0,2}(?:小)?[^，。？！,?!]{0,8}?(?:厂|工厂|作坊)(?![长房区租址家商里店])/;
const MAKING_WORK_TAKEN = /(?:也|还|另外|顺便)(?:接|做|承接)[^，。？！,?!]{0,8}(?:印刷|加工|生产|制作|雕刻|注塑|焊接)的?(?:活|业务|订单|单子)/;
/** The text without the clauses that tell what the plan says (规划说推动企业应用机器人): the plan's 企业 is no business of the asker's. */
export const withoutPlanTold = (text: string): string => text.split(/(?<=[，。？！,?!；;])/).map((c) => (planTold(c) ? '，' : c)).join('');
const RELAYED = /(帮|替|给)(他|她|他们|人家|客户|老板|厂里|厂家)(问问|问一下|问一问|打听|咨询)|(老板|厂长|客户|他们厂|那家厂)[^，。？！,?!]{0,4}(问我|让我问|托我问|叫我问|让我帮忙问)/;
const CLIENT_FACTORY = /(一家|那家|这家|客户的?|他们的?)[^，。？！,?!]{0,14}(厂|工厂)(?![长房区租址])/;
/** A clause's end. */
const CLAUSE_MARKS = /[，。？！,?!；;]/;
const OUR_PLANT = /(?:我们|咱们|俺们|我)(?:的|自己的)?(?:小)?(?:厂|工厂|厂子)(?![长房区租址家商里])/;

/**
 * The asker saying they make nothing themselves: 只卖不生产, 只做贸易, 纯贸易, 纯做仓储 (not 物流 or 配送: the plan's 4.3.2 asks 物流运输 firms to extend into making; nor 不单纯做…), 自己不生产(东西), 不自己生产 or a clause of its own, 不搞生产, said to a clause's end (not 我们不生产电池，只做外壳:
 * a factory that does not make one thing; nor a brand that has others make for it, 没有工厂，找人代工, which the plan's 品牌 speaks to) —
 * or rent out what they buy (买来租给人家, 购进一批发电机出租给…, 我们是搞舞台设备出租的, 做工程机械租赁的公司, 专门做模板租赁; not 厂房…出租,
 * nor 融资租赁).
 */
export const SELLS_ONLY = /只卖不(生产|做|造)|只(做|搞)(贸易|销售|批发|代理)(?![^，。？！,?!]{0,4}(工厂|厂))|(?<!单|不|不是)纯做?(贸易|销售|代理|批发|仓储)|(自己|我们|我|^|[，,])(家)?(不生产|不做生产|不搞生产)(?:东西|产品)?(?=[，。？！,?!也]|$)|不自己(?:生产|加工|做)(?=[，。？！,?!]|$)|(?:买|购)(?:来|回来|进来|进|了|入)[^，。？！,?!]{0,8}(?:租给|出租给?)|(?:我们|我|咱们?|俺)家?(?:企业|公司)?(?:是|就是)?(?:专门)?(?:搞|做|干|开)(?![^，。？！,?!\s]{0,10}(?:厂房|车间|厂|仓库))[^，。？！,?!\s]{0,10}(?:出租|(?<!融资)租赁)(?:的)?(?:公司|企业|生意)?(?=[，。？！,?!\s]|$)/;
/**
 * What a renting firm says it makes, once its renting (做脚手架租赁的, 出租), whom it rents to (租给周边的厂), what it says it does not make (不自己
 * 生产) and a category it asks to be counted in (算不算共享制造) are set aside: a factory, a workshop or a making of its own (我们是做模具的,
 * 开厂做服装的, 自己生产脚手架) — not 公司 or 企业, which a renting firm is too.
 */
export function makesBesidesRenting(text: string): boolean {
  const rest = text.replace(/(?:租给|出租给|租赁给)[^，。？！,?!]*/g, '，').replace(/(?:做|搞|干|开)[^，。？！,?!做搞干开的]{0,10}?(?:出租|租赁)|出租|租赁/g, '，')
    .replace(/不(?:自己|再)?(?:生产|加工|制造|做)/g, '，').replace(/算(?:不算|是)?[^，。？！,?!算]{1,14}/g, '，');
  return /厂|车间|作坊|生产|加工|(?<!智能)制造|代工|(?:我们|我|咱们)(?:是|家)?(?:专门)?做[\u4e00-\u9fff]{1,8}的/.test(rest);
}

/**
 * …or what a firm that makes nothing says it does for making (不搞生产，帮工厂做产品设计; 不自己生产，找代工厂贴牌; 纯做物流，想往制造服务业延伸): research, design, its own
 * brand made by others, or a service firm's extension into manufacturing — the plan's 服务型企业向制造环节延伸 (4.3.2), not a shop or a trader's counter.
 */
export const servesMaking = (text: string): boolean => /(?<!没有|没|不搞|不做|不)研发|(?:工业|产品|外观|结构|包装|研发)设计|设计(?:公司|院|服务)|(?:自有|自己的|我们的)品牌|品牌(?:运营|授权)|贴牌|代工|委托(?:加工|生产)|制造服务|向制造(?:环节)?延伸|往制造[^，。？！,?!]{0,4}延伸|供应链(?:服务|协同|管理)|(?:给|为|帮)[^，。？！,?!]{0,8}(?:工厂|厂|制造业?企业)[^，。？！,?!]{0,4}(?:做|提供)[^，。？！,?!]{0,6}(?:设计|研发)|总集成|总承包/i.test(text);

/**
 * A renovation (装修) said in a clause that names premises (厂房, 车间, 厂里, 我们厂) — not the trade said of oneself with 的, 我们是做厂房装修的,
 * nor a renovation firm, 装修公司.
 */
export const RENOVATION = /^装修$/;
const PREMISES = /厂房|车间|厂区|厂里|工厂|仓库|办公楼|展厅|(?:我们|我|咱们|咱|俺们|自己|自家)的?厂/;
const RENOVATION_RUN = /(?:做|搞|干|是)[^，。？！,?!]{0,6}装修[^，。？！,?!]{0,4}的|装修(?:公司|队|工程队|师傅|老板)/;
export function premisesRenovated(text: string, at: number): boolean {
  const clause = text.slice(Math.max(...[...'，,。？！?!；;'].map((c) => text.lastIndexOf(c, at))) + 1).split(/[，,。？！?!；;]/)[0]!;
  return PREMISES.test(clause) && !RENOVATION_RUN.test(clause);
}

/**
 * A trade named as who buys from the asker (买机器的养殖户, 买我们烘干机的茶农), not the asker said to be one: 我是买饲料的养殖户, 我们这种买不起大设备的养殖户,
 * 本人是买了烘干设备的茶农 — the asker in the clause before the purchase, unless what is bought is the asker's own (买了我们设备的).
 */
export const buyerAt = (text: string, at: number) => { const run = /买([^，。？！,?!]{1,8})的$/.exec(text.slice(Math.max(0, at - 10), at)); if (!run) return false; const clause = text.slice(0, at - run[0].length).split(/[，。？！,?!；;]/).pop()!; return /^(?:了|过)?(?:我们|咱们|俺们|我家|我厂|本厂)/.test(run[1]!) || !/我|俺|咱|本人|自己/.test(clause) || /客户|卖给|用户|买家|顾客/.test(clause); };
/**
 * A farm's word (养猪, 养殖) of the trade a product the asker makes serves — 养猪场用的厌氧罐我们自己设计生产, 我们研发了一款养鸡场用的清粪机器人 —
 * or of one who buys it (买机器的养殖户): the asker's customer, not a farm run — not 我们养鸡场用的饲料 or 我家养猪场用的.
 */
export const MAKING_TOLD = /厂|公司|企业|车间|作坊|生产|加工|制造|研发|研制|设计|做[^，。？！,?!]{1,8}的|(?:我们|咱们)做/;
export function servedBy(text: string, word: string): boolean {
  if (!MAKING_TOLD.test(text)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const own = /(?:我们|我家|自家|咱们|咱家|自己|俺家|俺们|我)(?:的|家的?|这个|这家)?小?$/.test(text.slice(Math.max(0, at - 5), at));
    if (own || !(/^[场户棚圈塘]?(?:专)?用的/.test(text.slice(at + word.length)) || buyerAt(text, at))) return false;
  }
  return text.includes(word);
}
