import { beforeEach, describe, expect, it, vi } from "vitest";
import { MESSAGE_BURST } from "@/lib/messages/rate-limit";
import { messageDto, messagePageDto, threadListDto } from "@/lib/messages/schemas";
import { sendRaw, testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { key, messagesScenario } from "./support";

// The thread routes over HTTP through the typed API client: 201 for a new message and 200 for a
// retry with the same key, 404 for a thread not one's own, 429 with Retry-After, Origin checked.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => signInForRoutes(null));

describe("thread routes", () => {
  it("send, retry, read and list with the documented shapes", async () => {
    const s = await messagesScenario();
    signInForRoutes(s.actors.alex);
    const body = { body: "Hello from the API", idempotencyKey: key() };
    const first = await api.POST("/api/v1/threads/{id}/messages", { ...id(s.threads.alexPrivate.id), body });
    expect(first.response.status).toBe(201);
    const again = await api.POST("/api/v1/threads/{id}/messages", { ...id(s.threads.alexPrivate.id), body });
    expect(again.response.status).toBe(200);
    expect(messageDto.parse(again.data).id).toBe(messageDto.parse(first.data).id);

    const page = await api.GET("/api/v1/threads/{id}/messages", { ...id(s.threads.alexPrivate.id) });
    expect(messagePageDto.parse(page.data).messages.map((m) => m.body)).toEqual(["Hello from the API"]);

    signInForRoutes(s.actors.sam);
    const denied = await api.GET("/api/v1/threads/{id}/messages", { ...id(s.threads.alexPrivate.id) });
    expect(denied.response.status).toBe(404);
    expect(JSON.stringify(denied.error)).not.toContain("Hello from the API");

    signInForRoutes(s.actors.clinician);
    const inbox = await api.GET("/api/v1/threads", {});
    expect(threadListDto.parse(inbox.data).unreadTotal).toBe(1);
    const read = await api.POST("/api/v1/threads/{id}/read", { ...id(s.threads.alexPrivate.id), body: {} });
    expect(read.data).toEqual({ threadId: s.threads.alexPrivate.id, unread: 0 });
  });

  it("refuses a foreign Origin, and answers 429 with Retry-After past the limit", async () => {
    const s = await messagesScenario();
    signInForRoutes(s.actors.client);
    const path = `/api/v1/threads/${s.threads.individual.id}/messages`;
    const foreign = await sendRaw(
      "POST",
      path,
      { body: "x", idempotencyKey: key() },
      { origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    for (let i = 0; i < MESSAGE_BURST.points; i++) {
      expect((await sendRaw("POST", path, { body: `m${i}`, idempotencyKey: key() })).status).toBe(201);
    }
    const limited = await sendRaw("POST", path, { body: "one more", idempotencyKey: key() });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});
