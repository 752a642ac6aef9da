/**
 * Honest about gaps: when a question asks for a detail — an amount, a procedure or office, a time, a figure —
 * that the cited clauses do not contain, the answer's first sentence says so and says where to ask; the plan's
 * related text follows. Another year's figure is never the answer: a 2025 question answered from the 2020
 * baseline says that it is the baseline. The lead sentence carries no digit but the 12345 hotline
 * (HOTLINE_REFERENCE), so every number an answer states about the plan still comes from a cited clause.
 */
import type { Clause } from '../types.js';
import { facetsInText, type FacetTable } from '../ingest/facets.js';
import { chineseNumeral } from '../ingest/parse.js';
import { askingText, asksCount, asksTargetTersely, FEE_ASKED, OUTPUT_FIGURE, PRICE_ASKED } from './intent.js';
import { MONEY } from './sentences.js';
import { SIDE_OPENERS } from '../retrieval/clauses.js';
import { INDICATOR_IMAGE, targetNotGiven } from './messages.js';
import { recentlyRead } from '../retrieval/recent.js';
import { COUNTIES_ASKED_OF, countyShareAsked, PLACE_LIST, PLACE_NAMED, QUOTED_HAD_BY_PLACE } from './places-asked.js';

export type Detail = 'amount' | 'procedure' | 'contact' | 'time' | 'names' | 'status' | 'split' | 'results' | 'figure' | 'criteria';

/** A cost's cut or raise asked by how much (专线费说要降，降多少; 专线每个月两千多，说要降，到底降多少; D类电价要加，加多少; 用电要加价，具体加多少一度; 电价一度能降几分): an amount, by money or a share, which a target like 5G基站20万个 does not give. */
const COST_CHANGE_ASKED = /(电价|水价|气价|电费|水费|价格|加价|涨价|费率|(?<![消研经])费(?!用占)|成本|租金|房租|专线)[^。？！?!]{0,16}(降|减|(?<![至最])少|(?<![增追参])加|涨|提高|上调|下调|便宜)(低|掉|下来|上去|到)?(能|会|要)?(多少|几个点|几分钱?|几毛|几厘)|(加价|涨价|降价|提价)(能|会|要)?(多少|几个点|几分钱?|几毛|几厘|几成)/;
/** …and a sentence that says a cost. */
const COST_SAID = /电价|水价|气价|电费|水费|价格|费率|费用|收费|成本|租金|房租/;

/** Whether one is of a set the plan counts (我们景宁算不算在这26个里面, 是不是山区26县之一, 在不在50个绿色低碳园区里); the count is the third group. */
const COUNT_MEMBER = /(算不算|是不是|在不在|属不属于|属于|包不包括|算)(在|进)?[^，。？！,?!]{0,8}?(\d+|[二三四五六七八九十]+)(个|家|所|座)?[^，。？！,?!\d]{0,8}?(之一|里面|里头|之内|当中|之中|中间|里|中)/;

/** A completion deadline asked (建成时限, 完成期限, 上线时间表). */
const DEADLINE_ASKED = /(建成|完成|上线)(时限|期限|时间表)/;

// (这么多 is an amount only where a sum or a reward is told before it, or it opens the question — not 单项冠军企业也有这么多吗, a count.)
/** How a criteria is named (认定标准, 划分标准, 评价标准): the detail asked (ASKS.criteria), never a department's word (departmentFor). */
const CRITERIA_OF = '认定|评定|划分|划型|评选|入选';
const CRITERIA_NAMED = new RegExp(`(?:${CRITERIA_OF}|评价)标准`, 'g');
const ASKS: Record<Detail, RegExp> = {
  amount: new RegExp(`${FEE_ASKED.source}|${/(?<!没|没有)多少钱|(?=[也能会都])(?:(?<=(?:奖|补|资助|贴息|扶持|万|元|块|钱)[^]*)|(?<=^(?:那|那么)?(?:我们|我|咱们|咱|俺们)?(?:厂|公司)?))(也|能|会|都)(有|拿到?|给|奖|补|发)?(这么|那么)多(钱)?(吗|不|么|嘛|呢|\?|？|$)|(租金|房租|租费|价格|价钱|地价)[^，。？！,?!\s]{0,8}(?<!没|没有)多少|(减|免|退|返|抵)(掉)?多少(税|钱)?|多少税|(补|给|奖|贴)(个)?几(块|毛|百|千)钱?|(补|给|奖|贴)(个)?几分钱|(补|贴|给|奖|报销)(个)?几成|(有|给|能拿|能有|拿)多少(钱的)?(奖励|补贴|补助|奖金|资助)|要不要(交|付|出)钱|(要|需要|得|用)(交|付)(个)?(年费|会费|服务费|使用费)|(年费|会费|使用费)(要|得)?(交|付)?多少|服务费(要|得)?(交|付)多少|收不收(年费|会费|服务费|使用费)|收(年费|会费|服务费|使用费)(吗|不|么|呢)|收不收费|(?<!不)免费(的)?(吗|不|么|嘛|呢|[？?]|$)|是不是免费|免不免费|收费(咋|怎么|如何)(算|收)|(怎么|咋)收费|(要|得)收费吗|要交钱[吗不么嘛]|要收(?:钱|费)[吗不么嘛]|交不交钱|收不收钱|金额|奖励?多少|补贴?多少|补助多少|资助多少|(补贴|补助|津贴|奖励|奖金)(每|一)(个)?(月|年|人|平方?米?|平|亩)(能有|能拿|能给|能发|能|有|给|补|发|拿)?多少(?![家个项名位批所座])|给多少|能拿多少|拿多少|(?<![带率占认引])领多少(?![家个项名人])|投多少|贷多少|多少万|(?<![好十])几万|(能|可以|最多|最高)(贷|拿|补|给|奖|批)(到|个)?几(十|百|千)万(?!的?(订单|单子|生意|营收|销售|产值|利润|税))|(津贴|补贴|补助|奖励)[^，。？！,?!]{0,6}几(百|千)块|面额|面值|打几折|(费|费用|钱)[^，。？！,?!]{0,3}谁(来)?(出|承担|掏|付)|(利息|利率|年化)(是|有|要|大概)?几(厘|个点)|额度|标准是多少|补贴标准|补助标准|奖励标准|(加|涨|降|减|少|便宜)(个)?(多少(钱)?|几[毛分角块]钱?)(一|每)(度|方|吨)|(一|每)(度|方|吨)(电|水|气)?[^，。？！,?!]{0,4}(加|涨|降|减|少|便宜)(个)?(多少|几[毛分角块])|按(啥|什么|多少)比例|比例是多少|具体(的)?比例|多大比例|(优惠|便宜|减免|少交|少付|省)(个)?多少|百分之几|几个点|(?<![一-龥])几厘|能到几厘|利率|利息(是|有|要)?多少|贴息多少|奖金|(经费|资金)(有|是|给|能给|能有|大概)?多少(?![家个项笔人次])/.source}`),
  // (填 of 填补 files nothing: 规划里讲的断链断供风险，我们的产品哪里能填补上 asks which gap, not where a form is filled — but 填补贴, 填补助
  // are 填 and a subsidy's form: 小巨人奖励去哪里填补助申请.)
  procedure: /((?:怎么|如何|咋)(?!办[呢啊吧嘛]?(?:[？?，,。！!]|$))|在哪|哪里|去哪|到哪|往哪|找谁|向谁|哪个部门|什么部门|哪个单位|哪个窗口)(个)?(去)?(申请|申报|报名|办理|申领|领取|对接|认定|认证|受理|投诉|反映|打分|评分|评定|接入|接进去|加入|报|办|领|开(?=[？?，,。！!吗呢]|$))|(?<!(?:我|我们|咱们|俺|你|他|她|他们|没|规划|规划里|规划中|原文|原文里|文件|文件里|文中))哪(里|儿)?有(?=[？?]|$)|(哪个|什么|啥)(部门|单位)(牵头|负责|来管|管)|申报(流程|条件|材料|时间|入口)|(申请|办理|申报)(流程|手续|条件|材料)|流程是什么|要(什么|哪些)材料|(去|到)哪个部门|门槛|受理|哪个窗口|找哪个部门|找谁|找哪家(银行|机构|单位|公司)|(去|到|在)哪(个|家|一个|一家|级)(法院|银行|机构|局|大厅|平台|网站)(去)?(申请|申报|办理|办|报名|登记|备案)|(满足|符合|具备|需要|要)(达到)?(什么|哪些|啥)条件|(申报|申请|评选|认定)?条件(是|有)(啥|什么|哪些)|(才|就)(够|算|能|可以)(条件|资格|格|评上|申报|申请|入选|认定)|够(条件|资格|格)|(怎么|如何|咋)(才能|样才能)?(评上|评定|认定|申请|申报|入选|拿到|享受到?)|(在哪|哪里|去哪|到哪)(里|儿)?(能|可以|才能)?(下载|注册|登录|登记|填报|填(?!补(?![贴助])))|(在哪|哪里|去哪|到哪)(里|儿)?(能|可以)?下(?=[、，,。？?！!]|$)|谁(来)?(审|审批|批)(?=[、，,。？?！!]|$)|(填|交|提交|准备|(?:要|得|需要|需|应该)带)(啥|什么|哪些|几个|几份|多少)(资料|材料|表|东西)|(补贴|补助|奖励|奖金|资金|钱|券)[^，。？！,?!]{0,6}(怎么|如何|咋)(才能)?(拿|领|要)(?!求)|(要|得|需要)跑几(个|趟)(部门|窗口)?|(材料|资料|申请书|申请表|表格)[^，。？！,?!]{0,2}(交|送|递|提交|报)(到|去|给)?(哪|谁)|下载(地址|链接)|(哪个|什么|啥)(网站|网址|系统|app|小程序)(上)?(去)?(报|申报|申请|填报|提交|办)|(在|是)哪个(app|小程序|网站|网址)|(怎么|如何|咋)(开通|注册|登录|下载|绑定)|(下|装|用)(哪个|什么|啥)(app|软件|小程序)|(去|到)哪(里|儿)?(弄|搞|领|拿)|流程(咋|怎么|如何)(走|弄|办|搞)|先申请还是|入口在哪|多少(才|就)(算|能|够|可以)|前几(名|位)(才|就)?(算|能|够|可以)|多少[^，。？！,?!]{1,8}(以上|以下)(才|就)?算|(最低|最少|起码|至少)要?(达到|到|做到)?多少|归(哪个|什么|哪)(个)?部门|哪个部门(管|负责)|(考|要|需要|得)(啥|什么|哪些|哪个)(资格证|资格|证书)|(才|就)(算|能|可以|够)(达标|合格)|多少分(才|就)?(能|算|可以)?(过|通过|合格|评上|达标|入选)|(打分|评分)(标准|细则|规则|办法)|(评审|评分|认定|评选)(分数|分值|要多少分)|(评审|评选|认定)要?多少分|(评审|示范|认定)评分(?=[？?。！!]|$)|达标(线|标准)|才能?评得?上|评得上吗|够不够(格|条件|资格)?|划线|分档|(算|评|属于)?哪(一)?档|几档|档次|(营收|产值|销售额|规模|员工|人数|税收)(要|得|需要|至少)(交|做|达)?(到)?(多少|多大|几)|(才|就)(不算|不会算|不被算|不会被评为?)(落后|差|低效)|(?<![a-zA-Z])[a-dA-D]类(线|标准|门槛|是多少)/,
  // Where an office sits and how to reach it (领导小组办公室设在哪个单位, 有没有联系电话): the plan names bodies, never their addresses.
  contact: /联系电话|联系方式|有没有个?电话|办公室在哪(里|儿)|(咋|怎么|如何|怎样)(跟他们|和他们|跟人家)?联系|(综合体|中心|平台|基地|窗口|大厅|服务站|研究院)(具体)?(在哪|设在哪)|打(哪个|什么|啥)电话|联系人|专人对接|对接人|(咨询|办公|服务)电话|电话(是|号码|多少)|办公(地点|地址)|(设在|设于)(哪|什么|啥)|在哪(里)?办公|(地址|邮箱|网址|官网)(是|在)?(哪|多少|什么)/,
  time: new RegExp(`${DEADLINE_ASKED.source}|${/(什么时候|啥时候)(开始|申报|报名|截止|能|可以|下来|出|发|公布|降|涨|调)|(要|需要|得|大概|大约)要?多(长时间|久)(?![^，。？！,?!]{0,3}(建成|建好|建完|完成|培育|达到|实现))|(最迟|最晚|最后)(哪年|哪一年|什么时候|啥时候)|多(长时间|久)(能|可以|才能)?(批|办|下来|到账|拿到|审)|(补|免|减|贴)(个)?几年|(补|免|贴)多久|何时(开始|申报|截止)|多少天|几个工作日|(要|得|需要)?等多(久|长时间)|几个月(能|可以|才能|就)?(到账|下来|批|拿到)|几天(能|可以|下来|办)|(办|批|审|弄)(下来|好|完)[^，。？！,?!]{0,3}(要|需要|得)几(天|周|个月|个工作日)|截止到?(时间|日期)|啥时候(申报|报名|开始|截止|能)|截止(是|在|到)?(哪天|哪一天|几号|几月|什么时候|啥时候)|(哪天|哪一天|几号|几月几号|几月份)(截止|开始|申报|报名|受理)|(几月份?|哪个月)(报|申报|申请|报名|开始|评(?!价)|评选|评审|评估|公布|出结果)|(哪一年|哪年)(搞|开展|进行|评估|开始|实施|公布|出台)|(哪天|哪一天|几号|什么时候|啥时候|哪年|哪一年)(之前|以前|前)|(有没有|有)(个|什么|啥)?(最后)?期限|(?<!规划)期限是|(什么时候|啥时候|何时|哪一年|哪年)(建好|完工|投用|投入使用|投运|对外开放|对外接)/.source}`),
  // Which ones a count stands for (25个…都是哪几个, 具体是哪25个), or whether one is on a list (在“万亩千亿”平台名单里吗): given
  // only by the plan listing them.
  names: new RegExp(`${COUNT_MEMBER.source}|${COUNTIES_ASKED_OF.source}|${QUOTED_HAD_BY_PLACE.source}|${/(我们|咱们|俺们|我)(这个)?(县|区|市|镇|乡|街道|村|厂|公司|企业|单位)[^，。？！,?!]{0,4}(有没有|是不是|是否|有无)(上榜|入选|入围|列入)|(名单|清单|名录)[^，。？！,?!]{0,4}在哪(里|儿)?(能|可以)?(看到|查到|查询|下载|看)|(有|是)?哪(几|些)(所|个|家|批|座)[^，。？！,?!]{0,4}(入选|评上|上榜|进了|列入|入围)|在[^，。？！,?!]{0,14}(名单|名录)(里|上|中|内)|(名单|名录)(上|里|中)?(有|是|都有)?哪(些|几)|是哪(几|些)个?(县|市|区|镇|地方|家)|(定在|放在|落在|选在|建在|设在|具体在|都在|分别在)哪(几|些)个?(县|市|区|镇|国家|地方|城市)|(用|选|找)哪(家|个)(平台|服务商)|(都是|分别是|具体是|具体有|都有|到底是)哪(几|些|\d+|[二三四五六七八九十]+)|哪几家(?!银行)|是哪(\d+|[二三四五六七八九十]+)个|\d+(个|家|所|条|座|县|市|区)[^，。？！,?!]{0,4}(是|有)哪(些|几)|有没有[^，。？！,?!]{0,10}(企业|厂家|公司)名单|(企业|厂家|公司)名单(吗|呢|有没有|能不能)|^[^，。？！,?!]{0,12}(?<!具体的?|有没有|有)(名单|名录)[？?！!。\s]*$/.source}`),
  // A target split by place (分到各设区市的名额分别是多少, 温州占几个): the plan gives the province's total only.
  split: new RegExp(`${/(分到|分解到|落到|分配到)各[^，。？！,?!]{0,8}/.source}|(我们|咱们|俺们)?${PLACE_NAMED.source}(这边|那边|这里|那里)?(会不会|能不能|有没有可能)(也)?(建|设|布局|落)(一个|个|一家|家|一座|座)|${/(杭州|宁波|温州|湖州|嘉兴|绍兴|金华|衢州|舟山|台州|丽水|[\u4e00-\u9fff]{1,3}(?<![园社小片聚校景发新])[市县区])(到20\d\d年)?(占|有|分到|能分到|能拿到|要建|能建|会建|要评|能评|会评|要认定)(几|多少)(个|家)?|(园区|新区|开发区|高新区|社区|片区|集聚区)(到20\d\d年)?(占|分到|能分到|能拿到|能建|能评|能认定)(几|多少)|各(设区市|市|县|区|地)[^，。？！,?!]{0,6}(名额|指标)?(分别|各自)是?多少|(我们|咱们|俺们)(县|市|区|镇|乡)[^，。？！,?!]{0,10}(能|要|可以|会)?(建|分到|拿到|摊到|轮到)(几|多少)|(岛上|村里|镇上|乡里|县里|山里|我们这边|我们这里|我们那边)[^，。？！,?!]{0,6}(打算|准备|要|能|会)?(建|布|装|设)(几|多少)|(我们|咱们|俺们)(?!厂|公司|企业|车间|单位|这)[\u4e00-\u9fff]{2,3}(?<![厂司业间位])到20\d\d年(能|要|可以|会)?(建|分到|拿到|摊到|轮到)(几|多少)/.source}`),
  // What stands now (今年宁波已经上了几家): the plan sets targets and gives 2020's baseline, never today's count — nor the list itself
  // (有没有具体名单, 有没有具体清单: which products or firms are on it), nor whether a document it plans is out (招商指南出来没有).
  status: /实际(上)?(完成|建成|达到|建了|评了|做到|做了)了?[^，。？！,?!]{0,6}(多少|几)|(?<!规划[里中上]?)已经(批|评|建|认定|选|定)了?(哪些|哪几个|几个|多少)|(?<!能|可以|真能)(完成|达到|实现|做到)(了(目标)?(没有|没|吗)|(目标)?(没有|没))(?=[，。？！,?!\s]|$)|完成得(咋样|怎么样|如何)|完成情况|(真的?|到底)(培育|建成|完成|达到)(到|了)|(指南|目录|清单|名单|名录|办法|细则|文件|政策)[^，。？！,?!]{0,4}(出来|出台|发布|公布|印发|下来)了?(没有|没|吗|了吗)(?=[，。？！,?!\s]|$)|(?<!\d)20(1\d|2[2346789])年[^，。？！,?!]{0,16}(了|过|实际|累计)|(?<!\d)20(1\d|2[2346789])年[^。？！?!]{0,20}(多少|几)|(今年|目前|现在|眼下|至今|到现在)[^，。？！,?!]{0,10}(已经|已|一共|总共)?[^，。？！,?!]{0,6}(几家|几个|多少家|多少个|多少)|(已经|已)[^，。？！,?!]{0,8}(评上|上了|建了|建成|认定)[^，。？！,?!]{0,6}(几家|几个|多少)|(评上|认定)的?(名单|名录)|有没有(具体的?)?(名单|名录|清单)|有(具体的?)?(名单|名录|清单)吗|(哪些|哪几个|哪几家)[^，。？！,?!]{0,8}(在|进了?|上了?)(这个)?(名单|名录)|(名单|名录)(有没有|是哪些|有哪些|能不能给)|给(个|一份|一个)?(具体的?)?(名单|名录)|(给|发|提供)(我|我们)?(一份|一个|个|份)[^，。？！,?!]{0,16}(名单|名录)|(名单|名录)[^，。？！,?!]{0,4}(发|给|提供)(我|我们)?(一份|一下|个)?|(名单|名录)[^，。？！,?!]{0,2}(在哪|哪里|哪儿|怎么)(里)?(能|可以)?(看|查|找)|有没有列(出|了)?[^，。？！,?!]{0,16}(名单|名录)|(已经|已)(认定|评上|评定|公布)的[^，。？！,?!]{0,12}(名单|名录)/,
  // What an evaluation found (温州在全省评估里排第几, 中期评估结果哪里能看): the plan sets the evaluations up, it has no results.
  results: /(评估|评价|考核|监测)[^，。？！,?!]{0,6}(结果|报告|排名|结论)|排(在)?第几|排名(多少|第几|怎么样|如何)|排名[^，。？！,?!]{0,2}(在哪|哪里|哪儿)(能|可以)?(看|查)|(?<!(?:要是|如果|假如|万一|若|假设|听说)[^，。？！,?!]{0,3})(我们|咱们)(县|市|区)(?:(?!要是|如果|假如|万一|若|能|会)[^，。？！,?!]){0,10}(?:(有没有|是不是|是否)(评上|评为先进|排上)(?=先进|了|吗|没|么|呢|[，。？！,?!\s]|$)|(评上|评为先进|排上)了?(没有|没|吗|么|呢)|(评上|评为先进|排上)(?=[？?]|$))|结论是(啥|什么)/,
  // 没多少钱 (not much money) tells, it does not ask.
  figure: /(?<!没|没有)多少|比例|比重|占比|百分之|具体数字|目标值|数值|[一1几]比[几一1]/,
  // 二三十人的厂子算不算小微, 小巨人的认定标准是啥: a firm's size class or a title's criteria — the plan sets none. (Not the evaluation of people,
  // a product, a fund or the plan's own work, 人才评价标准, 绿色产品评价标准体系, 绩效评价标准, 规划实施的评价标准: no firm's class, and the plan writes of them.)
  criteria: new RegExp(`算不算(?:是)?(?:小微|中小|规上|规下|小企业|微型|小型)|(?:算|属于|是不是)(?:小微|中小微?|规上)(?:企业)?(?:吗|不|么|呢|啊)|(?:${CRITERIA_OF})标准(?!体系)|(?<!(?:人才|产品|绩效|成熟度|实施|进展)的?)评价标准(?!体系)|分数线|多大(的)?(规模|产值|体量)才(算|能算|够)|多大才(算|能算)(是)?(小微|中小|规上|规下|小企业|微型|小型|中型|大型|大企业|龙头)|(规模|产值|营收|人数)[^，。？！,?!]{0,6}(才算|才能算|够不够格)|(按|怎么|咋|如何)(啥|什么)?(打分|评分)|(打分|评分)(标准|细则|规则)`),
};

/** What the cited clauses must contain for the detail to count as given. */
const GIVES: Record<Detail, RegExp> = {
  amount: new RegExp(`${MONEY.source}|\\d+(\\.\\d+)?\\s*[%％]|百分之`),
  procedure: /申报|申请|受理|窗口|办理流程|一网通办|企业码/,
  contact: /电话|\d{3,4}-\d{7,8}|地址|网址|邮箱/,
  time: /\d+\s*(个)?(工作日|天)|\d+年\d+月/,
  names: /[^、，。；]{1,16}、[^、，。；]{1,16}、/,
  status: /截至(今年|目前)|目前已(有|经)|名单(如下|为)[：:]/,
  results: /评估结果(为|显示)|排名(第|前)/,
  split: /(杭州|宁波|温州|湖州|嘉兴|绍兴|金华|衢州|舟山|台州|丽水)[^。；]{0,6}\d+(个|家|项)[^。]{0,20}(杭州|宁波|温州|湖州|嘉兴|绍兴|金华|衢州|舟山|台州|丽水)[^。；]{0,6}\d+(个|家|项)/,
  figure: /\d|[一二三四五六七八九十百千万亿]+(个|家|项|条|座|倍|成)/,
  criteria: /\d+\s*人以[上下]|(?:营业收入|营收|资产总额)[^。；]{0,8}\d+\s*万元以[上下]/,
};

/** What stands now asked (今年, 目前, 已经评上): a status, not only names. */
const NOW_ASKED = /今年|目前|现在|眼下|至今|已经|已(?!有的)/;
/** Which firms (都有哪些企业, 哪几家公司, 有没有规范企业名单): the plan names no firm, so no list of it gives them. */
const FIRMS_ASKED = /哪(些|几家|几个)(企业|厂|工厂|公司|单位)|哪几家(?!银行)|(企业|厂家|公司)名单/;
/** Which people are on a list (名单上有哪些人): the plan names no person either — not who may take part (哪些人能享受), a category it states. */
const PEOPLE_ASKED = /名单[^，。？！,?!]{0,6}哪(些|几)(个|位|名)?(人(?!才)|企业家|专家)/;
/** …asked as the firms there are now (单项冠军企业有哪几家): today's list, a status. */
const FIRMS_THERE = /有哪(几家|些企业|些厂|些公司)/;
/** Which places are asked (哪几个县, 哪些市, 哪几个国家, 我们县在不在…名单里): a list of other things does not name them. (One of a
 * counted set of counties asked with 算不算…之一 is found beside it, from COUNT_MEMBER's count.) */
// …or the places of a set named before (山区26县具体是哪26个).
const PLACES_ASKED = new RegExp(`${COUNTIES_ASKED_OF.source}|${QUOTED_HAD_BY_PLACE.source}|${/(县|市|区|镇|乡)[^，。？！,?!]{0,6}在[^，。？！,?!]{0,14}(名单|名录)|哪(几|些|\d+|[二三四五六七八九十]+)个?(县|市|区|镇|乡|地方|国家|国)|(\d+|[二三四五六七八九十]+)个?(县|市|区|镇|乡)[^。？！.?!]{0,8}哪(几|些|\d+|[二三四五六七八九十]+)/.source}`);

/** A count asked of a past year or of now (去年, 已经, 2023年): what stands, not a target's share. */
const PAST_OR_NOW = /去年|前年|上一年|今年|目前|现在|已经|至今|(?<!\d)20(1\d|2[0-46-9])年/;
/** Whether the asker's own county or firm, said as such, is on a list (我们县有没有上榜): the plan names no county or firm of any list — not 我们纺织行业有没有列入, which it may. */
const OWN_ON_LIST = /(我们|咱们|俺们|我)(这个)?(县|区|市|镇|乡|街道|村|厂|公司|企业|单位)[^，。？！,?!]{0,4}(有没有|是不是|是否|有无)(上榜|入选|入围|列入)/;

/** A set the plan does not name (建设一批一流技师学院): the words after 一批, up to the clause's end. */
const UNNAMED_SET = /一批([^，。；、“”]{2,12})/g;
/** A figure asked in a unit of measure (多少度, 多少吨, 多少平方 — not 多少方面 or 多少方案, no unit): the plan's figure must be in it. */
const UNIT_ASKED = /多少(度|吨|千瓦时|万千瓦|千瓦|平方米|平方|平米|亩|立方米|立方|方(?![面案式法向])|公里|千米|瓦)/;
/** The ways the plan may write a unit asked. */
const UNITS: Record<string, string> = { 度: '度|千瓦时', 千瓦时: '度|千瓦时', 平方: '平方米|平方', 平米: '平方米|平方', 平方米: '平方米|平方', 立方: '立方米|立方|方', 方: '立方米|立方|方', 立方米: '立方米|立方|方' };
/** A count the question names its set by (那25个, 这15家): the number and its measure word. */
const COUNT_ASKED = /(?<!\d)(\d+)(个|家|所|条|座)/g;
/** …said in Chinese numerals (那四个, 这十五家; not 一个, which counts nothing): written as the plan writes counts, in digits. */
const CHINESE_COUNT = /(?<![一二三四五六七八九十两零\d])([二三四五六七八九十两]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)(?=个|家|所|条|座)/g;
const countsInDigits = (text: string) => text.replace(CHINESE_COUNT, (n) => String(n === '两' ? 2 : chineseNumeral(n)));

/** An amount asked in money, not as a share or rate, is given only by a sum of money (MONEY). */
const MONEY_ASKED = new RegExp(`${FEE_ASKED.source}|${/多少钱|几[毛角块]钱?|几分钱|(租金|房租|租费|价格|价钱|地价)[^，。？！,?!\s]{0,8}多少|(?<![好十])几万|多少万|(?<![好十])几千|金额|奖金|多少税|[减免退返抵]掉?多少/.source}`);
const SHARE_ASKED = /比例|百分之|几个点|利率|占比|比重/;
/**
 * A reward or subsidy asked by how much (评上绿色工厂能奖多少钱, 房租补多少一平, 补几成): given only by a figure said in a sentence of a
 * reward — the plan's 2020 value added (2万亿元) is no reward, nor is a share of land (工业用地比例不低于30%); money asked, only by money.
 */
const REWARD_ASKED = /(奖|补|资助|贴息|扶持)[^，。？！,?!]{0,6}(多少|(?<![好十])几万|(?<![好十])几千|几成|几个点)/, REWARD_SAID = /奖|补|资助|贴息|扶持/;
/** Where a complaint is made (去哪里投诉, 找哪个部门反映; 规划说要健全企业维权投诉渠道，具体打哪个电话、找哪个部门): a procedure only a line or an office gives. */
const COMPLAINT_ASKED = /(哪|谁|部门)[^，。？！,?!]{0,3}(投诉|反映|申诉)|(投诉|维权|申诉)[^。？！?!]{0,16}(找|打)(哪个|什么|啥)(部门|单位|电话)/;
const COMPLAINT_LABEL = '具体向哪个部门、通过什么渠道投诉反映', RATING_LABEL = '评价等级的划分标准和分数线', FEE_LABEL = '具体的收费标准', PENALTY_LABEL = '具体的处罚标准和金额';
/** A penalty asked by how much (双控没达标会被罚多少钱): the plan's rule is cited; the penalty is what it does not give. */
const PENALTY_ASKED = /罚[^，。？！,?!]{0,4}(多少|几)|被罚/;

const LABEL: Record<Detail, string> = {
  amount: '具体的金额、比例或补助标准',
  procedure: '具体的申报流程、条件和受理部门',
  contact: '具体的办公地点和联系方式',
  time: '具体的时间安排',
  names: '具体名单',
  status: '目前或往年的实际数量和名单（规划只给出目标和“十三五”期末的基础）',
  split: '分到各地的具体数字（规划只给出全省的目标）',
  results: '评估的结果和各地排名（规划只规定开展哪些评估）',
  figure: '您问的具体数值',
  criteria: '企业规模或称号的划分、认定标准',
};

/** The details a question asks for, most specific first (an amount is also a figure: only amount is kept). Read once per text (recent.ts). */
export const detailsAsked: (text: string) => readonly Detail[] = recentlyRead((text) => Object.freeze(readDetailsAsked(text)));
function readDetailsAsked(text: string): Detail[] {
  // The story told before the question (…租金还不知道多少。这个是省里的意思吗？) asks no detail.
  // (Lower case: an app typed APP is an app.)
  const question = askingText(text).toLowerCase();
  const asked = (['amount', 'procedure', 'contact', 'time', 'names', 'status', 'split', 'results', 'figure', 'criteria'] as const).filter((d) => ASKS[d].test(question) || (d === 'figure' && asksCount(question)) || (d === 'amount' && COST_CHANGE_ASKED.test(question)));
  // An amount is also a figure, and a year said with it dates the case (2024年首台套奖励能拿多少), not a count asked.
  return asked.includes('amount') ? asked.filter((d) => d !== 'figure' && d !== 'status') : asked;
}

/** Asks about the plan's end year ("到2025年", "十四五末", "规划期末", "目标"). */
const ASKS_TARGET = /2025|二〇二五|十四五(末|期末|结束)|规划期末|到时候|目标/;
/** A target asked for the plan's words (2025年目标 原文怎么表述, 目标数怎么写的): its figure is what is asked. */
// (Only an indicator's — a value, a share, a rate, an index: the key-indicator table's kind — not a programme's count, 小巨人的目标数,
// which a measure's clause may give though retrieval cited only the baseline.)
const TARGET_WORDING = /(增加值|比重|占比|率|指数|利用外资|交货值|生产总值)[^。？！?!]{0,8}(目标|指标)(数|值)?[^。？！?!]{0,6}(原文|表述|怎么写|怎么说|提法)/;
/** The baseline the plan gives for 2020 (发展基础): another year's figure, not a target. */
const BASELINE = /2020|十三五/;

/**
 * A target figure asked ("到2025年…要达到多少"), and only the 2020 baseline (发展基础) answers it: the plan's
 * goals section should be cited first, and the baseline said to be one.
 */
export function asksTargetGivenBaseline(question: string, cited: Clause[]): boolean {
  return cited.length > 0 && (detailsAsked(question).some((d) => d === 'figure' || d === 'amount') || asksTargetTersely(question) || TARGET_WORDING.test(question)) && ASKS_TARGET.test(question) && cited.every((c) => BASELINE.test(c.text) && !/2025/.test(c.text));
}

export interface GapInput {
  question: string;
  /** Whole texts of the clauses the answer cites, in order. */
  cited: Clause[];
  facetTable: FacetTable;
  /** The plan publishes its key-indicator table as an image: a target figure may be there and not in the text. */
  hasIndicatorImage: boolean;
  /** The plan's words the question names in its own (企业二维码 → 企业码: query.synonymsApplied's targets). */
  named?: readonly string[];
  /** The sentences the answer quotes of each cited clause, in order, when it quotes only some (the extractive answer). */
  quoted?: readonly string[];
}

const DEFAULT_DEPARTMENT = '当地经信部门（制造业主管部门）';
/** A sentence that opens on a side question after the question (…？顺便问下，…; …。另外…). */
const SIDE_SENTENCE = new RegExp(`(?<=[。！!？?\\n])\\s*(?=${SIDE_OPENERS})`);
/**
 * Who handles the detail: the department of the need the question names (首台套 → 经信), else of the need
 * the first cited clause is about (named in its lead phrase), else of its first need.
 */
export function departmentFor(question: string, cited: Clause[], facetTable: FacetTable): string {
  const department = (name: string) => facetTable.need.find((e) => e.name === name)?.department;
  // (…named before a side question, 顺便问下，个税怎么退: the side question's words do not choose who handles the main one.)
  // (…nor does the criteria asked, 认定标准, name the standards' department.)
  const main = question.split(SIDE_SENTENCE)[0]!.replace(CRITERIA_NAMED, '');
  const asked = facetsInText(main, facetTable, 'need').map((f) => department(f.name)).find(Boolean);
  if (asked) return asked;
  // (…one the clause is about: named in its title, its only need, or named more than twice as often as any other — not one of
  // several a clause lists side by side, 加强人才、财政、土地、金融、能耗等政策保障, whose department would be a guess.)
  for (const clause of cited) {
    const needs = clause.facets.need.filter((f) => department(f.name));
    const titled = needs.find((f) => f.words.some((w) => clause.title.includes(w)));
    const [most, next] = [...needs].sort((a, b) => b.words.length - a.words.length);
    const lead = titled ?? (needs.length === 1 ? most : most && most.words.length > 2 * (next?.words.length ?? 0) ? most : undefined);
    if (lead) return department(lead.name)!;
    // (…and the first clause that has needs decides: a later one's is no answer's lead.)
    if (needs.length > 0) break;
  }
  return DEFAULT_DEPARTMENT;
}

/**
 * Whether a clause names a set the question asks by the count the plan gives it (4个世界级先进制造业集群具体是哪四个): a list stands before
 * that count in its sentence (打造新一代信息技术、汽车及零部件…等4个世界级…), as `gapLead` counts a list given.
 */
export function namesCountedSet(question: string, clause: Clause): boolean {
  return [...countsInDigits(question.toLowerCase()).matchAll(COUNT_ASKED)].some((q) =>
    [...clause.text.matchAll(new RegExp(`(?<!\\d)${q[1]}${q[2]}`, 'g'))].some((m) => GIVES.names.test(clause.text.slice(clause.text.lastIndexOf('。', m.index) + 1, m.index))),
  );
}

/**
 * The sentence that goes first when the cited clauses lack what was asked, or null when they have it.
 * @example gapLead({ question: '首台套奖励多少钱？', cited: [clause3_5_2], … })
 * // '规划原文没有给出具体的金额、比例或补助标准，请咨询当地经信部门（制造业主管部门）或拨打12345政务服务便民热线。规划中的相关内容是：'
 */
export function gapLead({ question, cited, facetTable, hasIndicatorImage, named = [], quoted }: GapInput): string | null {
  if (cited.length === 0) return null;
  const text = cited.map((c) => c.text).join('\n');
  // A year (2025年, 2021—2025年) is when, not how much: it gives no figure — nor a ranking's name (世界500强).
  const figureText = text.replace(/(19|20)\d{2}(—(19|20)\d{2})?年/g, '').replace(/\d+强/g, '');
  // Money asked (一亩地要多少钱, 奖励几万): only a sum of money gives it, not a share (不低于30%).
  const givenAs = (d: Detail) => (d === 'amount' && MONEY_ASKED.test(question) && !SHARE_ASKED.test(question) ? MONEY : GIVES[d]);
  // What the question itself names is not given by being named again (企业码在哪下载: a clause on 企业码 does not say where).
  const lowerQuestion = question.toLowerCase();
  const complaint = COMPLAINT_ASKED.test(lowerQuestion);
  const gives = (d: Detail) => {
    const given = givenAs(d);
    // (Which body leads or answers for it, 哪个部门牵头, 规划实施由什么部门负责督导, is given by a clause naming the province's leading group —
    // for 负责 or 管, the one that answers, and not when the question names the group itself: 领导小组办公室是什么单位管.)
    if (d === 'procedure' && ((/(哪个|什么|啥)(部门|单位)牵头/.test(question) && /领导小组/.test(text)) || (/(哪个|什么|啥)(部门|单位)(负责|来管|管)/.test(question) && /领导小组/.test(cited[0]!.text) && !/领导小组/.test(question)))) return true;
    const where = d === 'figure' ? figureText : text;
    // 建设一批一流技师学院…具体是哪几所: a set the plan leaves unnamed (一批…) is named only by a list before it in its
    // sentence (聚焦数字安防、集成电路…等领域，…打造一批…标志性产业链), not by another list after it (…构建中职、高职…).
    if (d === 'names') {
      // 具体是哪几个县的集群: places asked are named only by a list of places (the clusters' list names industries), in the clause that
      // answers (not 杭州、宁波温州 of another clause cited after it).
      // (…and a set of places counted in the question, 山区26县…我们景宁算不算在这26个里面, asked for one member, or its list asked, 山区26县名单.)
      const member = COUNT_MEMBER.exec(question);
      const placesAsked = PLACES_ASKED.test(question) || (member !== null && new RegExp(`${member[3]}个?(县|市|区)`).test(question)) || /(县|市|区)(的)?(名单|名录)/.test(question);
      // (…the place asked of a quoted name is given by the clause naming it: “双核”里宁波有吗.)
      const had = QUOTED_HAD_BY_PLACE.exec(question), place = had && (had[1] ?? had[4])!;
      // (…or by the clause listing the places of the name, “一带”里衢州有没有: the list is the answer — not 杭州、宁波等地, an example; and the
      // programme's money asked of the place, “小巨人”，台州有没有补贴, asks no list.)
      if (place) return cited[0]!.text.includes(place.length > 2 ? place.replace(/[市县区]$/, '') : place) || (PLACE_LIST.test(cited[0]!.text) && !/等地/.test(cited[0]!.text)) || /^[^。？！?!]{0,10}(补贴|奖励|补助|资金|政策|扶持|优惠)/.test(question.slice(had!.index + had![0].length));
      if (placesAsked && !PLACE_LIST.test(cited[0]!.text)) return false;
      if (FIRMS_ASKED.test(question) || PEOPLE_ASKED.test(question) || OWN_ON_LIST.test(question)) return false;
      const unnamed = [...text.matchAll(UNNAMED_SET)].filter((m) => lowerQuestion.includes(m[1]!.slice(-4)));
      if (unnamed.some((m) => !given.test(text.slice(text.lastIndexOf('。', m.index) + 1, m.index)))) return false;
      // 那25个都是哪些: a set asked by the count the plan gives it (新产业平台25个) is named only by a list before that count in
      // its sentence.
      const counted = [...countsInDigits(lowerQuestion).matchAll(COUNT_ASKED)].flatMap((q) => [...text.matchAll(new RegExp(`(?<!\\d)${q[1]}${q[2]}`, 'g'))]);
      if (counted.length > 0 && counted.every((m) => !given.test(text.slice(text.lastIndexOf('。', m.index) + 1, m.index)))) return false;
    }
    // 电价要加，加多少: a cost's change is given only by a figure said with a cost (降低…电价10%), not by another share (工业用地比例不低于30%).
    const saidWith = (what: RegExp) => where.split(/[。；]/).some((sentence) => given.test(sentence) && what.test(sentence));
    if (d === 'amount' && COST_CHANGE_ASKED.test(question)) return saidWith(COST_SAID);
    // 房租补多少一平: a subsidy asked by how much, in money or not, is given only by a figure said with a reward or subsidy — not by
    // 工业用地比例不低于30%.
    // (…and one asked as the same as a sum told of others, 隔壁评上了奖五十万，我们也有这么多吗.)
    if (d === 'amount' && (REWARD_ASKED.test(question) || (/(这么|那么)多/.test(question) && REWARD_SAID.test(question)))) return saidWith(REWARD_SAID);
    // 买工业的地一亩多少钱: a price or a payment is not given by the money the plan's output is measured in (亩均增加值136万元/亩).
    if (d === 'amount' && PRICE_ASKED.test(question) && !OUTPUT_FIGURE.test(question)) return where.split(/[。；]/).some((s) => given.test(s) && !OUTPUT_FIGURE.test(s));
    // 年用电多少度以上: a figure asked in its unit is given only by a number in that unit (单位增加值能耗下降4% gives no 度).
    // (…an amount too, 能多给多少亩用地指标: 工业用地比例不低于30% gives no 亩.)
    const unit = d === 'figure' || d === 'amount' ? UNIT_ASKED.exec(question) : null;
    if (unit) return new RegExp(`\\d[\\d.]*\\s*[万亿]?(${UNITS[unit[1]!] ?? unit[1]})`).test(where);
    // 5G基站的建成时限: a completion deadline is given by the year the plan sets it for (到2025年，建成5G基站20万个以上).
    if (d === 'time' && DEADLINE_ASKED.test(question) && /到20\d\d年/.test(text)) return true;
    if (d !== 'procedure') return given.test(where);
    // (Where to complain, 碰到问题去哪里投诉: the plan's 企业维权投诉渠道 names no office or line, and 企业码 is for its policies.)
    if (complaint) return /投诉(电话|热线)|\d{5}/.test(where);
    // (Where to apply is said by the clause that answers: 一网通办 of a clause cited after it is no procedure of the thing asked —
    // and by the sentences the answer quotes of it: 用电…便利化行动 is quoted for 报装用电…找哪个部门催, not its 政务服务一网通办.)
    // (…nor named in the asker's words: 企业二维码在哪下载 names 企业码.)
    return [...(quoted?.[0] ?? cited[0]!.text).matchAll(new RegExp(given.source, 'g'))].some((m) => !lowerQuestion.includes(m[0].toLowerCase()) && !named.includes(m[0]));
  };
  // A list asked is said once: 具体名单, or today's (目前或往年的实际数量和名单) when the question asks what stands now, or which firms
  // there are (单项冠军企业有哪几家) — not both.
  // 那洞头能建几个: a county the province's places name, asked for its share, is a split like 温州占几个.
  const countyShare = !PAST_OR_NOW.test(question) && countyShareAsked(facetTable).test(question);
  const asked = detailsAsked(question);
  const unsaid = (countyShare && !asked.includes('split') && !asked.includes('status') ? [...asked.filter((d) => d !== 'figure'), 'split' as const] : asked).filter((d) => !gives(d));
  const missing = unsaid.includes('status') && unsaid.includes('names') ? unsaid.filter((d) => d !== (NOW_ASKED.test(question) || FIRMS_THERE.test(question) ? 'names' : 'status')) : unsaid;
  // (A size class's or title's criteria, or the plan's evaluation's results, alone are the manufacturing department's to say, not the cited clause's topic's: 算不算小微 cited with loans.)
  const department = missing.length > 0 && missing.every((d) => d === 'criteria' || d === 'results') ? DEFAULT_DEPARTMENT : departmentFor(question, cited, facetTable);
  // An office's address or telephone: the hotline knows it; a department guessed from the clause's topic may not be the one.
  const where = missing.length > 0 && (missing.every((d) => d === 'contact') || /(哪个|什么|啥)(部门|单位)牵头/.test(question)) ? '请拨打12345政务服务便民热线查询' : `请咨询${department}或拨打12345政务服务便民热线`;
  // A target asked, the baseline cited: say which year the plan's figure is for — before the figure.
  // (The goal cited first is the overall one, 1.3, or the asked indicator's own area's, 1.3.3: a goal, not a baseline.)
  if (asksTargetGivenBaseline(question, cited.filter((c) => !c.id.endsWith('1.3') && c.kind !== 'goal'))) {
    return targetNotGiven(hasIndicatorImage, cited[0]?.kind === 'goal' ? '相关目标' : '总体目标');
  }
  if (missing.length === 0) return null;
  if (missing.length === 1 && missing[0] === 'figure') {
    const table = hasIndicatorImage && ASKS_TARGET.test(question) ? INDICATOR_IMAGE : '';
    return `规划原文没有给出${LABEL.figure}${table}。规划中的相关内容是：`;
  }
  // (An amount asked in a unit, 能多给多少亩, is missing as a figure in it: not 金额、比例, which a share quoted, 比例不低于30%, would belie.)
  const labels = missing.filter((d) => d !== 'figure').map((d) => (d === 'procedure' && complaint ? COMPLAINT_LABEL : d === 'criteria' && /分数线|打分|评分/.test(question) ? RATING_LABEL : d === 'amount' && FEE_ASKED.test(question) ? FEE_LABEL : d === 'amount' && PENALTY_ASKED.test(question) ? PENALTY_LABEL : d === 'amount' && UNIT_ASKED.test(question) && !MONEY_ASKED.test(question) ? LABEL.figure : LABEL[d]));
  return `规划原文没有给出${labels.join('以及')}，${where}。规划中的相关内容是：`;
}
