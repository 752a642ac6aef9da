/**
 * The trade outside manufacturing the asker runs, if any (开餐馆, 养猪场, 种杨梅的, 开干洗店的), and what they buy or ask to be
 * counted in, which is no trade of theirs. Pure over the text and the referral table's list of trades.
 */
import { presentIn } from './pair-index.js';
import type { ReferralTable } from '../ingest/referrals.js';
import { facetsInText, type FacetTable } from '../ingest/facets.js';
import { inSoldTo } from './asker.js';
import { BESIDE_IT, carriesForAsker, doneByAsker, MADE_FOR_IT, MADE_FOR_TRADE, makersCounter, MAKING_BEFORE, othersAre, OWN_BEFORE, OWN_PRODUCT_FOR, ownKit, placedBy, ZONE_SERVED } from './trade-mention.js';
import { buyerAt, craftsSold, customersTrade, madeOfOwn, makesOfItsOwn, relaysMakersAsk, withoutPlanTold, makesBesidesRenting, MAKING_TOLD, ownFactoryBesides, OWN_MAKING, premisesRenovated, readInPlan, RENOVATION, RESELLS, RESELLS_ALL, SELLS_ONLY, servedByTrade, servesMaking } from './trade-making.js';

/** The question is about a business: its premises (厂房, 仓库, 小微园) or the business itself (not the plan’s 企业服务券 or 企业码, a programme quoted). */
export const BUSINESS_PLACE = /厂|车间|作坊|仓库|园区|(小微|产业|工业|科技|创业|创新|物流|孵化)园|公司(?!员工|职员)|企业(?!员工|职工|家|服务券|码)/;

/** Verbs that say the asker runs a business: 开餐馆, 做民宿, 跑网约车, 经营一家理发店, 承包个鱼塘, 老厂房改成民宿. */
const RUNS = /(开|做|经营|搞|办|干|跑|是|改成|改为|改做|开成|承包)[了个家一间所]{0,3}$/;
/** …or with what kind of place before the trade: 开海鲜饭店, 开了家小面馆, 经营一间社区超市, 开了家少儿编程培训机构 (not 开发, 开展, 办理…). */
/** The asker's own, said with 的 right before the trade (我们的服装店, 我家的小超市). */
const OWNS = /(?:(?:我们|我|我家|咱们|咱家|俺们|俺家|自家|自己)家?的|(?:我们|咱们|俺们|我家|咱家|俺家|自家)(?:这个|这家)?)小?$/;
/**
 * …or 这 alone before a place of business (我们这养老院, 咱们这民宿): 我们这 before a trade's sector is where the asker is (我们这旅游也搞得不错,
 * 我们这房地产都不行了, 我们这装修也要求环保了), not what they run — nor places said with 都 (我们这民宿都快开满了: the ones here).
 */
const OWNS_HERE = /(?:我们|咱们|俺们)这小?$/;
const PREMISES_TRADE = /[店院馆厅室吧铺坊所园场站行舍校社廊房部摊楼城塘地庄寓]$|ktv|猫咖|网咖|剧本杀|密室逃脱|livehouse|民宿|酒店|宾馆|旅馆|超市|农家乐|公司|机构|中心|班|网点|驿站|诊所/i;
/** …the trade ending what is owned (我们的服装店也想, 我家的小超市想): not a product or a channel named after it (我们的美发工具, 我们的超市渠道, 我们的餐饮客户). */
const OWNED_THEN = /^([，,。？！?!\s]|$|门店|店|馆|连锁|也|还|都|想|要|能|可以|可不可以|需要|是否|是个体|准备|打算|有|生意|在|开|刚|今年|去年|最近|现在|一直|怎么|咋|申请|老板|店主|用了?|全靠|靠|装了|上了|买了|引进了?)/;
/** Support asked for a trade (规划里对奶茶店有补贴吗, 给理发店有啥扶持): where nothing is made, the trade asked of is the asker's. */
const SUPPORT_FOR = /(?:对|给|针对)(?:我们|咱们)?(?:这种|这类|那种|这样的)?小?$/, SUPPORT_ASKED = /^(?:行业|这一?行|们|老板|经营者|业主)?的?(?:有没有|有啥|有什么|有哪些|有|能不能|可不可以|给不给)[^，。？！,?!]{0,4}(?:扶持|补贴|支持|优惠|政策|奖励|补助)/;
/** …or a trade the asker says they are, a word between: 我们是个评弹书场, 我们是一家老字号饭店. */
// (…its words between no making, nor a place worked at or a trade served: 我们是一家生产餐饮油烟净化器的, 我是个在超市上班的, 我们是一家给超市…)
const RUNS_KIND = /(开|经营|办|(?<=(?:我们|我|咱们|俺们)(?:这|就)?)是(?:个|一个|一家|家)(?=(?:(?!生产|制造|加工|研发|研制|设计|做|造|在|给|为|帮|替)[\u4e00-\u9fff]){1,5}$))[了个家一间所]{0,3}(?:[\d一二两三四五六七八九十百千几]+(?:间房|个房间|张床|间|平方米|平米|平|个座位|桌|层楼?)的)?(?![发展放始会通设拓创辟心工理公])[\u4e00-\u9fff]{1,5}$/;
/** …unless someone or something else does it: 地都拿去搞房地产了, 被用来开商场, 别人家开饭店, 隔壁开饭店的, 房东要收回去搞民宿. */
const OTHERS_RUN = /(拿去|拿来|用来|用于|用去|收回去|收回来|要回去|被|别人|人家|他们|他|她|房东|隔壁|邻居|朋友|亲戚|有人|村民)(要)?(开|做|经营|搞|办|干|跑|是|承包)[了个家一间所]{0,3}$/;
/** …nor a third party that comes to the asker (有个搞直播带货的公司找到我们, 有家开超市的来找我们订货, 有个开连锁酒店的老板找到我们): who approached them, not what they run. */
const THIRD_PARTY_RUNS = /(?:有个|有家|有一家|有一个|有人)(?:搞|做|开|经营|办)[了个家一间所]{0,3}[\u4e00-\u9fff]{0,4}$/;
// (…to the asker: 找到我们, 来找我们订货, 找上门 — not what the asker's own firm did, 我自己有个搞直播带货的公司找了几家厂帮我们代工.)
const CAME_TO_US = /^[^，。？！,?!]{0,8}?(?:(?:找到|找上|找了|来找|找过|联系了?)(?:我|咱|俺|门|过来)|上门)/;
const approaches = (text: string, at: number, word: string) => THIRD_PARTY_RUNS.test(text.slice(Math.max(0, at - 7), at)) && CAME_TO_US.test(text.slice(at + word.length));
/** …nor one the asker says they do not run (我们不是搞装修的，是生产装饰板材的 — not 是不是开饭店的, a question). */
const DENIED_RUN = /(?<!是)(?:不是|并不是|并非)(?:开|做|经营|搞|办|干|跑)?[了个家一间所]{0,3}$/;
/** …nor what a rule lets or does not let be run (是不是只让搞旅游, 不让开, 只能搞农家乐): a policy feared or asked, not a trade run. */
const RULE_RUN = /(?:让|准|许|只能|允许|鼓励|禁止|限制)(?:开|做|经营|搞|办|干)[了个家一间所]{0,3}$/;

/** …nor does one the asker serves: 给养殖网箱做巡检, 为种植户提供, 服务餐饮企业. */
const SERVES = /(给|为|帮|替|面向|服务于?|卖给|供应给?)(周边|附近|当地|本地|各地|广大|周围|山里|村里)?(的)?$/;
/** …nor growers the asker buys or collects from (收农户用过的地膜, 从果农那收购): they supply the asker's business. */
const SOURCED_FROM = /(收|收购|回收|从|向)(周边|附近|当地|本地|各地|周围|山里|村里)?(的)?$/;

const HOUSEHOLD_FARMING = ['种植', '养殖'] as const;
/** A household that processes its own crop (加工成茶饮料, 建个厂房) runs a manufacturer too — a programme's name (未来工厂) is no factory of theirs. */
const FACTORY_OPENED = /(?<!(?:隔壁|旁边|附近|对面|邻居|别人|人家|他们|他家|她家|村里|镇上|朋友|亲戚)[^，。？！,?!]{0,4})开了?[个家一间]{0,2}小?(?:厂|工厂|作坊)(?!家|房|里上班)/, PROCESSES = /(?<!没有|没|不|不搞|不做|没搞)加工|(?:自己|自家)(?:烘干|晒干|切片|压榨|榨油|腌制|发酵|烘焙|炒制|分装)|生产线|(?<!智能|浙江|先进)制造|(?<!未来|智能|数字化)工厂|厂房|(?<!数字化)车间/;
/** A grower by name (果农, 养殖户), or 种杨梅的 / 养蜜蜂的 said of oneself (not 这种…的, 各种…的, 一种…的, 特种…的, nor 培养/保养/营养…的: 细胞培养瓶的; nor a machine's maker: 做小型播种机的, 做播种机配件的, 做养蜂器具的 — 种有机的 still grows). */
const GROWER = /果农|茶农|菜农|花农|瓜农|蚕农|渔民|农户|养殖户|种植户|种粮大户|合作社(?=[，,]?(?:就|主要|专门)?[^，。？！,?!]{0,2}[种养])|(?<![各这那一哪多品几某该此何两每同变物业工特机车接语兵人杂培保营抚供修教涵静疗休调赡])(种|养)(?!类|子|植物|地|殖|植|老|成|出|好|[\u4e00-\u9fff]{0,4}(?<!有)(?:机|器|设备|机械|装备)(?:具|配件|零件|零部件|部件)?的)[\u4e00-\u9fff]{1,5}的(?=[，,。\s]|$)/;
/** The trades a household's own growing or raising is: an industry its produce has (茶叶) does not make it manufacturing. */
export const FARMING: ReadonlySet<string> = new Set(HOUSEHOLD_FARMING);
/**
 * A household growing or raising something: 我们家种的, 自家养了, 自己种的杨梅, 种了二十亩, 养了三百头, 我(家)在贵岙养… — not
 * 厂家养了三十个工人, 大家种的, nor people raised (自己养的技术骨干), nor a kind or a making told between (我们在眼镜小镇做镜架上那种小螺丝).
 */
const FARMS = /(?:(?:我|我们|咱|咱们|俺|自)家里?|自己家)(种|养)(?:的|了|[\u4e00-\u9fff]{1,6}的(?=[，,。\s]|$))(?!技术|骨干|人|工人|员工|人才|团队|队伍|徒弟)|(?:我们|咱们|自己)(种|养)的(?!技术|骨干|人|工人|员工|人才|团队|队伍|徒弟)|(种|养)了?[\d一二两三四五六七八九十百千几]+多?(?:亩|头|只|箱|羽)|(?:我|我们|咱|咱们|俺)家?在[^，。？！,?!\s做]{2,14}?(?<![各这那一哪多品几某该此何两每同变])(种|养)(?!技术|骨干|人|工人|员工|人才|团队|队伍|徒弟|成|护|老|活|家|殖场)[\u4e00-\u9fff]/;

/** Only a place said before (椒江葭沚下塘弄 …, 柯城航埠北二的…, 象山石浦的一家…, 金华婺城 我家的…): no pronoun, verb or particle in it (not 我退休了，养老金…). */
const PLACE_TOLD = /^[^我你他她了是在想要有说很都也就吗呢啊，,\s的]{2,12}([，,\s](我们家?的?|我家的?|咱家的?|我的)?|的(一家|一间|那家|这家)?)(小)?$/;

/**
 * The trade outside manufacturing that the asker says they run ("想在杭州开家面馆", "养猪场一年出栏…"), or
 * null. Mentioning one is not running one: "年轻人宁愿送外卖" is about hiring. A profile field that names the
 * business (`asField`) needs no verb.
 */
/** The plan's rated factories and parks, named as what is hoped for (评绿色工厂, 未来工厂, 绿色低碳园区). */
const RATED_PLACE = /(?:绿色低碳|绿色|未来|智能|数字化|无人|标杆)(?:工厂|车间|园区)/g;
export function runsTradeOutsideManufacturing(text: string, referrals: ReferralTable, { asField = false } = {}): string | null {
  // 我们家种的茶叶, 自己养的蜂: what a household grows or raises is farming, whatever the produce is called (not beside a factory opened, 顺带开了个小厂做烘干机).
  const farms = PROCESSES.test(text) || FACTORY_OPENED.test(text) ? null : FARMS.exec(text);
  if (farms) return (farms[1] ?? farms[2] ?? farms[3] ?? farms[4]) === '种' ? HOUSEHOLD_FARMING[0] : HOUSEHOLD_FARMING[1];
  // 果农, 茶农, 养殖户 — the asker as a grower — or 种杨梅的 said of oneself, unless the text serves them (给果农…).
  const grower = PROCESSES.test(text) || BUSINESS_PLACE.test(text) ? null : GROWER.exec(text);
  // (做养猪场刮粪板的: what is made for a farm, said with 做 and a product after the farm — not the farm raised.)
  const madeForFarm = grower !== null && /做$/.test(text.slice(Math.max(0, grower.index - 1), grower.index)) && /[场棚圈塘][\u4e00-\u9fff]+的$/.test(grower[0]);
  // (…nor a grower whose use a product serves, 农户用的小型烘干机, 主要是养猪场用的 — the asker's customer.)
  const forUse = grower !== null && (/[场户棚圈塘](?:专)?用的$/.test(grower[0]) || /^(?:专)?用的/.test(text.slice(grower.index + grower[0].length)));
  // (…nor growers spoken of as others by one who makes something, 本地渔民越来越少了 after 家里做补渔网的梭子.)
  const others = grower !== null && MAKING_TOLD.test(text) && /(本地|当地|附近|周边|周围|村里|镇上|岛上|这边|好多|很多|有些|不少)的?$/.test(text.slice(Math.max(0, grower.index - 3), grower.index));
  if (grower && !madeForFarm && !forUse && !others && !buyerAt(text, grower.index) && !inSoldTo(text, grower.index) && !SERVES.test(text.slice(Math.max(0, grower.index - 7), grower.index)) && !SOURCED_FROM.test(text.slice(Math.max(0, grower.index - 7), grower.index))) return /养|渔/.test(grower[0]) ? HOUSEHOLD_FARMING[1] : HOUSEHOLD_FARMING[0];
  let found: { word: string; at: number } | null = null;
  // 我们袜子厂也做一件代发: a seller's role taken on by a maker (a factory, a workshop, its own production) is its way of selling.
  // (…not the trade's own 公司, 我们物流公司有二十台重卡.)
  // (…nor a name of the plan's the trade hopes to be rated, 能不能去评“绿色工厂”或者“绿色园区”: no factory of its own.)
  const placed = withoutPlanTold(text.replace(RATED_PLACE, '，'));
  const makerBeside = (word: string) => BUSINESS_PLACE.test(word.endsWith('公司') ? placed.replaceAll(word, '，') : placed) || PROCESSES.test(text) || /生产|作坊/.test(text), maker = makerBeside('');
  // (…and a text that tells no making at all, 做 or 加工 included: a trade named after the place is then the asker's — found once, not per word.)
  const makesNothing = !maker && !/做|生产|加工|制造|研发|研制/.test(text);
  // Whether a place of the text is inside a span naming the asker's customers (cut once, when first asked).
  let customers: [number, number][] | undefined;
  const forCustomer = (at: number) => (customers ??= customerSpans(text)).some(([from, to]) => from <= at && at < to);
  // (Only the trade words whose opening pair the text writes can be in it: pair-index.ts.)
  for (const word of presentIn(referrals.nonManufacturing, (w) => w, text)) {
    if (!text.includes(word) || (ROLE_TRADE.test(word) && maker && (word !== '直播带货' || OWN_FACTORY.test(text)))) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // 往国外卖 holds no 外卖: a trade word whose first character ends the word before it (国外, 海外) is not written.
      if (/^外/.test(word) && /[国海境对向省往]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
      const after = text.slice(at + word.length, at + word.length + 3);
      // 做酒店布草的, 做餐饮设备, 做景区观光小火车的 (做酒店用的拖鞋 — 用的 only after 做: 开酒店用的是自家房子 runs one): what is made for the trade, not the trade run.
      if (!asField && ((ZONE_SERVED.test(text.slice(at + word.length)) && !OWN_BEFORE.test(text.slice(Math.max(0, at - 5), at))) || carriesForAsker(text, at, word))) continue;
      // (…nor, of a maker, a trade it is placed by or named after, 茶园旁边的茶叶加工厂, 茶园路, nor its own sales counter, 我们五金厂开了个门市部.)
      if (!asField && (placedBy(text, at, word, maker) || (maker && makersCounter(text, word, OWN_FACTORY.test(text))))) continue;
      // (…not a list of trades, a trade an item of its own: 做酒店餐饮、民宿的, 做家政保洁、月嫂的 — not 做酒店门锁、养老院护理床的.)
      const madeFor = MADE_FOR_IT.exec(text.slice(at + word.length));
      const madeForIt = madeFor !== null && !madeFor[0].replace(/的$/, '').split(/[、和及跟与]/).some((item) => item !== word && referrals.nonManufacturing.includes(item));
      // (…and 做换电站的换电柜: the trade's, then the product made for it.)
      const kit = !asField && ownKit(text, at, word);
      if (!asField && ((MADE_FOR_TRADE.test(after) && !kit) || (/做$/.test(text.slice(Math.max(0, at - 1), at)) && (madeForIt || /^(用的|专用)/.test(after) || (/^的/.test(after) && MADE_FOR_TRADE.test(text.slice(at + word.length + 1))))))) continue;
      // Who the asker serves is not what they run (给养殖网箱做巡检, 为种植户提供…), nor are the customers they name (客户主要是茶馆茶楼).
      // (…nor whom they sell to further off, 卖给江西安徽那边的养殖场, nor growers they collect from, 收周边养殖户的破旧网.)
      if (!asField && ((SERVES.test(text.slice(Math.max(0, at - 4), at)) && !(makesNothing && SUPPORT_ASKED.test(text.slice(at + word.length)))) || SOURCED_FROM.test(text.slice(Math.max(0, at - 7), at)) || forCustomer(at) || inSoldTo(text, at))) continue;
      // (…nor a renovation of the asker's own premises, 装修厂房能不能算技改投资, 车间去年做了装修, 我们厂在搞装修: work done on them.)
      if (!asField && RENOVATION.test(word) && premisesRenovated(text, at)) continue;
      // (…nor the firm the asker's own factory belongs to, 建筑总包企业下属的构件厂: its parent, not the trade the asker runs.)
      if (!asField && /^(?:企业|单位|公司|集团)?(?:下属|下面|旗下)的?[^，。？！,?!]{0,6}(?:厂|工厂|车间)/.test(text.slice(at + word.length))) continue;
      // (…nor the trade whose use a product serves, 养猪场用的厌氧罐, nor the one that buys it, 买机器的养殖户 — not the asker's own: 我们养猪场用的饲料.)
      if (!asField && ((/[场户棚圈塘]$/.test(word) ? /^(?:用的|专用)/ : /^[场户棚圈塘](?:用的|专用)/).test(text.slice(at + word.length)) || buyerAt(text, at)) && !(OWN_BEFORE.test(text.slice(Math.max(0, at - 5), at)) && !MAKING_BEFORE.test(text.slice(0, at)))) continue;
      const runs =
        asField ||
        // (…unless said of others, the asker's customers: 现在大养殖场都要带传感器, 很多养猪场 — or a farm gone to, 去养鸡场演示.)
        (/^(养|种)(猪|鸡|鸭|鹅|鱼|虾|牛|羊|殖|植|菜|花|地|田)/.test(word) && !/(大|那些|这些|很多|好多|有些|客户|下游|去|到|跑)$/.test(text.slice(Math.max(0, at - 4), at))) ||
        // 我在山里种苗木: what the asker grows.
        (/[种养]$/.test(text.slice(Math.max(0, at - 1), at)) && !SERVES.test(text.slice(Math.max(0, at - 5), at - 1))) ||
        (RUNS.test(text.slice(Math.max(0, at - 4), at)) && !othersAre(text, at) && !OTHERS_RUN.test(text.slice(Math.max(0, at - 7), at)) && !RULE_RUN.test(text.slice(Math.max(0, at - 6), at)) && !DENIED_RUN.test(text.slice(Math.max(0, at - 6), at)) && !approaches(text, at, word)) ||
        (RUNS_KIND.test(text.slice(Math.max(0, at - 16), at)) && !/(拿去|拿来|用来|用于|被|别人|人家|他们|隔壁|邻居|朋友|亲戚)[^，。？！,?!]{0,3}(开|经营|办)/.test(text.slice(Math.max(0, at - 10), at)) && !approaches(text, at, word)) ||
        /^(老板|店主|经营者|业主)/.test(after) || (makesNothing && SUPPORT_FOR.test(text.slice(Math.max(0, at - 6), at)) && SUPPORT_ASKED.test(text.slice(at + word.length))) ||
        // 我们农场收割机想换新的, 我跑运输的: the asker's own machines, a trade said with its own verb — where no making is told.
        ((kit || doneByAsker(text, at, word)) && !makerBeside(word)) ||
        // 我们的服装店也想做直播: the asker's own, said with 的 — where no making is told.
        (!makerBeside(word) && (OWNS.test(text.slice(Math.max(0, at - 5), at)) || (OWNS_HERE.test(text.slice(Math.max(0, at - 4), at)) && (PREMISES_TRADE.test(word) || /^(?:门店|店|馆)/.test(after)) && !/^都/.test(after))) && OWNED_THEN.test(after)) ||
        // 做日本代购的: a trade that is a role, not a product, is run when done (做…代购), whatever is said between.
        (ROLE_TRADE.test(word) && /做[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(0, at - 5), at)) && !/(别人|人家|他们|隔壁|邻居|朋友|亲戚|同学)[\u4e00-\u9fff]{0,2}做[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(0, at - 12), at))) ||
        // (…not a product of the trade's that the asker says they make, 攀岩馆的岩板是我们厂生产的: the trade is the customer — nor its buyer telling the asker, 超市采购说….)
        (at === 0 && !(maker && (OWN_PRODUCT_FOR.test(text.slice(word.length)) || BESIDE_IT.test(text.slice(word.length)))) && !TOLD_BY_BUYER.test(text.slice(word.length))) ||
        // 北仑春晓东岙 酒店想评绿色饭店; 柯城航埠北二的小超市，…: the trade right after the asker's place (its clause or 的) is who asks —
        // where the asker names no making at all (not 做沐浴球的 超市采购说…) and the trade ends there (not 退休职工的养老金).
        (makesNothing && PLACE_TOLD.test(text.slice(0, at)) && /^([，,。？！?!\s]|$|想|要|能|可以|可不可以|需要|需不需要|是否|准备|打算|有没有|老板(?!说)|店主|怎么|咋|申请|也)/.test(text.slice(at + word.length)));
      // 我们做竹制品加工的，…顺便开了个农家乐，竹制品加工有没有技改支持: a side business a maker opens, named once, is not what is asked.
      if (runs && maker && SIDE_RUN.test(text.slice(Math.max(0, at - 8), at)) && !text.includes(word, at + word.length)) continue;
      if (runs && (!found || at < found.at)) found = { word, at };
    }
  }
  if (found) return found.word;
  // 开了家建材门店，只卖不生产: the asker says they make nothing — a shop, a trading or a renting firm, whatever its goods are.
  // (…a renting firm, unless a making of its own is told beside the renting: 我们是做模具的，买来的机床闲时租给别人; nor one that tells what it does for making, 不搞生产，帮工厂做产品设计.)
  const sells = asField ? null : SELLS_ONLY.exec(text), rents = sells?.[0].includes('租');
  if (sells && !(rents ? makesBesidesRenting(text) : servesMaking(text))) return rents ? '租赁' : /仓储|物流|配送/.test(/不/.test(sells[0]) ? text.split(/[，。？！,?!]/)[0]! : sells[0]) ? '仓储物流' : '商贸';
  // 开干洗店的, 开了家修鞋铺: a shop the asker runs, whatever it sells or serves, is no factory (not 网店 or a factory's own 门店).
  const shop = asField ? null : SHOP_RUN.exec(text);
  // (A stage or a studio only where the asker names no factory or making of their own — 我们厂开了个摄影棚拍产品 is a maker's — and not a
  // friend's: 开录音棚的朋友说….)
  // (做录音的 said beside 录音棚 is the studio's own work, not a making.)
  const made = MAKES.exec(text);
  const making = made?.[0].match(/做([\u4e00-\u9fff]{1,8})的/)?.[1];
  // (Firms the studio serves, 主要给企业拍产品图, are its customers, no factory of the asker's.)
  const own = text.replace(FIRMS_SERVED, '');
  const makersStudio = shop !== null && VENUE.test(shop[1]!) && (BUSINESS_PLACE.test(own) || PROCESSES.test(own) || (made !== null && !(making && shop[1]!.includes(making))));
  // (…nor a shop a maker opens beside its making, named once: 我们是做袜子的厂，老板娘顺便开了个奶茶店; nor its customers' shops, 卖给开火锅店的老板.)
  const notRun = shop !== null && (MAKES_BESIDE.test(text) || (maker && SIDE_RUN.test(text.slice(Math.max(0, shop.index - 8), shop.index + shop[0].length - shop[1]!.length)) && !text.includes(shop[1]!, shop.index + shop[0].length)) || forCustomer(shop.index) || inSoldTo(text, shop.index));
  // (…nor a shop whose clause says a making, 服装加工店接外贸订单 — unless the asker says it only sells or serves: 眼镜加工店，就是给人配眼镜的.)
  const makingShop = shop !== null && /加工|生产(?!资料)|制造|代工/.test(text.slice(shop.index).split(/[，。？！,?!]/)[0]!) && !SELLS_IN_SHOP.test(text);
  if (shop && !makersStudio && !notRun && !makingShop && !OTHERS_RUN.test(text.slice(Math.max(0, shop.index - 7), shop.index + 1)) && !SOMEONE_ELSE.test(text.slice(shop.index + shop[0].length)) && !approaches(text, shop.index + shop[0].length - shop[1]!.length, shop[1]!)) return shop[1]!;
  // 开了两家卤味熟食门店: shops said as 门店, where the asker names no factory, workshop or making of their own.
  // (A factory said of the goods' makers, 卖别人厂里做的沙发床垫, is theirs, not the asker's.)
  const ownSaid = text.replace(RESELLS_ALL, '，');
  const outlets = asField || BUSINESS_PLACE.test(ownSaid) || MAKES.test(ownSaid) ? null : OUTLETS_RUN.exec(text);
  if (outlets && !OTHERS_RUN.test(text.slice(Math.max(0, outlets.index - 7), outlets.index + 1))) return outlets[1]!;
  // 摆夜宵烧烤摊的, 在菜市场卖猪肉: a stall the asker keeps sells, it makes nothing — unless the asker has a factory too
  // (我们厂做袜子，也在夜市摆摊卖).
  const stall = asField || BUSINESS_PLACE.test(text) ? null : STALL_KEPT.exec(text);
  // (…nor the stalls a maker sells to, 做棉花糖机 卖给摆摊的: its customers.)
  return stall && !OTHERS_RUN.test(text.slice(Math.max(0, stall.index - 7), stall.index + 1)) && !forCustomer(stall.index) && !inSoldTo(text, stall.index) ? '摆摊' : null;
}


/** Trades named by the seller's role rather than by goods or premises: 做(日本)代购, 做一件代发, 搞直播带货 — a maker's own channel when it makes (儿子想搞直播带货 in a factory's story). */
const ROLE_TRADE = /^(代购|一件代发|直播带货)$/;
/**
 * …live-streamed selling, a channel only of a factory said to be the asker's own (我们袜子厂也做直播带货, 厂是我跟他爸搞起来的) — not of 厂家 sold for,
 * nor of factories served (我给好几家工厂做直播带货, 我们帮很多服装厂直播) or worked at (我在工厂上班，下班做直播带货).
 */
const OWN_FACTORY = /(我们|我|咱们?|自己)(家)?[^，。？！,?!给帮替为]{0,6}(厂|工厂|作坊|车间)(?!家|[^，。？！,?!]{0,2}(上班|打工|干活|做工))|厂是(我|我们)/;

/** A stall kept (摆…摊, 出摊) or goods sold at a market (菜市场卖猪肉, 夜市上摆): a seller's trade, not a maker's. */
const STALL_KEPT = /(?:摆|出)[了个]{0,2}[\u4e00-\u9fff]{0,8}?(?<![分均平])摊(?!销|派|牌|子上)|(?:菜市场|农贸市场|夜市|集市|早市|菜场)[里上]?(?:卖|摆)[\u4e00-\u9fff]{1,4}/;

/**
 * A shop the asker runs: 开 (了/个/家/间; not 开发, 开展…) and a name of one to six characters without 的 or a verb of going (开自行车租赁店; not 开了二十年的酒店, 开车送货到五金店, 开拓了几家经销店, nor a maker's own 形象店, 体验店 or 加工店) ending in 店, 馆, 铺 (or 影楼, 茶楼, 餐厅, 歌厅,
 * or a stage, 剧场, 剧院, and what is played there: 开个小剧场演默剧), then 的, a clause's end or what the shop is to do (开金店要办…) — or a bar of any kind said with 的
 * (开清吧的, 开猫咖吧的; not 开会吧, 先开着吧的意思). A maker for theatres (做剧院座椅, 给剧场做灯光) opens none.
 */
const SHOP_RUN = /(?<![离打展分召拉敞揭避撬])(?<!(?<!老)公)(?:开|经营)(?![发展通放始会车票模拓完关单])[了个家一间两三四五几]{0,3}((?![^，。？！,?!]*(?:厂|网店|工厂|门店|旗舰|直营|专卖|形象店|体验店|展示店))(?:(?:(?![的到给送往]|去(?![污渍油斑皱毛屑味]))[\u4e00-\u9fff]){1,6}(?:店|馆|铺)|[\u4e00-\u9fff]{0,4}(?:影楼|茶楼|餐厅|歌厅)|[\u4e00-\u9fff]{0,4}(?:剧场|剧院|录音棚|摄影棚)|(?![着了过])[\u4e00-\u9fff]{1,3}吧(?=的)))(?=的|，|,|。|$|\s|兼|和|还|演|表演|唱|要|想|需要|得|该|准备|打算)/;

/** A shop said to sell or serve only (就是给人配眼镜的, 其实就是零售): a shop whatever its name holds. */
const SELLS_IN_SHOP = /(就是|其实|主要|只是|只)[^，。？！,?!]{0,4}(卖|零售|配|代卖|代理|修|洗)|零售|只卖|不生产|不加工/;

/** A making the asker does beside a shop (门窗五金配件店，顺便做点加工): a maker's shop. */
const MAKES_BESIDE = /(顺便|顺带|也|还|自己)(做|搞)[点些]?(加工|生产|制造)/;

/** A business opened beside another (顺便开了个, 另外还开了家). */
const SIDE_RUN = /(?:顺便|顺带|另外|同时|还|也)(?:开|经营|办|搞)[了个家一间所]{0,3}$/;

/** Firms a studio serves (给企业拍, 为各类公司录, 帮厂家拍视频 — not 给厂里拍, the asker's own): its customers. */
const FIRMS_SERVED = /(?:给|为|帮|替|服务于?)(?:各类|很多|一些|本地|当地|周边|附近)?的?(?:企业|公司|厂家|工厂|厂子|厂)(?!里)(?=[\u4e00-\u9fff]{0,2}(?:拍|摄|录|配音|剪辑|做宣传|做广告|做视频))/g;

/** A stage or a studio (开个小剧场, 开个录音棚), and someone the one who runs it is (开录音棚的朋友). */
const VENUE = /剧场|剧院|录音棚|摄影棚/;
/** 超市采购说…, 超市要求我们…, 超市客户说…: a trade that opens the question by telling the asker something is the buyer who told them, not the trade run (not a kickback it asks for, 要给他回扣: no product of the asker's; nor the trade's own customers, 饭店的客户说我们家菜太咸, nor the asker telling what they are, 民宿讲我们这种小本经营的). */
const TOLD_BY_BUYER = /^(?:(?:的?(?:(?:采购|买手|那边|方面)(?:员|经理)?|客户经理)|客户)(?:说|讲|告诉|要求|让)|的?(?:说|讲|要求|让)要?(?:我们|咱们|我|俺们)(?![^，。？！,?!]{0,3}(?:小本|个体|小店|小商户|小生意|小买卖)))(?![^，。？！,?!]{0,8}(?:回扣|好处费|红包|返点))/;
const SOMEONE_ELSE = /^的(朋友|同学|亲戚|邻居|熟人|哥们|老乡|那个人|那家)/;

/** The customers the asker names: from 客户(主要)是 to the clause's end (客户主要是网咖和电竞馆). */
const CUSTOMERS = /(?:客户|客人|买家|下游)(?:主要|大多数?|基本上?|多半|大部分|多数?|大都|一般)?(?:是|为|都是|有|包括|就是)[^，。？！,?!；;]*/g;
const customerSpans = (text: string): [number, number][] => [...text.matchAll(CUSTOMERS)].map((m) => [m.index, m.index + m[0].length]);

/** The asker makes something (生产, 加工, 中央厨房, 我们做眼镜的): shops of theirs are a maker's. */
const MAKES = /生产|加工|制造|代工|中央厨房|自产|自己做|(?:我们|我|咱们)(?:是|家)?做[\u4e00-\u9fff]{1,8}的/;

/** …or shops said as 门店 (开了两家卤味熟食门店), a name of one to six characters before it (家 a counter, not the 家 of 家具门店). */
const OUTLETS_RUN = /(?:开|经营)[了个一间两三四五几]{0,3}(?:家(?![具电居纺]))?([\u4e00-\u9fff]{1,6}门店)(?=的|，|,|。|$|\s|兼|和|还)/;

/**
 * What the asker buys or rents (想换两台新能源货车, 买了几台机器人), and the category they ask to be counted in (电竞酒店…能不能算数字
 * 经济项目): equipment and a wish, not what they make.
 */
// (Not the 租 of a trade's own name, 租车公司, 租车行: the trade, not a renting.)
// (…and what it puts in after a wish, 想上智能炒菜机器人, or has put in by the set, 最近上了一套财务机器人 — not 上规, 上市, 上班, 上网, 上学 or a line 上线.)
// (…and what it installs, 屋顶装光伏, 想装几个充电桩: 装 after a wish, a place or a clause's start — not 组装, 服装, 装备, 装修.)
const PURCHASE = /(?:换|买|购买|采购|购置|添置|租(?!车行|车公司)|(?<=想|要|准备|打算)上(?![规市班网学线])|上了(?=[一两几]?[套台批个])|(?<=^|[，,。\s想要准备打算顶里上也还再])(?:安装|装)(?![备配饰修载卸潢订箱]))[了个台辆两几一批套些上]{0,4}[^，。？！,?!]{0,10}/g;
const CATEGORY_ASKED = /(?<![打预计核估清结就总换合划])算(?:不算|是|作|做)?[^，。？！,?!算]{1,14}/g;
/** …or the part of the plan they ask to be tied to (跟智能网联汽车能沾上边吗, 和数字经济有没有关系): a hope, not what they make. */
const TIE_ASKED = /[跟和与同][^，。？！,?!跟和与同]{2,14}?(?:能|可以|能不能|有没有|算不算|会不会|沾不沾|搭不搭)?(?:(?:沾|搭|挨|扯)(?:得|不)?上?(?:边|关系)|有(?:没有|没)?(?:关系|关联|联系))/g;
/** …and what it adds to its own place (全场摄像头加AI评判, 加装智能监控): an upgrade bought, not a making — not 改成…, which may say a making (改成做食品加工了); nor 参加 (参加智能网联汽车测试场建设), nor an addition that is itself a making (加智能家居产品的代工, 添加了机器人组装线). */
const UPGRADE = /(?<!参)加(?:装|上|了)?(?=[A-Za-z]{2}|智能|人工智能|机器人|监控|摄像)(?![^，。？！,?!]{0,12}(?:生产|制造|代工|组装|加工|研发|研制|自己造|造了|造的))[^，。？！,?!]{0,8}/g;
export function withoutPurchases(text: string): string {
  return text.replace(PURCHASE, '，').replace(UPGRADE, '，').replace(CATEGORY_ASKED, '，').replace(TIE_ASKED, '，');
}

/**
 * The trade outside manufacturing a question's asker runs, when it counts against the plan: an industry named besides
 * (开饭店的，也做食品加工) makes the asker a manufacturer too — not a household's produce (我们家种的茶叶: farming is farming
 * whatever the crop's industry), nor what the shop buys (开搬家公司的，想换两台新能源货车).
 */
export function tradeOutsideManufacturing(text: string, referrals: ReferralTable, facetTable: FacetTable): string | null {
  // 搞直播卖番薯干、土蜂蜜的，不是开厂的: a seller who says it makes nothing is outside manufacturing, whatever it sells.
  // (Not one that has its goods made by others, 找代工厂做, 贴牌: a brand of its own is made, if not by itself.)
  const seller = NOT_A_MAKER.test(text) && !/代工|贴牌|委托[^，。]{0,6}(?:生产|加工)|oem|外发|品牌授权|找[^，。]{0,8}(?:厂|厂家)[^，。]{0,4}(?:做|生产|加工)|(?:跟|和|与|联合)[^，。]{0,6}(?:工厂|厂家|制造业?企业)[^，。]{0,4}合作/i.test(text) ? SELLS.exec(text)?.[0] : undefined;
  if (seller) return seller === '直播' ? '直播带货' : seller;
  const trade = runsTradeOutsideManufacturing(text, referrals);
  if (!trade) return null;
  // (A renting firm's goods, 做工程机械租赁的公司, are rented, not made: whether it makes anything was weighed already.)
  if (trade === '租赁') return trade;
  // 开汽车美容店的…规划里汽车这块的扶持我能申请不: an industry named only in the trade's own word (汽车 of 汽车美容) is the shop's, not a
  // manufacture of the asker's.
  // …nor one named as the part of the plan the asker hopes helps them (开社区药店的，规划里医药产业那块能给我们啥支持): asked about, not made.
  // (…nor a trade whose owner says they make and sell goods of their own too, 修着修着自己也焊了几台播种机卖: a maker as well.)
  if (!FARMING.has(trade) && madeOfOwn(text, facetTable, craftsSold(trade, referrals.nonManufacturing))) return null;
  // (…nor one who runs a factory of their own besides, 我开民宿的，另外还有个做竹制品的小厂, 既开超市也有自己的食品加工厂 — not a neighbour's —
  // nor one relaying a client factory's question, 帮一家做合页的厂记账。老板问我….)
  if (!FARMING.has(trade) && (ownFactoryBesides(text) || makesOfItsOwn(text, trade) || customersTrade(text, trade) || relaysMakersAsk(text))) return null;
  const bare = withoutPurchases(text);
  // (…nor one naming the trade's own kind right before it, 开了个电动汽车充电站, 新能源汽车租车行: what the shop serves or rents.)
  const lower = bare.toLowerCase();
  const qualifies = (word: string) => {
    // (Every time it is named: 开新能源汽车充电站的，我们还有个新能源汽车零部件厂 makes the industry's goods too.)
    let named = false;
    for (let at = lower.indexOf(word.toLowerCase()); at >= 0; at = lower.indexOf(word.toLowerCase(), at + 1)) {
      const next = lower.indexOf(trade, at + word.length);
      if (next < 0 || !/^[\u4e00-\u9fff]{0,2}$/.test(lower.slice(at + word.length, next))) return false;
      named = true;
    }
    return named;
  };
  // (…nor one only in what the asker read in the plan, 看到规划里讲数字化转型、“人工智能+”这些: the plan's words, not the asker's making.)
  const industries = facetsInText(bare, facetTable, 'industry').filter((f) => !trade.includes(f.word) && !namedAsPlanPart(bare, f.word) && !qualifies(f.word) && !readInPlan(lower, f.word.toLowerCase(), trade) && !servedByTrade(lower, f.word, trade));
  return FARMING.has(trade) || industries.length === 0 || (RESELLS.test(text) && !OWN_MAKING.test(text.replace(RESELLS_ALL, '，'))) ? trade : null;
}
/**
 * An industry said as a part of the plan (医药产业那块, 纺织服装那块, 汽车这一块, 新材料方面) or by the support it has (汽车产业那些扶持,
 * 医药产业的政策 — not a bare 的: 设备制造的政策 may be the asker's own line): every time it is named, a part asked about — with at most
 * four characters of the industry's longer name between.
 */
const PLAN_PART_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:这块|那块|这一块|那一块|方面|领域|板块|(?:那些|这些|(?<=产业|行业)的)(?:扶持|支持|政策|补贴|措施|优惠|好处))/;
function namedAsPlanPart(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const named = word.toLowerCase();
  const ends: number[] = [];
  for (let at = lower.indexOf(named); at >= 0; at = lower.indexOf(named, at + 1)) ends.push(at + named.length);
  return ends.length > 0 && ends.every((end) => PLAN_PART_AFTER.test(lower.slice(end)));
}
/** The asker says it makes nothing (不是开厂的, 不是搞生产的, 没有厂), and what it does instead is sell (直播, 网店, 批发…). */
const NOT_A_MAKER = /不是(?:开厂|办厂|做厂|搞生产|做生产|搞制造|开工厂|工厂|厂子|厂家)|(?:我们|我|俺|咱们)(?:没有|没)(?:厂|工厂|厂子|车间)(?!房)/, SELLS = /直播|网店|电商|批发|零售|开店|摆摊|代购|微商/;
