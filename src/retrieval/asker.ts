/**
 * Who asks, in the question's own words: the asker's business and trade (轴承|厂, 做经编为主), who they say they
 * are (我是退休干部), what a membership question asks to place (激光切割机算…), and what the question compares with
 * (跟杭州宁波比). Context, not the topic: the scope gate never counts it against the plan, and retrieval weighs the
 * compared spans less. Pure over the text.
 */

/**
 * The last character of a village's name in this province (…坑, …岙, …垟, …汊, …磡, …堍, …殿, …渡…): written from the province's place
 * names as a family, not from one question.
 */
export const VILLAGE_END = '坑岙垟畈坞浜塘湾岭埠洋溪岗墩圩兜坪垄汊磡堍矶埝寮厝殿亭渡堰寨埕墈庵漕坂坳塆窠碶埂冈圳埭漾岕';
/** The words that name a business: 轴承厂, 电器公司, 分包商. */
export const BUSINESS_WORDS = ['厂', '厂家', '工厂', '车间', '公司', '企业', '作坊', '门市', '店', '商'];
/**
 * Where the name of a business ends (经编布|厂, 舾装|公司, 分包|商), or the examples of what it makes (断路器接触器|这些):
 * the words just before it name its trade.
 */
const BUSINESS_END = new RegExp(`(${[...BUSINESS_WORDS, '行业', '这行', '生意', '这些', '之类', '什么的', '这类'].join('|')})`, 'g');
/** How far back from BUSINESS_END the business's name may reach, and where it stops (家里开了个|针织横机|厂). */
const NAME_REACH = 6;
const NAME_STOP = /[的个了是在和与及或跟、，。？！,.?!\s]/;
/**
 * The asker saying what they make or do: 干分段焊接和舾装的, 做经编为主, 主营彩印, 这边染桌布的, 收不锈钢废料的 (a trade's own verb after where or
 * who they are). The words inside are the asker's trade — context an owner gives, not the topic of the question.
 */
const SELF_DESCRIPTION = /(?:做|干|生产|加工|主营|专做|主做|搞|(?<=^|[，,。\s]|这边|那边|我们|我家|家里|厂里|村里|专门)(?:染|织|纺|印|铸|锻|焊|冲|酿|编|绣|缝|烧|磨|收|回收))([^，。？！,.?!；;：:]{1,16}?)(?:的|为主|出身|起家)/g;
/**
 * …or in a clause of its own right after saying where or who they are (我们公司在东阳，做永磁铁氧体和钕铁硼，…):
 * a clause that is only 做/生产/主营 and the products.
 */
const SELF_CLAUSE = /(?:我|我们|咱|咱们|俺|俺们)(?:公司|厂|企业|单位)?(?:在|是)[^，。？！,?!]{1,14}[，,](?:主要)?(?:做|生产|主营|专做|主做)([^，。？！,.?!；;：:了]{2,16})(?=[，,])/g;
/**
 * …or the clause that says what the asker's family or premises make, without 的 (我家三代造乌篷船，…; 租的老厂房做灭火器，…):
 * what is made there is the asker's product, whatever department's word it is (灭火器 is not a fire inspection).
 */
/** …or what the asker makes from what (我们在普陀昆布岙用海带提甘露醇的，…; 家里用山茶籽榨油的): the making told is their product — not a meal cooked (家里用煤炉做饭的). */
const MADE_FROM = /(?:我|我们|咱|咱们|俺|俺们|我家|咱家|俺家|家里|厂里)(?:家|厂|公司)?[^，。？！,?!]{0,10}?用((?:[^，。？！,.?!；;：:了用]{1,6}?)(?:提取|提炼|提|榨|熬|炼|做|制|加工|生产|造)(?!饭的|菜的|饭菜)[^，。？！,.?!；;：:了的]{1,8})的(?=[，,。？！?!\s]|$)/g;
const SELF_MAKES = /(?:我|我们|咱|咱们|俺|俺们|我家|咱家|俺家|家里)(?:家|厂|公司)?[^，。？！,?!]{0,4}?(?:造|生产|制造|加工)([^，。？！,.?!；;：:了]{2,12})(?=[，,。])/g;
/** …or said with 做 right after who makes it (我们做宠物用品，…; 我家专门做狗窝，…) — not a wish (我们想做数字化改造). */
const SELF_DOES = /(?:我|我们|咱|咱们|俺|俺们|我家|咱家|俺家|家里)(?:家|厂|公司)?(?:是|主要|专门|一直|就是)?做([^，。？！,.?!；;：:了的想要]{2,12})(?=[，,。])/g;
const MADE_IN = /(?:厂房|厂里|车间|作坊|工厂)里?(?:做|造|生产|制造|加工)([^，。？！,.?!；;：:了]{2,12})(?=[，,。])/g;
/**
 * …or the question opens on the place the asker works in and what is made there (乌镇民合村做宠物尿垫，…), a village typed before
 * a space and the clause typed up to the next (萧山糖浆埭 做止咳糖浆 车间…).
 */
const MADE_AT_PLACE = new RegExp(`^[^，。？！,.?!；;\\s]{0,8}?(?:村|镇|乡|县|市|区|街道|园区|开发区|[${VILLAGE_END}](?=[\\s，,]))的?[\\s，,]?(?:做|生产|造|加工)([^，。？！,.?!；;：:了的\\s]{2,10})(?=[，,。\\s])`, 'g');
/** …or opens on a village and the asker's trade said with 的 (黄岩复模岙做手板的，…; 东山村生产轴承的，…; 宁海推杠岙做消防通道那种逃生推杠锁的。; typed apart, 东阳珠子畈 做玻璃米珠的). */
const MAKER_AT_VILLAGE = new RegExp(`^[^，。？！,.?!；;\\s]{1,8}?[${VILLAGE_END}村镇乡][\\s，,]?(?:做|生产|造|加工)([^，。？！,.?!；;：:了的\\s]{2,12})的(?=[，,。\\s])`, 'g');
/** …or what a factory the asker opens or builds is for (想去墨西哥开个分厂做宠物咬胶，…). */
const FACTORY_FOR = /(?:开|建|设|办)了?(?:个|一个|家|一家|座)?(?:小|大)?(?:分厂|新厂|工厂|厂|车间|公司|作坊)(?:专门|主要)?(?:做|生产|造|加工)([^，。？！,.?!；;：:了的]{2,10})(?=[，,。？！?!]|$)/g;
/** What the asker says their family or premises make (乌篷船, 灭火器, 宠物尿垫). */
export function madeByAsker(text: string): string[] {
  // (Typed apart from the place, 萧山糖浆埭 做止咳糖浆 车间…, only where a making is named: 萧山区 做社保补缴 去哪个窗口 makes nothing.)
  const atPlace = [...text.matchAll(MADE_AT_PLACE)].filter((m) => !(/[\s，,]/.test(m[0]) || /^\s/.test(text.slice(m.index + m[0].length))) || MAKER_NAMED.test(text));
  return [...text.matchAll(SELF_MAKES), ...text.matchAll(MADE_FROM), ...text.matchAll(SELF_DOES), ...text.matchAll(MADE_IN), ...atPlace, ...text.matchAll(MAKER_AT_VILLAGE), ...text.matchAll(FACTORY_FOR)].map((m) => m[1]!);
}
/** 做丝带做了三十来年, 做燃气灶面板做了十多年, 搞宠物剃毛推子二十多年了, 做了三十年手工皮鞋: what the asker has made for years, said without 的. */
const MADE_FOR_YEARS = /(?:做|生产|加工|搞|干)([^，。？！,.?!；;：:了做搞干]{1,10}?)(?:做了|搞了|干了|[一二三四五六七八九十几两\d]+多?年)|(?:做|生产|加工|搞|干)了?[一二三四五六七八九十几两\d]+多?年的?([^，。？！,.?!；;：:了的]{2,10})(?=[，,。？！?!]|$)/g;
/**
 * 听村里人讲, 村干部讲…, 我儿子说…: who the asker heard it from, at a clause's start — who told, not what is asked.
 */
const HEARSAY = /(?:^|[，。？！,?!；;])\s*听?([^，。？！,?!；;讲说]{1,6}?)(?:讲|说)(?![明法话的过])/g;
/** 老公叫我问, 我爸让我来问问, 合伙人托我打听: who sent the asker, at a clause's start — who asks, not what is asked. */
const RELAYED = /(?:^|[，。？！,?!；;])\s*(?:帮)?([^，。？！,?!；;叫让托喊]{1,6}?)(?:叫|让|托|喊)我(?:来)?(?:问|打听|咨询)/g;
/** What the asker wants the answer for, told in a clause of its own (写课程论文要用，…; 给老板做汇报用，…): who asks, not what. */
const PURPOSE = /(?:^|[，。？！,?!；;])\s*(?:写|做|准备|给|帮)([^，。？！,?!；;]{2,12}?)(?:要用|用的|用|需要|参考)(?=[，,。])/g;
/** Who the asker is, said first (我是跑财经口的记者，…; 本人是退休干部): who asks, not what is asked. */
/**
 * The machine or line the asker wants to buy (想换台数码印刷机, 买两条自动化生产线): what the money is for, as the asker names
 * it — context, not another topic (the plan speaks of 设备更新, not of 数码印刷机).
 */
/**
 * What is said after the verb of a machine bought: how many, then the machine (三台新的数控开料机, 一条流水线, 一批数控磨床和热处理线),
 * by whatever name an owner gives it (新机子, 三台加工中心, 冲床), before a pause, a question or what is said of it (换机器这种事) —
 * not what something else is bought for (买人家大学的专利来改机器).
 */
const MACHINE_NAMED = '(?:了|个|[一二两三四五六七八九十几\\d]+|台|套|批|条|些|新的|新){0,4}((?:[^，。？！,.?!；;：:来去]{1,10}?)?(?:机器|机子|机台|设备|机床|磨床|车床|铣床|钻床|冲床|加工中心|生产线|流水线|机器人)|[^，。？！,.?!；;：:来去]{1,10}?(?:(?<![手司飞耳])机|(?<![专热路在上下连红底网航])线))(?=[，,。？！?!]|$|吗|呢|要|能|得|的|这|那|把)';
const MACHINE_BOUGHT = new RegExp(`(?:换|买|上|添|购置|采购|引进|新上)${MACHINE_NAMED}`, 'g');
/** …or the machines the asker has, counted (十几台织机要搬进小微园, 三十台注塑机): the asker's equipment, not what is asked. */
const MACHINES_HELD = /(?:[\d一二两三四五六七八九十几百]+多?|十几|几十)台([\u4e00-\u9fff]{1,6}?(?:机|机床|磨床|车床|铣床|钻床|炉))(?=[^\u4e00-\u9fff]|要|都|还|在|是|的|和|跟|$)/g;
/**
 * The technology, process or recipe the asker wants to buy or find (想找大学买个低温真空油炸的技术): what they seek, named as they name
 * it — context, as a machine bought is (the plan speaks of 技术交易, not of 真空油炸).
 */
const TECHNOLOGY_SOUGHT = /(?:买|引进|购买|求购)(?:个|一个|一项|一套|套|点)?([^，。？！,.?!；;：:买找哪]{2,12}?)的?(?:技术|工艺|配方|专利)/g;
/** …or the question opens on where the asker is and what they make, in a clause of its own (开化霞山做砚台，…; 海盐汤家沥 做轴承座 …). */
const OPENS_WITH_TRADE = /^[^，。？！,.?!；;\s想要上搞买换用]{2,8}?[，,\s]?(?:做|生产)([^，。？！,.?!；;：:了的]{1,8})(?=[，,])/g;
const SELF_INTRO = /(?:^|[，。？！,?!；;])\s*(?:我|本人|我们|俺|俺们|咱|咱们)是([^，。？！,?!；;：:]{2,16})/g;
/** 就做液压梭阀一样东西, 只做轴承这一样: the one thing the asker makes, said as such without 的. */
const ONE_THING_MADE = /(?:只|就|专门?|光)(?:做|生产|造|加工)([^，。？！,.?!；;：:了的]{2,12}?)(?:这?一样|这?一种|这?一个)(?:东西|产品|零件|配件|件)?/g;
/** 派对帽子想自己做跨境电商: a question typed in a hurry that opens on the asker's product, then what they want to do with it. */
const OPENS_WITH_PRODUCT = /^([\u4e00-\u9fff]{2,6}?)(?:想|打算|准备)(?:自己)?(?:做|搞|上|弄|开|申请|申报)/g;
/**
 * 山地履带搬运车 规划里农机有提吗, 介入导丝 规划里有支持吗, 空气悬架气囊 算汽车重点不: a product typed alone before the question to the plan
 * (or whether it counts as one of the plan's) is the asker's —
 * a name, no verb in it (not 听说要造新的工业园，…).
 */
const OPENS_WITH_LABEL = /^(?![^，,\s]*[说要想能是有在了的把被让给搞做买卖听])([\u4e00-\u9fff]{2,10})(?=[\s，,]+(?:规划|省里|政府|政策|有没有|有啥|能不能|算|属于|属不属于))/g;
/**
 * 淳安桑叶坑 蚕茧烘干 还在用小燃煤炉…: a question typed in a hurry that opens on where the asker is (a village said by its last
 * character: 坑, 岙, 坞…) and then, in a clause of its own with no verb of telling or wanting, what they make or do — not after a
 * city or district (宁波市，幼儿园报名), whose next clause is as often what is asked.
 */
const OPENS_WITH_PLACE_THEN_LABEL = new RegExp(`^[\\u4e00-\\u9fff]{2,8}?[${VILLAGE_END}][\\s，,]+(?![^，,\\s]*[说要想能是有在了的把被让给搞做买卖听还])([\\u4e00-\\u9fff]{2,8})(?=[\\s，,])`, 'g');
/**
 * …or the question opens on a person's role, in a clause of its own (退休数学老师，给社区做宣讲PPT。…), or right after a clause saying
 * only where the asker lives (我住镇海某某弄，炼化厂退休的工程师，…).
 */
const OPENS_WITH_ROLE = new RegExp(`^(?:(?:我住|家住|住在|我在)?[\\u4e00-\\u9fff]{2,10}(?:[${VILLAGE_END}村镇乡县市区弄路巷]|街道|小区)[，,\\s]+)?([\\u4e00-\\u9fff]{0,8}(?:干部|工人|职工|员工|记者|老师|教师|学生|研究生|工程师|会计|司机|公务员|志愿者))(?=[，,。\\s])`, 'g');
/** The product explained right after the trade (做疝修补片的，就是手术里补肚子用的那种网片): what it is for and what it is, the asker's. */
const PRODUCT_EXPLAINED = /的[，,]\s*就是([^，。？！,?!；;]{2,20}?那种[^，。？！,?!；;]{1,8})/g;
/** What the asker says they are (跑财经口的记者, 退休干部). */
export function selfIntroductions(text: string): string[] {
  // (A role opening the question says who asks only when the plan is what is asked — 退休数学老师，…规划…; 怀孕女职工，能不能调岗 and
  // 考研学生，… are the asker's own affair — and never a circumstance or an exam: 怀孕, 低保, 残疾, 考…)
  const opening = /规划|十四五/.test(text) ? [...text.matchAll(OPENS_WITH_ROLE)].filter((m) => !/怀孕|低保|残疾|考|医保|社保|快|高龄|返聘/.test(m[1]!)) : [];
  return [...text.matchAll(SELF_INTRO), ...opening].map((m) => m[1]!);
}

/**
 * What a membership question asks to place (激光切割机算高端装备吗, 我们这种集成吊顶算不算智能家居): the asker's product,
 * like their trade — the category after 算 is what the plan is asked about.
 */
const MEMBER_SUBJECT = /(?:^|[，。？！,?!；;])([^，。？！,?!；;]{2,14}?)(?<!怎么|咋|如何|怎样|么)(?:算不算|算是|算|属不属于|属于)(?![的出了下法账])/g;
/** …and what a rating is asked for (纳米晶磁芯能评小巨人不, 碳化硅衬底能不能申报隐形冠军): the product stands for the firm that makes it. */
const RATED_SUBJECT = /(?:^|[，。？！,?!；;])([^，。？！,?!；;]{2,14}?)(?:能不能|可不可以|能否|能|可以|有没有可能|有希望)(?:评上|评得上|评选|参评|评|申报)(?![^，。？！,?!]{0,4}?(?:职称|奖学金|三好|先进个人|优秀|文明|低保|个税|医保|社保))/g;
export function memberSubjects(text: string): string[] {
  return [...text.matchAll(MEMBER_SUBJECT), ...text.matchAll(RATED_SUBJECT)].map((m) => m[1]!);
}

/** Words of the question that describe the asker's business rather than what they ask about. */
export function businessContext(text: string, terms: readonly string[]): Set<string> {
  const spans = [...[...text.matchAll(SELF_DESCRIPTION), ...text.matchAll(OPENS_WITH_TRADE), ...text.matchAll(SELF_CLAUSE), ...text.matchAll(SELF_INTRO), ...text.matchAll(PURPOSE), ...text.matchAll(MADE_FOR_YEARS), ...text.matchAll(ONE_THING_MADE), ...text.matchAll(HEARSAY), ...text.matchAll(RELAYED), ...text.matchAll(MACHINE_BOUGHT), ...text.matchAll(MACHINES_HELD), ...text.matchAll(TECHNOLOGY_SOUGHT), ...text.matchAll(OPENS_WITH_PRODUCT), ...text.matchAll(OPENS_WITH_LABEL), ...text.matchAll(OPENS_WITH_PLACE_THEN_LABEL), ...text.matchAll(PRODUCT_EXPLAINED)].map((m) => (m[1] ?? m[2])!), ...madeByAsker(text)];
  // A name in quotes (“5G全连接工厂”是怎么说的, “未来工厂”) is the plan's, asked about — not the asker's business.
  const quoted = [...text.matchAll(/[“"「『][^”"」』]{1,20}[”"」』]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const end of text.matchAll(BUSINESS_END)) {
    if (quoted.some(([from, to]) => end.index > from && end.index < to)) continue;
    const before = [...text.slice(Math.max(0, end.index - NAME_REACH), end.index)];
    const stop = before.findLastIndex((ch) => NAME_STOP.test(ch));
    spans.push(before.slice(stop + 1).join(''));
  }
  return new Set(terms.filter((term) => spans.some((span) => span.length > 0 && span.includes(term))));
}

/**
 * 医院那边的经销商要求… (whose distributor or buyer asks something of the asker — not 医院的采购流程, 首台套的采购有什么支持, 智能家居的经销商能享受…), 主要卖给农机厂和无人机厂, 给宠物医院做兽用针头, 给剧院做座椅 (a place of a trade outside manufacturing, named alone), 给几家主机厂配套, 产品是实验室和芯片厂用的, 做有机硅灌封胶，给新能源车电控用的: who the asker sells to —
 * their customers, not what the question asks about.
 */
const SOLD_TO = /(?:卖给|供给|供货给|销往|出货给|客户(?:是|都是|主要是))([^，。？！,.?!；;]{2,14})|(?:给|替|专门给|主要给)(?![我你他她家孩老女儿爸妈爷奶父母])([^，。？！,.?!；;给替在]{2,10}?(?:厂|实验室|医院|诊所|学校|工地|车企|电站|超市|商场|饭店|酒店)|[^，。？！,.?!；;给替在]{0,10}?(?:医院|学校|超市|商场|饭店|酒店|宾馆|餐厅|食堂|剧院|剧场|影院|景区|幼儿园|养老院|机场|车站|码头|银行|小区))(?:做|生产|加工|供|配)(?!(?:导游|讲解|义工|志愿者?|护士|护工|医生|老师|保安|保洁|清洁工?|服务员?|厨师|会计|兼职|临时工|工作)+(?:[，。？！,?!的了]|$))|给([^，。？！,.?!；;给]{2,12}?)(?:做)?配套|(?:是|给|供|专门给)([^，。？！,.?!；;是给]{2,12}?(?:厂|实验室|医院|学校|工地|企业|公司|车企|电站))用的|(?:^|[，,。])[^，,。]{0,16}?(?:做|生产|产)[^，,。]{1,12}?的?[，,]\s*(?:是|主要|都是|专门)?给([^，。？！,.?!；;是给自]{2,12}?)用的|(?:^|[，,。？?！!])([^，。？！,.?!；;我你他她]{2,8}?)(?:那边|那头|方面)?的(?:经销商|代理商|采购商?|渠道商|买家)(?=[，,]?(?:那边|方面)?(?:老是|总是|天天|每天|经常|最近|现在|又|老|总|一直|都|也|非|硬|点名|跟我们?|对我们?|和我们?|给我们?)*(?:要求|要(?![多几怎啥什])|需要(?![多几怎啥什哪])|让|叫|说|嫌|催|压价|砍价|反映|反馈|希望|提出|指定|问我))/g;
/** 医院的经销商, 医院那边的代理商: a distributor named by whom it serves is a business, whatever it asks — not that place's own affair (医院的采购 is). */
const CHANNEL_OF = /(?:^|[，,。？?！!])([^，。？！,.?!；;我你他她]{2,8}?)(?:那边|那头|方面)?的(?:经销商|代理商|渠道商)/g;
/** …only where it asks the plan's support (申请, 补贴, 规划…): 医院的代理商回扣怎么算, 医院的经销商要啥资质 stay the place's affair. */
const ASKS_SUPPORT = /申请|申报|认定|评上|评选|支持|补贴|补助|扶持|奖励|政策|规划|小巨人|专精特新/;
export const channelOf = (text: string): string[] => ASKS_SUPPORT.test(text) ? [...text.matchAll(CHANNEL_OF)].map((m) => m[1]!) : [];
/** Whether the character at `at` lies inside one of the spans naming whom the asker sells to (卖给江西安徽那边的养殖场). */
export function inSoldTo(text: string, at: number): boolean {
  return soldTo(text).some((span) => { if (!span) return false; for (let from = text.indexOf(span); from >= 0; from = text.indexOf(span, from + 1)) if (from <= at && at < from + span.length) return true; return false; });
}

export function soldTo(text: string): string[] {
  // (A span ends where the asker goes on to what they run, unpunctuated: 卖给游客|顺便开了个农家乐 — not where the customer is one who
  // runs something, 卖给开了饭店的老板.)
  const spans = [...text.matchAll(SOLD_TO)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!).replace(RUNS_AFTER, '$1'));
  // (…and a farm, a venue, a games or farmers and fishers made for, 给安徽的养殖场做, 给亚运会做过奖牌, 给养大黄鱼的渔民做投饵机, where the asker names a making of their own: 我给足球场做球童
  // and 给马拉松比赛做配速员 are a job there.)
  const venues = MAKER_NAMED.test(text) ? [...text.matchAll(VENUE_SOLD_TO)].map((m) => m[1]!) : [];
  return [...spans, ...venues].filter((span) => span.length > 0);
}
const RUNS_AFTER = /([\s\S]{2,}?)(?:顺便|顺带|另外|同时|还|也|又)(?:开|经营|办)(?:了|个|家|一)[\s\S]*$/;
const VENUE_SOLD_TO = /(?:给|替|专门给|主要给)([^，。？！,.?!；;给替在]{0,10}?(?:场|馆|运动会|亚运会|奥运会|全运会|省运会|马拉松|锦标赛|比赛|赛事)|[^，。？！,.?!；;给替在]{0,14}?(?:渔民|渔户|渔船|船东|农户|农民|果农|茶农|菜农|养殖户|种植户|牧民))(?:做|生产|加工|供|配)/g;
/** The asker names a making of their own: a factory, a firm, production, 我们做…的, 我们给…做, 给…做LED屏的 (not a job done there, 给亚运会做安保的). */
export const MAKER_NAMED = /厂|公司|企业|车间|作坊|生产|加工|制造|(?:^|[，。,\s]|我们|咱们)(?:是|家)?做[\u4e00-\u9fff]{1,8}的|(?:我们|咱们)(?:是|家)?做[\u4e00-\u9fff]{2,8}(?=[，。,\s])|(?:我们|咱们)(?:做的|给)|给[^，。？！,.?!]{1,12}?做(?!导游|讲解|义工|志愿|护士|护工|医生|老师|保安|保洁|清洁|服务|厨师|会计|兼职|临时工|工作|安保|裁判|教练|陪练|配速|管理员|球童|救生|私教|解说|摄影|直播|翻译|后勤|准备)[\u4e00-\u9fffa-z0-9]{1,8}的(?!厨师|师傅|工人|员工|司机|阿姨|保姆)/i;

/**
 * 浙政发〔2021〕20号文件里讲了数字化改造什么: a document named by its number — a name, not what the question asks about
 * (a question about the document itself is told by its words, not by this weight).
 */
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,6}[〔［\[【(（]\d{4}[〕］\]】)）]\d+号(?:文件|文)?/g;
export function documentNumbers(text: string): string[] {
  return text.match(DOCUMENT_NUMBER) ?? [];
}

/**
 * 跟德国那边的研究所合作搞技术, 和日本企业联合研发: who the asker works with — a partner abroad is the plan's international
 * cooperation, not another place's own policy.
 */
const PARTNER = /(?:跟|和|与|同)([^，。？！,.?!；;]{1,12}?)(?:合作|联合|对接|共建|交流|搞合作)/g;
export function partneredWith(text: string): string[] {
  return [...text.matchAll(PARTNER)].map((m) => m[1]!);
}

/** 年轻人干不到半年就往杭州跑: where the asker's workers leave for — their story, not what is asked about. */
const LEFT_FOR = /(?:往|去|跑到|跑去)([^，。？！,.?!；;往去]{1,6}?)(?:跑|打工|跳槽)/g;
export function leftFor(text: string): string[] {
  return [...text.matchAll(LEFT_FOR)].map((m) => m[1]!);
}

/** 除了品字标，还有哪些奖: what the question sets aside to ask for the rest — the one thing it does not ask about. */
// …or what the asker says is out of their reach or plans (离单项冠军还远着呢, 够不上小巨人, 不打算上市): what fits them is asked, not that.
// …or what the asker says in brackets they do not mean (（不是十三五那个4.2%）): the figure they already have, not the one asked.
const BESIDES = /除了([^，。？！,.?!；;]{1,12}?)(?:以外|之外|外)?(?=[，,]|还|也|别的|其他)|离([^，。？！,.?!；;]{2,10}?)还(?:远|差得远|差一大截|早)|(?:够不上|够不着|(?<!(?:是不是|是否|会不会|为什么|为啥|难道|省里|政府|国家|规划里?)[^，。？！,.?!；;]{0,8})(?:不打算|没打算|不准备))([^，。？！,.?!；;吗呢]{2,10})|[（(](?:不是|不要|不问|别说)([^）)，。？！,?!]{2,20})[）)]|(?:刚才|前面|上面|你)(?:说|讲|提)的都是([^，。？！,.?!；;]{1,8}?)(?=[，,。；;])/g;
// (…or what the last answer was all about, said before what else is asked: 刚才说的都是贷款，要是想让产业基金投点股份呢 — only with
// something asked after it, and not when that is the same thing again: 刚才说的都是新材料，新材料在哪些地方集聚.)
export function besides(text: string): string[] {
  return [...text.matchAll(BESIDES)]
    .filter((m) => m[5] === undefined || !text.slice(m.index + m[0].length).includes(m[5]))
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
}

/** 跟杭州宁波比, 和江苏相比, 比起温州来, 比小巨人再高一档的: the spans a question compares with (and those a complaint names, below). */
const COMPARED = /(?:跟|和|与|同)([^，。？！,.?!；;、]{1,12}?)(?:相比|比较|比起来|一比|比(?![重例率值如较]))|比起([^，。？！,.?!；;]{1,10}?)(?:来|的话|，|,|$)|比([^，。？！,.?!；;、]{2,8}?)(?:再|还|更)?(?:高|低|大|强)(?:一档|一级|一个档次|一个级别|一层)/g;
/** 好东西都给了杭州宁波, 项目全落到了温州那边: the places a complaint says got more — compared with, not asked about. */
const COMPLAINED = /(?:好东西|好处|好项目|好政策|好的|资源|大项目|项目|政策|钱)(?:都|全|总|全都|总是)(?:给了|给|让给了?|落到了?|落在了?|被)([^，。？！,.?!；;]{2,10}?)(?:拿走|抢走|占了|占去|拿去|那边|那里)?了?(?=[，。？！,.?!；;]|$)/g;

/** …unless the asker then asks to join the place complained of (好处都让给了上海，我们嘉兴怎么接轨): then it is asked about too. */
const JOINS = /接轨|对接|融入|靠拢|一体化/;
export function comparedWith(text: string): string[] {
  return [...[...text.matchAll(COMPARED)].map((m) => m[1] ?? m[2] ?? m[3]!), ...(JOINS.test(text) ? [] : [...text.matchAll(COMPLAINED)].map((m) => m[1]!))];
}

/** …said as bought or replaced, not only put on (上 after a wish or a time: 想上, 刚上 — not 上虞). */
// (换成带电脑控制的新机子: what it is replaced with.)
const MACHINE_PURCHASED = new RegExp(`(?:换成?|买|添|购置|采购|引进|新上|(?<=想|要|刚|准备|打算|再)上)${MACHINE_NAMED}`, 'g');
/**
 * …or the machines named first, then wished replaced (几台老机器想换掉, 设备也该更新了), or replaced by a new one said after (钎焊炉用了十几年
 * 老坏，想换台新的).
 */
const MACHINE_TO_REPLACE = /((?:老|旧)?(?:机器|机子|设备|机床|冲床|生产线))(?:我们|咱们|我)?(?:都|也|还)?(?:想|要|准备|打算|得|该)(?:换|更新)|(?<=^|[，,。\s])([\u4e00-\u9fff]{1,4}(?:机|机床|[^燃锅熔]炉|设备|生产线))[^。？！?!]{1,20}?换(?:[一两几]?(?:台|个|套|条))?新的/g;
/** …the latter only where a business is told (做…的, 厂, 车间): 家里洗衣机用了十年想换台新的 is a household's. */
const BUSINESS_TOLD = /厂|车间|公司|企业|作坊|做[^，。？！,?!]{1,12}的/;

/** The machines the asker buys or replaces (想换三台新的数控开料机 → 数控开料机). */
export function machinesBought(text: string): string[] {
  return [...text.matchAll(MACHINE_PURCHASED), ...[...text.matchAll(MACHINE_TO_REPLACE)].filter((m) => m[1] !== undefined || BUSINESS_TOLD.test(text))].map((m) => (m[1] ?? m[2])!);
}

/** A machine named (机械手一台十几万) with a wish to lease it or pay by the month (能不能先租着用，按月给钱): the machine, else null. */
const MACHINE_WORD = /机械手|机械臂|机器人|机器|机子|机台|设备|[^燃锅熔]炉|机床|冲床|车床|磨床|铣床|加工中心|注塑机|生产线|流水线/;
const LEASED = /租(?!厂房|房|场地|地|个厂)(?:[一两几]?[台套条个])?(?=[^，。？！,?!放]{0,3}(?:机|设备|生产线|流水线))|先租|租着用|租来用|租赁|租用|以租代购|分期(?:付款|付|买|租|还)|按月(?:给|付|交|还)|月供/;
function machineLeased(text: string): string | null {
  return LEASED.test(text) ? (MACHINE_WORD.exec(text)?.[0] ?? null) : null;
}

/** What any machine bought or replaced stands for in the plan's words (as index terms), and any machine leased (cut as queries are). */
const MACHINE_PURCHASE = ['设备更新', '技术改造'];
const MACHINE_LEASE = ['融资租赁'];
/**
 * The machines the asker buys, replaces or leases, and a thing used up asked what becomes of it (usedUpTold, below), each with the plan's
 * words it stands for and the terms to look for.
 */
export function machinesTold(text: string, queryTerms: (target: string) => string[], inPlanText?: (text: string) => boolean): [string, string[], string[]][] {
  const leased = machineLeased(text), usedUp = usedUpTold(text, inPlanText);
  return [
    ...machinesBought(text).map((m): [string, string[], string[]] => [m, MACHINE_PURCHASE, MACHINE_PURCHASE]),
    ...(leased ? [[leased, MACHINE_LEASE, MACHINE_LEASE.flatMap(queryTerms)] as [string, string[], string[]]] : []),
    ...(usedUp ? [[usedUp[0], usedUp[1], usedUp[1].flatMap(queryTerms)] as [string, string[], string[]]] : []),
  ];
}

/**
 * What becomes of a thing used up (光伏板用坏了退下来咋处理, 电池报废了怎么回收, 淘汰下来的旧设备咋弄): the plan's retired equipment and its
 * recycling (退役光伏、动力电池…综合利用; 再生资源回收利用), whatever the thing is called, or who takes it (报废了…旧板子谁管) — not a person stepping down (老师傅退下来了怎么办).
 */
const USED_UP = /(用坏|用旧|用废|报废|退下来|退役|淘汰下来|换下来|拆下来|寿命到了?|用到头|废旧|废弃)[^。？！?!]{0,12}?(?:处理|处置|回收|(?:咋|怎么|如何|怎样|谁来|能不能|可以)(?:办|弄|收)|谁(?:来)?(?:管|收|负责))/;
/** Heads that may be said of a person (退下来, 退役): a person in the same clause before them, or a person's word after (退役军人, 退役金). */
const PERSON_BEFORE = /(师傅|工人|员工|职工|干部|老板|领导|厂长|经理|会计|老爷子|老头|爸|妈|哥|姐|弟|老公|老婆|人|我|他|她)[^，。？！,?!]{0,6}$/;
const PERSON_AFTER = /^(?:了)?(?:军人|士兵|老兵|军|金|费|安置|人员|干部|以后|后)/;
const SAID_OF_PERSON = /^(退下来|退役|淘汰下来|换下来)$/;
/** …nor a household's or an office's affair about it (私家车报废手续, 旧冰箱上门回收, 报废设备的税), nor land or a building (废弃厂房). */
const NOT_EQUIPMENT = /家里|家用|私家车|手机|冰箱|洗衣机|车牌|手续|过户|注销|上门|税|抵扣|赔|厂房|土地|用地|房子|修|客户/;
const END_OF_LIFE = ['退役', '综合利用', '回收利用'];
export function usedUpTold(text: string, inPlanText: (text: string) => boolean = () => false): [string, string[]] | null {
  const m = USED_UP.exec(text);
  // (…nor a word of the plan's own name for it, 报废汽车的三元催化里回收铑: the plan's word is read as itself.)
  if (!m || (SAID_OF_PERSON.test(m[1]!) && (PERSON_BEFORE.test(text.slice(0, m.index)) || PERSON_AFTER.test(text.slice(m.index + m[1]!.length)))) || NOT_EQUIPMENT.test(text) || inPlanText(text.slice(m.index, m.index + m[1]!.length + 2))) return null;
  return [m[1]!, END_OF_LIFE];
}

/** Workers a firm sends to learn (送工人去学一期, 让员工去技师学院培训, 派师傅去进修, 安排员工去考电工证): the firm's training, not a family's schooling (让员工的孩子去读书). */
export const WORKERS_SENT = /(送|派|让|安排|叫|组织)[^，。？！,?!]{0,4}(工人|员工|职工|师傅|技工|徒弟|学徒|工人们|员工们)(?!的?(孩子|子女|小孩|儿子|女儿|娃|家属))[^，。？！,?!]{0,10}(学|培训|进修|读|考[^，。？！,?!]{0,4}证)/;
