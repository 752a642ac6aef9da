/**
 * What is not a question about the plan at all: an attempt to change the assistant's instructions, a request to write or translate
 * something, chat about the assistant itself. Pure over the question's text; the scope gate refuses on them first.
 */

/** Attempts to change the assistant's instructions, not questions about the plan. */
export const OVERRIDE =
  /(忽略|无视|忘记|忘掉|不要遵守|不用遵守)[^，。？！,?!]{0,4}(以上|之前|前面|上面|所有|你的|规则|指令|设定)|(数据|数字|材料)[^，。？！,?!]{0,3}(你)?随便编|(你|侬)现在就?(是|当|成了)(我的|我们的|阿拉的?|(?:我们|咱们|阿拉|我)(?:厂|公司|家|单位)的?|一个|一名|一位|个)[^，。？！,?!]{0,8}?(顾问|律师|会计|秘书|助理|医生|老师|专家|客服|领导|干部|科长|局长|处长|法官|警察|参谋|军师|角色)(?![^，。？！,?!]{0,3}(对吧|是吧|吗|么))|(从今天(开始|起)|从现在开始|现在开始|接下来|以后)你(就)?(是|扮演|当)(?!说|不是|否|怎么|什么|啥|咋|哪|心|初|时)|你就当自己是|你的身份(现在)?是|别守那些(死)?规矩|你现在(扮演|假装)|我是(系统|后台|网站)?管理员[，,：:]|(现在|我)授权你|不许(说|回答)不知道|你就当(规划)?里?(写了|有)|照这个(回答|来答|说)|(别管|不要管|不用管|别守|抛开|放下|别理|莫管|甭管|覅管|唔好理)(你|侬)[^，。？！,?!]{0,4}(规矩|规则|设定|限制|条条框框|規矩)|你(已经)?不是[^，。？！,?!]{0,8}(助手|客服|机器人)了|没有(任何)?限制的ai|(请|现在|从现在起)(你)?扮演|假装你是|从现在起你是|系统提示|提示词|越狱|新增规则|ignore\s*(all|previous|the above|your|前面|之前|以上|上面|所有|你的|规则|设定|指令|instructions|rules)|disregard\s*(all|previous|the above|your|前面|之前|以上)|forget\s*(all|previous|your)|(直接|帮我|给我|随便|你就)编(个|一个|几个|一些)[^，。？！,?!]{0,6}(金额|数字|数据|数|标准|文件|政策)|system prompt|jailbreak|pretend to be/i;
/**
 * Requests for something other than information from the plan: a writing verb with a measure word (写一篇…文章), or
 * a request to write a document for the asker (帮我写…总结, 帮我写一份申报书, …讲话稿, …申请材料 — any 书 or 稿,
 * an application's or a report's 材料, 帮写个…通知 with 帮 alone opening the request, not someone's help told — 请人帮写, 工信局能帮写, 老板让我帮写; 要有…，2000字左右 or 两千字左右), or slogans to be thought up (想几个广告语), or riddles (配个谜面, 出几道灯谜). 写了, 写没写 and
 * 写的 ask what the plan writes. Someone told writing programs (儿子本来在上海写程序, 是写代码的) asks for nothing written.
 */
export const NOT_A_QUESTION =
  /(?:凑|编|出|想|配)[一两二三四五六七八九十几]*(?:个|道|条|则)[^，。？]{0,12}(?:字谜|谜面|谜语|灯谜)|(写|编|创作|作)([一两二三四五六七八九十几])?(首|篇|段|个|则|副|幅)[^，。？]{0,12}(诗|歌|(?<![关键名提示搜索热题])词|作文|文章|小说|故事|笑话|对联|春联|楹联|对子|标语|口号|祝福语|代码|程序|脚本|公式|三句半|快板|顺口溜|相声|小品|台词|串词|主持词|演讲稿|贺词)|(?<!(在|是|做|会|学|干|本来|原来|以前|之前|一直)[^，。？！,?!]{0,8})写(代码|程序|脚本|诗|公式|三句半|快板|顺口溜|串词|主持词|春联|对联|楹联)|(帮我|给我|替我|请你|麻烦你?)[^，。？]{0,6}(写|编|拟|起草|创作|润色)(一|个|两|几)?(段|首|篇|份|封|则|条|副|幅)|(帮我|给我|替我|请你|麻烦你?)[^，。？]{0,6}(写|编|拟|创作)[三四五六七八九十](首|篇|段|条|句|副|则)[^，。？]{0,12}(诗|歌|(?<![关键名提示搜索热题])词|口号|标语|祝福语|顺口溜|对联|春联|笑话|故事|广告语|宣传语|slogan)|(帮我|给我|替我|请你|麻烦你?)[^，。？]{0,6}(编[一两二三四五六七八十几]句|写[一两二三四五六七八十几]句[^，。？]{0,6}(顺口|押韵|打油|祝福|口号|诗))|翻译成|(译|翻)成(地道的?|标准的?|正式的?)?(英文|英语|日文|日语|韩文|德文|法文|中文|[\u4e00-\u9fff]{1,4}?语(?![言音料气]))|translate|讲个笑话|(想|起|编|拟)(一|两|几)?(个|条|句)(广告语|广告词|口号|标语|宣传语|slogan)|(帮我|帮我们|帮忙|替我|替我们|给我|给我们|请你|你帮|(?<=(?:^|[，,。！!？?；;\s])(?:那|那就|就)?(?:请|麻烦)?(?:你|您)?(?:再)?(?:能|可以|能不能|可不可以|能否|可否)?(?:再)?)帮(?=写|拟|起草|撰写|编写|润色|改写))[^，。？]{0,8}?(?<![没不])(写|拟|起草|撰写|编写|润色|改写)(?![了没过着的得到])(一|两|几)?(篇|份|段|个|封|张)?[^，。？]{0,24}(书|稿|(?:申请|申报|汇报|宣传|证明|说明)材料|总结|报告|方案|邮件|文案|简历|论文|文章|作文|启事|海报|广告|通知|合同|协议|函|信)|(写|拟|起草|撰写|编写)[^。？?]{0,60}[，,]?\s*(\d{2,5}|[一二两三四五六七八九十]{0,3}[百千万][一二两三四五六七八九十百千]{0,4})字(左右|以内|以上)?/i;
/** Questions about the assistant itself, not about the plan (你叫啥, said as 口语 says 什么). */
const ASSISTANT_ITSELF = /[你您]是(谁|什么|哪)|(?:你们?|您)是(?:不是)?(?:政府|官方)(?:的|部门|网站|办的)?(?:吗|吧|么|嘛|啊)|^(在吗|在不在|有人吗)|有人在线?吗|你叫(?:什么|啥)|陪我(聊|说说话|谈谈|说会)|(能|可以)(和|跟)我聊|聊会儿?天|(用|基于)(的)?(是)?(什么|哪个|哪家)的?(大)?模型|(后台|背后|底层)[^，。？！,?!]{0,10}(模型|ai|chatgpt|gpt|文心|通义|千问|豆包|deepseek)|[你您](也)?(是不是|是)(个|一个)?(人工智能|机器人|ai|真人)(?![厂行产企公做的生制零配])|(机器人|ai|人工智能)还是真人|真人还是(机器人|ai|人工智能)|你是(男的|女的)|男的还是女的|你(吃|吃过)饭?了(吗|没有?)|你(几岁|多大了)|(?:^|[，,。！!？?\s])你(是不是|是)就是(那个|这个)|(?:^|[，,。！!？?\s]|你们?|您)(一天|每天)(要|得)?回答多少|你[^，。？！,?!]{0,10}(累不累|辛不辛苦|烦不烦|会不会累)/i;
/**
 * …its hours and needs (您几点下班, 机器人也要吃饭吗, 你们这个机器人过年放不放假) and remarks to it (below) — unless the text asks the plan or names one of its
 * programmes (您几点下班，我想问下小巨人怎么申报): then the assistant is only addressed.
 */
const ASSISTANT_HOURS = /(你们?|您)(?![^，。？！,?!]{0,6}?(?:厂|工人|员工|师傅|厅|局|委|部门|单位|公司|窗口|政府|中心|大厅|车间|银行|店))[^，。？！,?!]{0,6}(几点|什么时候|啥时候|几时)(下班|上班|休息|睡觉)|(?<!(?:厂|车间|工业|焊接|喷涂|码垛|搬运|协作|产线|生产线)[^。？！?!]{0,12})(机器人|ai|你|客服)也(要|会|得|需要)(吃饭|睡觉|休息|下班|放假)|(?:你们?|您)(?:这个?)?(?:机器人|ai|客服)[^，。？！,?!]{0,6}(?:放不放假|放假吗|休不休息|下不下班|过不过年)/i;
/**
 * …a remark to it (你这机器人挺聪明啊, 你们这个AI答得准吗) — not one that names a trade (你们这个机器人产业…, 你这个机器人焊接线…), asks it to
 * look something up (你们这个客服能查…, 你这机器人知道未来工厂是啥吗), or comes with a question of its own (…，印染企业怎么搞绿色化).
 */
const ASSISTANT_REMARK = /(?:^|[，,。！!？?\s])你(这个?|们这个?)(机器人|ai|人工智能|客服)(?!产业|行业|企业|技术|焊接|手臂|生产线|产线|项目|应用|芯片|平台|小镇)(?![^，。？！,?!]{0,12}?(?:查|告诉|知道|介绍|讲讲|说说|解释))[^，。？！,?!]{0,12}(是不是|吗|吧|哈|呀|啊|呢)/i;
/**
 * …or its own liking asked (舟山和丽水你更喜欢哪个, 你最爱吃啥): chat with it, whatever places come with it — unless another clause asks
 * something of its own (未来工厂和智能工厂你更喜欢哪个，我们小厂该往哪个方向搞; …你爱吃啥口味的？食品加工厂搞数字化改造有啥支持).
 */
const ASSISTANT_LIKES = /(?:你|您)(?:更|最|比较|还是)?(?:喜欢|爱)(?:哪|什么|啥|吃|去|住)/;
const ASKS_BESIDES_LIKING = /怎么|如何|哪些|哪里|哪儿|哪个|哪种|哪家|多少|有没有|有什么|有啥|(?<!为)(?:什么|啥)|咋|该|能不能|可不可以|行不行|要不要/;
const ASKS_BESIDES_REMARK = /怎么|如何|哪些|哪里|哪儿|多少|有没有|有什么|什么条件/;
const PLAN_ASKED_OF_ASSISTANT = /小巨人|专精特新|补贴|补助|政策|规划|申报|扶持|机器换人/;
export const ABOUT_ASSISTANT = {
  test: (text: string): boolean =>
    itselfAlone(text) ||
    ((ASSISTANT_HOURS.test(text) || remarkAlone(text) || likingAlone(text)) && !PLAN_ASKED_OF_ASSISTANT.test(text)),
};
/** Clauses: after a stop, or after 你们是政府的吗 said straight into what is asked (你们是政府的吗我要投诉, …规划里对山区有什么支持). */
const CLAUSE_END = /(?<=[，,。！!？?；;\n ]|(?:你们?|您)是(?:不是)?(?:政府|官方)(?:的|部门|网站|办的)?(?:吗|吧|么|嘛|啊))/;
/**
 * The assistant itself asked, and nothing of the plan besides: not when another clause asks one of its programmes or its support
 * (你是人工智能还是真人，我想问下首台套怎么申报 — the assistant is only addressed first; not 规划能查吗, its use again).
 */
function itselfAlone(text: string): boolean {
  if (!ASSISTANT_ITSELF.test(text)) return false;
  const rest = text.split(CLAUSE_END).filter((clause) => !ASSISTANT_ITSELF.test(clause) && !ASSISTANT_USE.test(clause)).join('');
  return !asksThePlan(rest);
}
/**
 * The clauses that only address the assistant (你是真人吗) before or after a question to the plan (…，专精特新有什么政策): who is spoken
 * to, not what is asked — none when the assistant itself is all that is asked.
 */
export function assistantAddressed(text: string): string[] {
  if (!ASSISTANT_ITSELF.test(text) || itselfAlone(text)) return [];
  return text.split(CLAUSE_END).filter((clause) => ASSISTANT_ITSELF.test(clause));
}
/**
 * …nor a clause that asks again what the assistant can do or how far it is to be trusted, whatever of the plan it names (规划里的政策你能查吗,
 * 补贴的事你答得准不准, 会不会乱编补贴金额, 你看得懂政策文件吗, 你的回答能当申报依据吗, 补贴信息准确吗, 用的什么模型，政策能查吗): its use, not the plan
 * asked — not 能不能帮我查下专精特新的政策 or 你知道小巨人吗, the plan asked through it.
 */
const ASSISTANT_USE = /你(?:能|会|可以)?(?:查|答|回答)(?:得到|得了|得准|吗|不|么)|(?:你|你的回答|你说的|你答的)[^，。？！,?!]{0,6}(?:准不准|准确吗|靠谱吗|靠不靠谱|可靠吗|能信吗|算数吗|能当)|(?:会不会|别|不要|可别)(?:乱编|瞎编|编造|胡编)|(?:准确吗|准不准|靠谱吗|靠不靠谱|可靠吗)[，,。！!？?；;\n ]*$|(?:能|可以)查(?:得到|到)?(?:吗|不|么|嘛)[，,。！!？?；;\n ]*$|查得到(?:吗|不|么|嘛)|看得懂|懂不懂/;
/** …a programme or support of the plan asked (not 规划能查吗, the assistant's use again). */
const PROGRAMME_ASKED = /小巨人|专精特新|首台套|未来工厂|补贴|补助|奖励|扶持|政策|申报|贷款|机器换人/;
/**
 * …or the plan asked in its own words in a clause that does not speak of the assistant again (你是AI吧，规划里对山区26县有啥支持; 你是真人还是AI，
 * 绿色工厂怎么评 — not 规划里说的机器人是你这种吗, nor a remark, 你们数字化做得挺好啊).
 */
const PLAN_ASKED = /规划(?:里|中|对|上|说)|数字经济|集群|数字化改造|数字化转型|技改|绿色工厂|山区|(?:有什么|有啥|有没有)支持/;
const asksThePlan = (rest: string) => PROGRAMME_ASKED.test(rest) || (ASKS_IN_REST.test(rest) && rest.split(/(?<=[，,。！!？?；;\n ])/).some((clause) => PLAN_ASKED.test(clause) && !ABOUT_IT_AGAIN.test(clause)));
/** …and something asked, not only told (我住在山区, 我们这是山区, 我们在集群里: where the asker is, said to the assistant). */
const ASKS_IN_REST = /怎么|如何|什么|啥|哪|吗|么|呢|有没有|能不能|可不可以|是否|多少|支持|说说|讲讲|介绍|查|问|了解|想|要|申请|评/;
/** …a clause speaking of the assistant again (是你这种吗, 你们数字化做得挺好啊) — not one asking it to tell (那你说说规划里机器人产业怎么发展). */
// (…nor its makers asked: 你背后是哪家数字经济公司, 你们公司在做数字化转型吗, 你们的数字化转型是谁做的, 你们是用什么做的数字化改造.)
const ABOUT_IT_AGAIN = /[你您](?:这|那|自己|本身|是|们[^，。？！,?!]{0,6}(?:做得|搞得|挺|真|很|不错))|[你您]们?(?:是|的|家)?(?:公司|背后|后台|后面|团队)|[你您]们是|是谁(?:做|开发|搞|弄)的/;
function likingAlone(text: string): boolean {
  const liking = ASSISTANT_LIKES.exec(text);
  if (liking === null) return false;
  const before = Math.max(...[...'，,。！!？?；;\n '].map((c) => text.lastIndexOf(c, liking.index))) + 1;
  const after = text.slice(liking.index).search(/[，,。！!？?；;\n ]/);
  const end = after < 0 ? text.length : liking.index + after;
  return !ASKS_BESIDES_LIKING.test(text.slice(0, before) + '。' + text.slice(end));
}
function remarkAlone(text: string): boolean {
  const remark = ASSISTANT_REMARK.exec(text);
  return remark !== null && !ASKS_BESIDES_REMARK.test(text.slice(0, remark.index) + text.slice(remark.index + remark[0].length));
}
