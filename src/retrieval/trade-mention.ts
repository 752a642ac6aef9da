/**
 * How one mention of a trade word reads (trade.ts walks the mentions): a product made for the trade, a zone served, a carrier
 * that carries for the asker, a trade a maker is placed by or named after, the asker's own machines, a trade said with its
 * own verb. Pure over the text.
 */

/**
 * What a factory makes for a trade outside manufacturing, said after the trade's name (酒店|布草, 餐饮|设备), or a product the
 * trade's word only qualifies (种植|牙, 种植|体, 养殖|网箱, 露营|锅具), or a machine named for it (茶园|修剪机 — not 网约车|司机, nor
 * 有机 or 的机器: 我家农场有机蔬菜, 我们牧场的机器想换).
 */
export const MADE_FOR_TRADE = /^([\u4e00-\u9fff]{1,2}(?<![司飞手相时危商生转契投有的])机(?![构会关场器])|布草|用品|设备|家具|[\u4e00-\u9fff]{0,2}(?:柜|货架|展架)|耗材|用具|器材|配件|床品|灯具|装备|厨具|餐具|锅具|炊具|套装|帐篷|睡袋|桌椅|椅|炉|灯|床垫|拖鞋|车(?![队行场])|服装|鞋|箱包|机械|软件|系统|包装|制服|工服|布料|毛巾|牙|体(?!验|系|育)|网箱|艇|筏|桨|机(?![构会关])|器(?!官))/;

/** …or a product of the trade's, then the asker making it (的岩板是我们厂生产的, 用的卡丁车是我们厂造的, 的压雪车我们厂在研发). */
/** (…or the product named right after the trade, 鸭苗孵化设备是我们厂做的, 租车公司的车都是我们厂改装的.) */
export const OWN_PRODUCT_FOR = /^(?:用|专用)?的?[a-z0-9\u4e00-\u9fff]{1,8}?(?:都|也|全|全部)?(?:是|由)?(?:我们|我|咱们|咱|俺们|我家|自家)(?:家|厂|公司|工厂|厂里|厂子)?[^，。？！,?!]{0,3}?(?:做|生产|制造|造|加工|织|研发|出口|供应|供货|定制|改装|组装)/;
/** A trade named first as where the asker is (加油站旁边开了个五金厂, 蟹塘边上开了个饲料加工厂): a neighbour, not a trade run. */
export const BESIDE_IT = /^的?(?:边上|旁边|边的|附近|对面|隔壁|门口)/;
/**
 * …or, of a maker, anywhere: a trade it stands by, belongs to or came from (我们是茶园旁边的茶叶加工厂, 农场里的饲料加工厂, 国营农场下属
 * 机械厂, 林场改制后的木业公司) or a village named after it (茶园村) — and of anyone, a road or street named after a place of the trade
 * (茶园路那个小微园, 农场路上开了个面馆: the 面馆 is the trade — not 跑运输路上, on the way).
 */
const PLACED_BY = /^(?:的?(?:边上|旁边|边的|附近|对面|隔壁|门口)|里面?的|下属|下面的|改制|配套的|[村镇乡])/, ROAD_AFTER = /^(?:[路街桥弄巷](?![子边])|大道)/;
export const placedBy = (text: string, at: number, word: string, maker: boolean): boolean => (/[园场部店馆院站楼城塘庄]$/.test(word) && ROAD_AFTER.test(text.slice(at + word.length))) || (maker && PLACED_BY.test(text.slice(at + word.length)));

/**
 * …or a zone of the trade that the asker's work surveys or patrols (养殖区|巡逻, 养殖区|巡检: a service done there, with the asker's own
 * boats or drones) — not the asker's own zone (我们养殖区巡查, 我家茶叶种植区监测).
 */
export const ZONE_SERVED = /^区(?:的)?(?:巡逻|巡检|巡查|测绘|监测)/;
export const OWN_BEFORE = /(我们|我家|自家|咱们|咱家|自己|俺家)(的)?[\u4e00-\u9fff]{0,2}$/;
/** …not the asker's making said before the trade it serves (我们生产养鸡场用的, 我们研发养牛场用的). */
export const MAKING_BEFORE = /(?:生产|研发|研制|制造|设计|加工|开发|做)(?:了|的)?(?:一款|一种|一批)?$/;

/**
 * …or a carrier that carries for the asker (货都是物流公司拉的, 快递都是快递网点来拉的) — not one the asker or their family drives
 * (我开出租车拉的都是游客, 我是跑运输拉货的, 老公跑货运拉的是钢材): its subject is then the asker.
 */
const CARRIES = /^(?:拉|送|运|配送|承运|来拉|来运)(?:的|货|走|过来)/;
const ASKER_DOES = /(?:我|俺|咱|本人|老公|老婆|我爸|我妈|我哥|我弟|我姐|家里|自己)[们家]?(?:一直|也|还|就|都|主要|专门|现在|以前|平时|是|就是)*(?:开|跑|干|做|搞|当)?[了个辆台部]{0,2}$/;
export const carriesForAsker = (text: string, at: number, word: string): boolean => CARRIES.test(text.slice(at + word.length)) && !ASKER_DOES.test(text.slice(Math.max(0, at - 8), at));
/** …or a trade whose word holds its own verb (跑运输, 跑货运, 摆摊, 办酒席), said right after the asker or their family (我跑运输的, 我们跑货运的). */
export const doneByAsker = (text: string, at: number, word: string): boolean => /^[跑摆办]/.test(word) && ASKER_DOES.test(text.slice(Math.max(0, at - 8), at));

/** 是 said of another subject than the asker: goods, customers or users (货平时是跑运输的司机来拉, 客户多是茶园): not what the asker runs. */
const OTHERS_ARE = /(?:货|产品|原料|原材料|材料|客户|客人|顾客|用户|买家|下游|快递|样品|订单|对象|供应商)[^，。？！,?!我]{0,6}是$/;
export const othersAre = (text: string, at: number): boolean => OTHERS_ARE.test(text.slice(Math.max(0, at - 10), at));

/**
 * A sales counter of the trade's kind (门市部, 批发部): a maker's own is its way of selling (我们五金厂在城区开了个门市部) — not one opened
 * when the factory is gone (我们厂倒闭了，现在开了个门市部).
 */
const SALES_COUNTER = /^(?:门市部|批发部)$/, FACTORY_GONE = /厂[^，。？！,?!]{0,4}(?:倒闭|关了|关门|停产|停了|不开了|不做了|没了|黄了|破产)|以前(?:开|办|搞)[^，。？！,?!]{0,6}厂/;
export const makersCounter = (text: string, word: string, ownFactory: boolean): boolean => SALES_COUNTER.test(word) && ownFactory && !FACTORY_GONE.test(text);

/**
 * The asker's own machines, named right after their own trade and said to be replaced, broken or upgraded (我们农场收割机想换新的,
 * 我们超市的机器人导购想再添几台, 我家茶园采茶机坏了): the trade is theirs — not a maker's product (我们做超市收银机的).
 */
const OWN_KIT = /^的?[\u4e00-\u9fff]{0,4}?(?:机器人|机器|机子|机械|设备|机)[^，。？！,?!]{0,6}?(?:换|坏|报废|升级|更新|淘汰|旧了|老了|老的|旧的|添|加装|维修|修)/;
export const ownKit = (text: string, at: number, word: string): boolean => OWN_BEFORE.test(text.slice(Math.max(0, at - 5), at)) && !MAKING_BEFORE.test(text.slice(0, at)) && OWN_KIT.test(text.slice(at + word.length));

/**
 * …or a product of two to six characters and 的 after it (做景区|观光小火车的), or several listed (做景区|观光人力车、黄包车的), or a longer one
 * ending in a machine or a system (做林场|防火监测无人机的), unless the words say the trade itself (做餐饮生意的) or end in a service
 * (做民宿|OTA代运营的, 做酒店|推广服务的). A product's Latin letters or figures lead its name (做酒店|RFID房卡跟门禁卡的).
 */
export const MADE_FOR_IT = /^(?!生意|行业|这行|服务|买卖|连锁|加盟|管理|经营)(?:(?![0-9]+[多余来]?(?:年|个月|月|天|周|星期))[a-z0-9]{1,6}[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,8}(?:机|器|仪|设备|装置|系统|软件))(?:[、和及跟与](?:[a-z0-9]{1,6})?[\u4e00-\u9fff]{1,6}){0,3}(?<!服务|运营|推广|会所|配送|外包|营销|咨询|租赁|培训|建模)的/i;
