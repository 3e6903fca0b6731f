import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../../prisma/demo-data";
import { freshIp, json, signedIn } from "./support";

// Size limits and byte-level hostile input against the production server: an oversized body is
// refused with 413 at once, without the server reading (or waiting for) the rest of it; NUL, lone
// surrogates and broken UTF-8 are a clean 400; CSP violation reports are accepted and bounded.

/** Streams `total` bytes chunked (no Content-Length), and reports when the answer came. */
function streamBody(
  url: string,
  headers: Record<string, string>,
  total: number,
): Promise<{ status: number; ms: number; sentWhenAnswered: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      url,
      {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      },
      (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, sentWhenAnswered: sent });
        req.destroy();
      },
    );
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.from(`"${"x".repeat(64 * 1024 - 2)}"`);
    req.write('{"padding":[');
    const pump = () => {
      // Slowly: 64 KB every 20 ms, so all of 5 MB would take well over a second and a half.
      if (answered || sent >= total) return answered ? undefined : void req.end("]}");
      req.write(sent === 0 ? chunk : Buffer.concat([Buffer.from(","), chunk]));
      sent += chunk.length;
      setTimeout(pump, 20);
    };
    pump();
  });
}

test.describe("input limits", () => {
  test("a 5 MB body is refused with 413 at once, before the server has read it", async ({
    baseURL,
    request,
  }) => {
    // Declared size: refused before a byte of the body is read.
    const started = Date.now();
    const declared = await request.post("/api/v1/auth/password-check", {
      data: JSON.stringify({ password: "x".repeat(5 * 1024 * 1024) }),
      headers: { Origin: baseURL!, "Content-Type": "application/json" },
    });
    expect(declared.status()).toBe(413);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

    // No declared size, sent slowly: the answer comes once the limit is passed, not at the end.
    const streamed = await streamBody(
      `${baseURL}/api/v1/auth/password-check`,
      { Origin: baseURL! },
      5 * 1024 * 1024,
    );
    expect(streamed.status).toBe(413);
    expect(streamed.sentWhenAnswered, "bytes sent when the 413 came").toBeLessThan(1024 * 1024);
    expect(streamed.ms).toBeLessThan(1_500);

    // The same through an authenticated route with its own limit (answers: 200 KB).
    const alex = await signedIn(baseURL!, DEMO_USERS.alex.email);
    const mine = await json<{ items: { id: string }[] }>(
      await alex.get("/api/v1/assignments"),
      "assignments",
    );
    const cookie = (await alex.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const answer = await streamBody(
      `${baseURL}/api/v1/assignments/${mine.items[0]!.id}/submit`,
      { Origin: baseURL!, Cookie: cookie },
      5 * 1024 * 1024,
    );
    expect(answer.status).toBe(413);
    expect(answer.sentWhenAnswered).toBeLessThan(1024 * 1024);
    await alex.dispose();
  });

  test("NUL, lone surrogates and broken UTF-8 are a clean 400, in bodies and addresses", async ({
    baseURL,
    request,
  }) => {
    const bodies: [string, Buffer][] = [
      [
        "invalid UTF-8",
        Buffer.from([
          0x7b, 0x22, 0x70, 0x61, 0x73, 0x73, 0x77, 0x6f, 0x72, 0x64, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22,
          0x7d,
        ]),
      ],
      [
        "overlong UTF-8",
        Buffer.concat([Buffer.from('{"password":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
      ],
      ["escaped NUL", Buffer.from('{"password":"a\\u0000b"}')],
      ["raw NUL", Buffer.from('{"password":"a\u0000b"}')],
      ["lone high surrogate", Buffer.from('{"password":"\\ud800"}')],
      ["lone low surrogate", Buffer.from('{"password":"x\\udc00y"}')],
      ["NUL in a key", Buffer.from('{"pass\\u0000word":"x"}')],
      ["UTF-16 body", Buffer.from('{"password":"abc"}', "utf16le")],
    ];
    for (const [what, data] of bodies) {
      const response = await request.post("/api/v1/auth/password-check", {
        data,
        headers: { Origin: baseURL!, "Content-Type": "application/json" },
      });
      expect(response.status(), what).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, what).toBe("bad_request");
    }
    for (const path of [
      "/api/v1/clients/%C0%AF",
      "/api/v1/exercises/%FF",
      "/clients/%E0%A4%A",
      "/library/%00",
      "/api/v1/exercises?q=%00",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([400, 401], path).toContain(response.status());
      expect(await response.text(), path).not.toMatch(/Internal Server Error|at \//);
    }
  });

  test("CSP violation reports are taken in both formats, without what was blocked", async ({ request }) => {
    // An address of its own: the endpoint throttles per address, and other specs' pages report too.
    const from = { "X-Forwarded-For": freshIp() };
    const legacy = await request.post("/api/csp-report", {
      data: JSON.stringify({
        "csp-report": {
          "document-uri": "http://localhost/assignments/abc",
          "effective-directive": "script-src-elem",
          "blocked-uri": "inline",
        },
      }),
      headers: { "Content-Type": "application/csp-report", ...from },
    });
    expect(legacy.status()).toBe(204);
    const modern = await request.post("/api/csp-report", {
      data: JSON.stringify([
        {
          type: "csp-violation",
          body: {
            documentURL: "http://localhost/home",
            effectiveDirective: "img-src",
            blockedURL: "https://evil.example/x.png",
          },
        },
      ]),
      headers: { "Content-Type": "application/reports+json", ...from },
    });
    expect(modern.status()).toBe(204);
    expect(
      (
        await request.post("/api/csp-report", {
          data: '{"nope":1}',
          headers: { "Content-Type": "application/json", ...from },
        })
      ).status(),
    ).toBe(400);
    const huge = await request.post("/api/csp-report", {
      data: JSON.stringify({ "csp-report": { sample: "x".repeat(100_000) } }),
      headers: from,
    });
    expect(huge.status()).toBe(413);
  });
});
