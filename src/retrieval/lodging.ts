/**
 * The asker's own lodging told: a rented room or flat, a dormitory, where they live, or the asker a worker at the premises named
 * (我在工业园上班，自己租的房子房租太贵; 住的宿舍房租). Pure over the question's text.
 */

/** A room or flat rented or lived in, or a dormitory, said in the clause of the rent (租的房子房租, 住的宿舍房租 — not 老板住在杭州, told apart). */
const LODGING = /租的房子|租房子|租了?(?:个|间|套)?(?:房子|单间|公寓)|住的|住在|我住|家住|宿舍|出租屋|出租房/;
/** …or the asker a worker at the place, anywhere in the question (我在园区上班, 本人在车间打工). */
const WORKS_THERE = /(?:我|本人)[^，。？！,?!]{0,3}在[^，。？！,?!]{0,8}(?:上班|打工|干活|做工)/;
/** The table's words for rent (房租, 租金): the premises' when a firm's, a home's when the asker's lodging is told. */
const RENT = /^(?:房租|租金)$/;

/**
 * A description of premises and their rent (厂房+房租, 园区+房租: the plan's 小微企业园 and the firm's burden) is not written where
 * the asker's own lodging is told: the rent is a home's, a worker's, whatever premises are named beside it.
 */
export function rentOfLodging(together: readonly string[], lower: string): boolean {
  const rent = together.find((w) => RENT.test(w));
  if (rent === undefined) return false;
  return WORKS_THERE.test(lower) || lower.split(/[，,。？?！!；;\s]/).some((clause) => clause.includes(rent) && LODGING.test(clause));
}
