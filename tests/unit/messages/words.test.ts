import { describe, expect, it } from "vitest";
import { newMessageEmail } from "@/lib/messages/email";
import { unreadLabel } from "@/lib/messages/labels";
import { sendMessageBody } from "@/lib/messages/schemas";

describe("the new-message email", () => {
  it("names who wrote and links to the thread and the preferences, and carries no message", () => {
    const email = newMessageEmail({
      recipientName: "Dr. Riley Morgan",
      authorName: "Alex Rivera",
      link: "https://mend.example/inbox/t1",
      preferencesLink: "https://mend.example/settings/notifications",
    });
    expect(email.subject).toBe("New message from Alex");
    expect(email.text).toContain("Hi Riley,");
    expect(email.text).toContain("https://mend.example/inbox/t1");
    expect(email.text).toContain("https://mend.example/settings/notifications");
    expect(email.html).toContain('href="https://mend.example/inbox/t1"');
    expect(email.html).not.toContain("Rivera");
  });
});

describe("navigation labels", () => {
  it("shows the unread count in words only when there is something unread", () => {
    expect(unreadLabel("Inbox", 0)).toBe("Inbox");
    expect(unreadLabel("Inbox", 3)).toBe("Inbox (3 unread)");
  });
});

describe("a message to send", () => {
  it("is text with a client-made key; empty text, odd keys and unknown fields are refused", () => {
    expect(
      sendMessageBody.parse({ body: "  hi https://x.example  ", idempotencyKey: "abcdefgh-123" }),
    ).toEqual({
      body: "hi https://x.example",
      idempotencyKey: "abcdefgh-123",
    });
    expect(sendMessageBody.safeParse({ body: "   ", idempotencyKey: "abcdefgh-123" }).success).toBe(false);
    expect(sendMessageBody.safeParse({ body: "hi", idempotencyKey: "short" }).success).toBe(false);
    expect(sendMessageBody.safeParse({ body: "hi", idempotencyKey: "has spaces in it" }).success).toBe(false);
    expect(
      sendMessageBody.safeParse({ body: "hi", idempotencyKey: "abcdefgh-123", html: "<b>" }).success,
    ).toBe(false);
  });
});
