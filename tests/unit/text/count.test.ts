import { describe, expect, it } from "vitest";
import { counted, countedList } from "@/lib/text/count";

describe("counted words", () => {
  it("fits the word to the number", () => {
    expect(counted(1, "client")).toBe("1 client");
    expect(counted(2, "client")).toBe("2 clients");
    expect(counted(0, "perspective")).toBe("0 perspectives");
    expect(counted(3, "person", "people")).toBe("3 people");
  });

  it("lists mixed totals naturally instead of 'All 2 clients and couples'", () => {
    expect(
      countedList([
        [2, "client"],
        [1, "couple"],
      ]),
    ).toBe("2 clients and 1 couple");
    expect(
      countedList([
        [1, "client"],
        [0, "couple"],
      ]),
    ).toBe("1 client");
    expect(
      countedList([
        [0, "client"],
        [2, "couple"],
      ]),
    ).toBe("2 couples");
    expect(
      countedList([
        [0, "client"],
        [0, "couple"],
      ]),
    ).toBe("nobody");
    expect(
      countedList([
        [1, "a"],
        [2, "b"],
        [3, "c"],
      ]),
    ).toBe("1 a, 2 bs and 3 cs");
  });
});
