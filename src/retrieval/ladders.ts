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

/** Said of the asker's own firm, below a rung (门槛太高, 够不上, 低一档的, 规模小点的). */
const BELOW = /(?:门槛|要求|条件|标准)[^，。？！,?!]{0,4}(?:太|有点|比较|很|蛮)高|够不[上着到]|评不上|达不到|轮不到|攀不上|(?:低|小|次|下)一(?:档|级|点|些|层)|规模(?:小|不够|不大)/;
/** …or far from the rung it names (离单项冠军还远着呢, 离IPO还差老远). */
const FAR_FROM = /离([^，。？！,?!]{1,12})还(?:远|差|早)/;
/** …or only small, in figures (我们就几十个人, 才两千来万产值): below the rung the last turn named, not one it asks about itself (雏鹰行动…我们才六十几个人，这个是管哪种企业的). */
const SMALL = /(?:就|才|只有)[^，。？！,?!]{0,4}[\d几十百千两二三四五六七八九]+[来多]?(?:个人|人|万(?:的)?产值|万(?:的)?营收)/;

/**
 * The names of the rung below the lowest rung named — in the question, or (a follow-up) in the last question or answer — when the asker
 * says their firm is below it; else none.
 */
export function rungBelowAsked(text: string, before: readonly string[] = []): string[] {
  const far = FAR_FROM.exec(text)?.[1];
  const below = BELOW.test(text);
  for (const [i, said] of [text, ...before].entries()) {
    for (const ladder of LADDERS) {
      const lowest = ladder.reduce((found, rung, at) => (rung.said.test(said) ? at : found), -1);
      if (lowest < 0 || lowest + 1 >= ladder.length) continue;
      const asked = below || (far !== undefined && ladder[lowest]!.said.test(far)) || (i > 0 && SMALL.test(text));
      if (asked) return ladder[lowest + 1]!.names;
    }
  }
  return [];
}
