/** How the store derives what it groups by: one question however it ends, one day in the service's time zone. */

/** What may end a question without making it another one ("5G基站？" = "5G基站"); SQL's rtrim takes the same set. */
export const TRAILING = '？?。！!，, \u3000';
const TRAILING_RUN = new RegExp(`[${TRAILING}]+$`, 'u');

export function questionKey(question: string): string {
  return question.replace(TRAILING_RUN, '');
}

// The service answers about Zhejiang: its day is China Standard Time (UTC+8, no daylight saving).
const CST_OFFSET_MS = 8 * 3_600_000;

/** The calendar day of `at` in China Standard Time, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar day after `day` (YYYY-MM-DD). */
export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first instant (UTC ISO) of a CST calendar day. */
export function dayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - CST_OFFSET_MS).toISOString();
}

/** Later than any stored time: the open end of a range. */
export const END_OF_TIME = '9999-12-31T23:59:59.999Z';
