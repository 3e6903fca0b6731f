import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "@/lib/audit/csv";

describe("CSV cells", () => {
  it.each([
    ["=SUM(A1:A9)", '"\'=SUM(A1:A9)"'],
    ["+1-555-0100", '"\'+1-555-0100"'],
    ["-2+3", '"\'-2+3"'],
    ["@cmd", '"\'@cmd"'],
    ["\tTAB", '"\'\tTAB"'],
    ["\rCR", '"\'\rCR"'],
    ["\nLF", '"\'\nLF"'],
    // Fullwidth forms, which some spreadsheets fold to their ASCII twins.
    ["＝1+1", '"\'＝1+1"'],
    ["＋1", '"\'＋1"'],
    ["－1", '"\'－1"'],
    ["＠SUM(A1)", '"\'＠SUM(A1)"'],
    // A leading zero-width character (or a blank) in front of a formula start.
    ["\u200B=1+1", '"\'\u200B=1+1"'],
    ["\uFEFF=1+1", '"\'\uFEFF=1+1"'],
    ["\u2060x", '"\'\u2060x"'],
    [" =1+1", '"\' =1+1"'],
  ])("neutralises a formula start: %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes every cell, so a spreadsheet splitting on ';' keeps `Jo;=1+1;x` in one text cell", () => {
    expect(csvCell("Jo;=1+1;x")).toBe('"Jo;=1+1;x"');
    expect(csvRow(["Jo;=1+1;x", "Mozilla/5.0;=cmd|' /C calc'!A0"])).toBe(
      '"Jo;=1+1;x","Mozilla/5.0;=cmd|\' /C calc\'!A0"',
    );
  });

  it("quotes commas, quotes and line breaks, and plain text", () => {
    expect(csvCell("plain text")).toBe('"plain text"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("a=b")).toBe('"a=b"');
  });

  it("writes empty cells for null and undefined, and numbers and booleans as text", () => {
    expect(csvRow([null, undefined, 3, true, "x"])).toBe('"","","3","true","x"');
    expect(csvCell(-4)).toBe('"\'-4"');
  });

  it("joins rows with CRLF and ends with one", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["1", "2"],
          ["=3", null],
        ],
      ),
    ).toBe('"a","b"\r\n"1","2"\r\n"\'=3",""\r\n');
  });
});
