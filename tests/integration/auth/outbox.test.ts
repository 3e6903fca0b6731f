import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { listOutbox, outboxEnabled } from "@/lib/mail/outbox";
import { unique } from "../../support/factories";

describe("the development outbox behind /dev/outbox", () => {
  it("is on with MAIL_TRANSPORT=outbox and lists emails newest first, filtered by recipient in any case", async () => {
    expect(outboxEnabled()).toBe(true);
    const to = `${unique()}@outbox.test`;
    await sendEmail({ to, subject: "first", text: "one" });
    await sendEmail({ to: to.toUpperCase(), subject: "second", text: "two http://localhost:3000/x" });
    await sendEmail({ to: `${unique()}@elsewhere.test`, subject: "not for them", text: "three" });
    await db.outboxEmail.updateMany({
      where: { to, subject: "first" },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });

    const mine = await listOutbox({ to: ` ${to.toUpperCase()} ` });
    expect(mine.map((e) => e.subject)).toEqual(["second", "first"]);
    const all = await listOutbox({ limit: 1000 });
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeLessThanOrEqual(200);
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(all[i]!.createdAt.getTime());
  });
});
