import { describe, expect, it } from "vitest";
import { checkAcknowledged, problemBody, type SaveAttempt } from "@/bench/verify";

const writer = (attempts: SaveAttempt[]) => ({
  assignmentId: "a1",
  clientId: "c1",
  textPromptId: "p",
  attempts,
});
const stored = (version: number, text: string) =>
  new Map([["a1:c1", { version, answers: { p: { value: text } } }]]);
const attempt = (text: string, ackVersion: number | null): SaveAttempt => ({
  text,
  sentVersion: 0,
  ackVersion,
  submit: false,
});

describe("every acknowledged save is in the database", () => {
  it("accepts the last acknowledged save, or a later one whose answer was lost", () => {
    expect(checkAcknowledged([writer([attempt("one", 1), attempt("two", 2)])], stored(2, "two"))).toEqual({
      acknowledged: 2,
      lost: [],
    });
    expect(
      checkAcknowledged([writer([attempt("one", 1), attempt("two", null)])], stored(2, "two")).lost,
    ).toEqual([]);
    expect(checkAcknowledged([writer([attempt("x", null)])], new Map()).lost).toEqual([]);
  });

  it("reports an older version, other answers, an unknown later version and two saves acknowledged as one version", () => {
    expect(
      checkAcknowledged([writer([attempt("one", 1), attempt("two", 2)])], stored(1, "one")).lost[0],
    ).toMatch(/older/);
    expect(
      checkAcknowledged([writer([attempt("one", 1), attempt("two", 2)])], stored(2, "one")).lost[0],
    ).toMatch(/other answers/);
    expect(checkAcknowledged([writer([attempt("one", 1)])], stored(3, "zzz")).lost[0]).toMatch(
      /none of the saves/,
    );
    expect(
      checkAcknowledged([writer([attempt("one", 1), attempt("two", 1)])], stored(1, "two")).lost[0],
    ).toMatch(/two saves/);
    expect(checkAcknowledged([writer([attempt("one", 1)])], new Map()).lost[0]).toMatch(/no stored copy/);
  });
});

describe("a 5xx answer is clean", () => {
  it("accepts the API's generic error with a request id", () => {
    expect(
      problemBody(
        JSON.stringify({
          error: { code: "internal", message: "Something went wrong on our side.", requestId: "r-1" },
        }),
      ),
    ).toBeNull();
  });

  it("refuses stack traces, driver messages, HTML and answers without a request id", () => {
    expect(problemBody("Error: boom\n    at handler (/app/lib/x.ts:10:5)")).toMatch(/internals/);
    expect(
      problemBody(
        JSON.stringify({
          error: { message: "terminating connection due to administrator command", requestId: "r" },
        }),
      ),
    ).toMatch(/internals/);
    expect(problemBody("<html>Internal Server Error</html>")).toMatch(/not JSON/);
    expect(problemBody(JSON.stringify({ error: { message: "Oops" } }))).toMatch(/request id/);
  });
});
