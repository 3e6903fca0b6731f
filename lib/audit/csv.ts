// CSV for the audit export (RFC 4180), safe to open in a spreadsheet: a cell that starts with
// = + - @ TAB or CR would be read as a formula ("CSV injection"), so it gets a leading single
// quote; every cell with a comma, quote or line break is quoted. Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, then quoted when it needs to be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(",");
}

/** Rows joined with CRLF (what spreadsheets expect), with a trailing line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [csvRow(header), ...rows.map(csvRow)].join("\r\n") + "\r\n";
}
