/**
 * CSV for spreadsheets: RFC 4180 quoting, a BOM so Excel reads UTF-8 Chinese, and cells a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR at the start: untrusted questions) prefixed with an apostrophe.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Array<string | number | boolean | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';
