/**
 * A name asked whether the plan mentions it, unquoted (规划里磁性材料有没有提到, 规划里有没有提到磁性材料, 磁性材料规划里提没提):
 * what is asked is whether that name is in the plan — the clause that writes it answers, as it does for a quoted name
 * (prepare.ts `namesQuoted`), whatever the asker's story around it (a family workshop grinding magnets for a big plant).
 * Only a name few clauses write (at most `MAX_CLAUSES`): 制造业 or 企业 said around the name names no clause. Pure over the question and
 * the clauses' texts.
 */

const PLAN = '规划(?:里|中|上)(?:面|头|边)?';
/** The verb of mentioning itself (not 说法 or 讲法, which ask what the plan says of a topic). */
const MENTION = '(?:提到|提及|说到|讲到|写到|写了|提了|提过|说过|讲过)';
const SPAN = '([\\u4e00-\\u9fffA-Za-z0-9]{2,12})';
/** The ask after the name: 有没有提到, 也提到, 提没提. */
const ASKED_AFTER = `(?:(?:有没有|有无|有没|有|也)?${MENTION}|提没提|说没说|讲没讲|写没写)`;
/** 规划里X有没有提到 / 规划里X提没提 / 规划里X有提到吗 */
const NAME_THEN_ASK = new RegExp(`${PLAN}${SPAN}${ASKED_AFTER}`, 'g');
/** 规划里有没有提到X / 规划里提没提到X */
const ASK_THEN_NAME = new RegExp(`${PLAN}(?:有没有|有无|有没|可有|是否)${MENTION}(?:过|了)?(?!的)${SPAN}`, 'g');
/** 规划里提到磁性材料了吗 — not 规划里提到的那部条例叫什么, a thing the plan mentions, pointed at. */
const SAID_THEN_ASKED = new RegExp(`${PLAN}${MENTION}(?:过|了)?(?!的)${SPAN}(?=吗|没有|没|不|[?？])`, 'g');
/** X在规划里有没有提到 / X规划里提没提 */
const NAME_BEFORE_PLAN = new RegExp(`${SPAN}(?:在)?${PLAN}${ASKED_AFTER}`, 'g');

/** Words around the name that are not part of it (那个磁性材料, 我们这个行业). */
const AROUND = /^(?:那个|这个|这种|那种|关于|对于|有关|我们|咱们|俺们|的)+|(?:这块|这一块|这些|这种|这个|那些|方面|的事|的)+$/g;
const MIN_NAME = 3;
const MAX_CLAUSES = 2;

/** The longest part of `span` that one or two clauses write word for word (≥ 3 characters), or null. */
function writtenPart(span: string, texts: readonly string[]): string | null {
  // (X的Y asks of Y: 小企业的贷款, 上市企业的培育 — not a name the plan writes inside X, 中小企业 or 企业的.)
  const text = span.replace(AROUND, '').toLowerCase().split('的').pop()!;
  for (let length = text.length; length >= MIN_NAME; length--) {
    for (let at = 0; at + length <= text.length; at++) {
      const part = text.slice(at, at + length);
      let writing = 0;
      for (const clause of texts) if (clause.includes(part) && ++writing > MAX_CLAUSES) break;
      if (writing > 0 && writing <= MAX_CLAUSES) return part;
    }
  }
  return null;
}

/** The names the question asks whether the plan mentions, each as the plan writes it; `texts` are the clauses' texts, lower-cased. */
export function namesAskedMentioned(question: string, texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const re of [NAME_THEN_ASK, ASK_THEN_NAME, SAID_THEN_ASKED, NAME_BEFORE_PLAN]) {
    for (const m of question.matchAll(re)) {
      const name = writtenPart(m[1]!, texts);
      if (name) names.add(name);
    }
  }
  return [...names];
}
