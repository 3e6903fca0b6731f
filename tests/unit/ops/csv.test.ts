import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "@/lib/audit/csv";

describe("CSV cells", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1-555-0100", "'+1-555-0100"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "\"'\rCR\""],
  ])("neutralises a formula start: %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell("plain text")).toBe("plain text");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it("writes empty cells for null and undefined, and numbers and booleans as text", () => {
    expect(csvRow([null, undefined, 3, true, "x"])).toBe(",,3,true,x");
    expect(csvCell(-4)).toBe("'-4");
  });

  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv(["a", "b"], [["1", "2"], ["=3", null]])).toBe("a,b\r\n1,2\r\n'=3,\r\n");
  });
});
