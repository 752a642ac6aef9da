/**
 * The plan's ladders, from the top rung down: the tiers of firms it grows one after another (五（三）: 梯次培育世界级领军企业、…单项冠军
 * 企业、隐形冠军和专精特新“小巨人”企业、创新型中小企业), the way to the capital market (上市, or first 区域性股权市场挂牌, 三（三）) and its
 * platforms (“万亩千亿”大平台, then 小微企业园 and 特色小镇, 五（四）). An owner who says their firm is below a rung named (离单项冠军
 * 还远着呢, 那个门槛太高了，有没有低一档的, 离上市还远，有没有别的地方先挂个牌) asks for the rung below it: its names are asked as much as
 * the words written, as a machine bought is 设备更新 (asker.ts).
 */

/** One rung: the names an asker calls it by, and the plan's names of it that are looked for when it is the rung asked. */
interface Rung {
  said: RegExp;
  names: string[];
}

const LADDERS: Rung[][] = [
  [
    { said: /雄鹰|世界级领军企业|链主/, names: ['雄鹰企业', '链主'] },
    { said: /单项冠军/, names: ['单项冠军'] },
    { said: /隐形冠军|专精特新|小巨人|雏鹰/, names: ['隐形冠军', '专精特新', '雏鹰行动'] },
    { said: /创新型中小企业|科技型中小企业|双倍增/, names: ['创新型中小企业', '科技型中小企业'] },
  ],
  [
    { said: /上市|凤凰行动|ipo|科创板/, names: ['上市'] },
    { said: /区域性股权市场|挂牌/, names: ['区域性股权市场', '挂牌'] },
  ],
  [
    { said: /万亩千亿|大平台|大园区|省级新区/, names: ['万亩千亿'] },
    { said: /小微企业园|小微园|特色小镇/, names: ['小微企业园', '特色小镇'] },
  ],
];

/** Said of the asker's own firm, below a rung (门槛太高, 够不上, 低一档的). */
const BELOW = /(?:门槛|要求|条件|标准)(?:也|实在|还是)?(?:太|有点|比较|蛮)高(?![吗么])|够不[上着到](?![吗么])|评不上|达不到|轮不到|攀不上|(?:低|次|下)一(?:档|级|层)|小一(?:点|些|档|级)的(?:园区|平台|厂房|档|级)/;
/** …or far from the rung it names (离单项冠军还远着呢, 离IPO还差老远). */
const FAR_FROM = /离([^，。？！,?!]{1,12})还(?:远|差得远|差一大截|差老远|早)/;
/**
 * …or only small (我们就几十个人, 才两千来万产值, 规模小点的): below the rung the last turn named when another is asked for (有没有适合我们的,
 * 有对应的说法吗, 这种小的有没有啥能评的) — not the rung asked about itself (雏鹰行动…我们才六十几个人，这个是管哪种企业的), nor one the question names (我们规模小，想申请专精特新).
 */
const ANOTHER_ASKED = /有没有(?:别的|其他|适合|低|小|下|对应)|别的路子|退而求其次|对应的|(?:啥|什么|哪些|哪个)(?:能|可以)(?:评|申报|申请|报)|(?:这种|这样|那种)小的/;
const SMALL = /(?:就|才|只有)[^，。？！,?!]{0,4}[\d几十百千两二三四五六七八九]+[来多]?(?:个人|人|万(?:的)?产值|万(?:的)?营收|亿)|规模(?:小|不够|不大)/;

/**
 * The names of the rung below the lowest rung named — in the question, or (a follow-up) in the last question or answer — when the asker
 * says their firm is below it; else none.
 */
export function rungBelowAsked(text: string, before: readonly string[] = []): string[] {
  const far = FAR_FROM.exec(text)?.[1];
  const below = BELOW.test(text);
  // (Most questions say nothing of the kind: no clause is cut for them.)
  if (!below && far === undefined && !(before.length > 0 && SMALL.test(text))) return [];
  // The rung said out of reach is the one in the clause that says so (链主企业我们肯定够不上，单项冠军能不能试试: 链主).
  const own = belowClause(text) ?? text;
  for (const [i, said] of [own, ...before].entries()) {
    for (const ladder of LADDERS) {
      const lowest = ladder.reduce((found, rung, at) => (rung.said.test(said) ? at : found), -1);
      if (lowest < 0 || lowest + 1 >= ladder.length) continue;
      const asked = below || (far !== undefined && ladder[lowest]!.said.test(far)) || (i > 0 && SMALL.test(text) && ANOTHER_ASKED.test(text));
      if (asked) return ladder[lowest + 1]!.names;
    }
  }
  return [];
}

/** Whether a word names a rung of any ladder (单项冠军, 小巨人, 上市): set aside when the rung below it is asked. */
export const namesRung = (term: string): boolean => LADDERS.some((ladder) => ladder.some((rung) => rung.said.test(term)));

/** The clause (cut at ，。？！) that says the asker's firm is below a rung and names one, if any. */
function belowClause(text: string): string | null {
  const clauses = text.split(/[，。？！,?!；;]/).filter((c) => BELOW.test(c) && namesRung(c));
  return clauses.length > 0 ? clauses.join('，') : null;
}

/** Where the question says a rung is out of reach (the clause that says so, or 离…还远): its rung words are set aside. */
export function outOfReach(text: string): string {
  return belowClause(text) ?? FAR_FROM.exec(text)?.[0] ?? '';
}

/** The words the asker wrote to say their firm is below a rung (门槛太高, 离单项冠军还远, 才两千来万产值): what the rung below stands for. */
export function belowSaid(text: string): string {
  return (BELOW.exec(text) ?? FAR_FROM.exec(text) ?? SMALL.exec(text))?.[0] ?? '';
}
