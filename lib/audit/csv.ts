// CSV for the audit export (RFC 4180), safe to open in a spreadsheet.
//  - Every cell is quoted: a spreadsheet set to split on `;` (common in European locales) would
//    otherwise split `Jo;=1+1;x` into a formula cell of its own.
//  - A cell whose first visible character starts a formula (= + - @, their fullwidth forms
//    ＝ ＋ － ＠, which some spreadsheets fold to ASCII) or that starts with a tab, line break or
//    zero-width character (which hide what follows) gets a leading single quote ("CSV injection").
// Pure.

const INVISIBLE = "\\u200B-\\u200D\\u2060\\uFEFF";
const FORMULA_START = new RegExp(
  `^(?:[\\t\\r\\n${INVISIBLE}]|[\\s${INVISIBLE}]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20])`,
);

/** One cell: formula-neutralised, then quoted. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(",");
}

/** Rows joined with CRLF (what spreadsheets expect), with a trailing line break. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [csvRow(header), ...rows.map(csvRow)].join("\r\n") + "\r\n";
}
