/**
 * A word of another department's affair said of the asker's firm, not of a person: a firm or a project settling (落户), a product made
 * that treats or prevents an illness (疫苗研发, 治疗…的新药), a firm's rating scored (亩均评价…A类B类的分数线), a retired hand the firm hires
 * (请个退休老师傅带徒弟). The scope gate does not
 * count such a word against the question (out-of-scope.ts). Pure over the lower-cased question.
 */

/** A firm or a project settling (新落户的制造企业, 项目落户, 我们厂想落户嘉兴; further off only through 的 and said of no person, 刚落户过来的电机企业 — not 落户杭州可以挂靠公司, 落户到杭州的时候公司, 我想落户到海宁的那家企业上班): no person's 户籍. */
export const firmSettles = (lower: string, at: number, after = lower.slice(at + 2)) => /^(?:的|了)?(?:(?!哪|需|要|后)[\u4e00-\u9fff]){0,3}?(?:企业|项目|工厂|厂|公司)(?![^，。？！,?!]{0,4}(?:集体户|户口))/.test(after) || (!/(?:我想?|孩子|小孩|儿子|女儿|老婆|老公|爱人|父母|老人|本人|家属|生|博士|硕士|人才)$/.test(lower.slice(0, at)) && /^(?:的|了)?(?:(?!哪|需|要|后|我|你|他们)[\u4e00-\u9fff]){1,5}?的(?:(?!哪|需|要|后|时候|时间|话|手续|条件|材料|证明|事|政策|流程|步骤|办法|好处|费用|资格|待遇|问题|户|我|你|他们|人才|人员|个人|本人|家人|学生|毕业|博士|硕士|员工|职工|工人|孩子|小孩|子女|儿子|女儿|老婆|老公|爱人|父母|家属)[\u4e00-\u9fff]){0,5}?(?:企业|项目|工厂|厂|公司)(?![^，。？！,?!]{0,3}(?:上班|工作|打工|就业|当))(?![^，。？！,?!]{0,4}(?:集体户|户口))/.test(after)) || /(?<![在去进])(?:企业|项目|工厂|厂|公司)(?:(?!员工|职工|工人|人才|学生|毕业|博士|硕士|经理|个人|我|上班|工作|干|招|聘|给|帮|和)[\u4e00-\u9fff]){0,6}$/.test(lower.slice(Math.max(0, at - 8), at));
/** 治疗老年痴呆的新药, 缓解腰痛的贴剂: an illness a maker's product treats names the product (with a making told), not the asker's illness; and a vaccine or a health product made (疫苗研发, 做疫苗的药企, 生产保健品的厂) is the maker's, not the asker's jab or pills — 做 only with 的, 生意 or the trade after the word (带孩子去做疫苗, 做完疫苗 are jabs). */
export const TREATS = /(?:治疗|防治|缓解|改善|预防|针对|治)[\u4e00-\u9fff]{0,2}$/, TREATMENT = /^的?[\u4e00-\u9fff]{0,4}?(?:药|剂|疫苗|器械|仪|设备|产品)/, MAKING = /研发|研制|生产|制造|开发|做|厂|药企/, madeProduct = (lower: string, at: number, word: string) => /^(?:疫苗|保健品)$/.test(word) && (/(?:生产|研发|研制|开发|制造)[\u4e00-\u9fff]{0,6}$/.test(lower.slice(Math.max(0, at - 8), at)) || (/做[\u4e00-\u9fff]{0,6}$/.test(lower.slice(Math.max(0, at - 8), at)) && /^(?:的(?!地方|时候|话|医院|门诊|卫生|社区)|生意|这行|这块|行业)/.test(lower.slice(at + word.length))) || /^(?:的)?(?:研发|研制|生产|制造|企业|药企|厂|公司|产业|行业|项目)/.test(lower.slice(at + word.length)));

/**
 * 亩均评价…A类B类的分数线: the line between a rating's classes that a firm is scored into, said after a rating of firms in its clause — not a
 * school's or an exam's (技师学院的分数线, 中考分数线, 女儿高考…分数线), with no school, exam or child anywhere in the question.
 */
const RATED_BEFORE = /(?:评价|评级|评定|评分|评审|评选|评比|认定|打分|亩均|论英雄|[abcd](?:类|档|级)|星级)[^。？！?!]{0,12}$/;
/** (Not another department's rating of firms: 纳税信用评价, 环保信用评价, 安全生产标准化评审 — theirs to say.) */
const OTHER_RATING = /信用|纳税|税务|环保|环境|安全生产|安全|消防|职称|资格/;
const SCHOOLING = /学校|学院|大学|高中|中学|初中|小学|中考|高考|录取|专业|招生|考生|学生|孩子|儿子|女儿|娃|读书|升学|志愿|分数线.{0,4}(?:降|加分)/;
export const firmRated = (lower: string, at: number, word: string): boolean =>
  word === '分数线' && RATED_BEFORE.test(lower.slice(Math.max(0, at - 16), at)) && !(OTHER_RATING.test(lower.slice(Math.max(0, at - 16), at)) && !/亩均|论英雄/.test(lower.slice(Math.max(0, at - 16), at))) && !SCHOOLING.test(lower);

/**
 * 请个日本退休老师傅过来带徒弟, 返聘退休工程师: a retired hand the firm hires is who it brings in (the plan's 人才), not anyone's pension —
 * 退休 said of a skilled person, with a hiring told.
 */
const RETIREE = /^(?:的)?(?:老)?(?:师傅|工程师|专家|技术员|技工|技师|教授|老师|工匠|总工)/;
// (请问, 请教 ask politely; they hire no one: 请问退休老师的待遇怎么算 is a pension asked.)
const HIRED = /请(?![问教])|聘|招|雇|挖|引进|返聘|找/;
/** A child's lessons (找个退休老师给孩子补课, 请退休老师辅导孩子功课): a household's hire, not the firm's. */
const FOR_A_CHILD = /孩子|小孩|儿子|女儿|娃|补课|功课|家教|作业/;
export const retireeHired = (lower: string, at: number, word: string): boolean => word === '退休' && RETIREE.test(lower.slice(at + word.length)) && HIRED.test(lower) && !FOR_A_CHILD.test(lower);

/**
 * 交警用的监控设备, 缓解堵车的智能信号系统, 堵车治理的智能交通系统: a product made for the affair's office or against its trouble is the
 * maker's product (with the asker's making told, 我们研发…, or the plan's industry asked of it: 属于…, 算吗), not the asker's affair — as TREATS reads an illness.
 */
const FOR_PRODUCT = /^(?:治理|疏导|监测|管理|执法)?(?:用|专用|使用)?的[\u4e00-\u9fff]{0,6}?(?:设备|系统|产品|装备|软件|终端|记录仪)/;
const PRODUCT_TOLD = /(?:我们|我|咱们|俺们|厂里|本厂)[^，。？！,?!]{0,6}(?:研发|研制|生产|制造|开发|做)|属于|算[^，。？！,?!]{0,10}(?:产业|行业|领域|吗)/;
export const productFor = (lower: string, at: number, word: string): boolean => FOR_PRODUCT.test(lower.slice(at + word.length)) && PRODUCT_TOLD.test(lower);

/**
 * 智能分拣系统能把快递丢失率降下来, 仓储系统能减少快递丢失, 丢件率高的问题用人工智能能解决吗，规划里…: a trouble of another department's affair
 * that a product or system lowers or prevents, said after it in its clause, or the trouble's rate (…率, a measure of a business's operations,
 * said with the making told or the plan asked) — what the product does, not the asker's own parcel lost (快递丢了找谁).
 */
const LOWERED_BY = /(?:系统|设备|装备|产品|技术|软件|平台|机器人|算法|方案|生产线|分拣线|流水线)[^，。？！,?!]{0,6}?(?:降低|减少|减轻|防止|避免|杜绝|预防|把)[\u4e00-\u9fff]{0,2}$/;
export const troubleLowered = (lower: string, at: number, word: string): boolean =>
  LOWERED_BY.test(lower.slice(Math.max(0, at - 16), at)) || (/^率/.test(lower.slice(at + word.length)) && (PRODUCT_TOLD.test(lower) || /规划(?!许可|局|部门|红线)/.test(lower)));
