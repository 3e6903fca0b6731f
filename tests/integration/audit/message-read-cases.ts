import { listMessages, listThreads, openThread } from "@/lib/messages/service";
import { actorFor } from "../../support/factories";
import type { ReadPath, Scenario } from "./read-path-cases";

// The message read paths (lib/messages): every read of a thread or the list of threads is audited,
// including a client's, since a joint thread holds the partner's words. Joined into READ_PATHS.

const clinician = (s: Scenario) => actorFor(s.clinician);
const partners = (s: Scenario) => [s.alex.id, s.sam.id];
const meta = (requestId: string) => ({
  ip: ADDRESS_FOR_CASES.ip,
  userAgent: ADDRESS_FOR_CASES.ua,
  requestId,
});

/** Set by read-path-cases.ts (its constants), so both files record the same address. */
export const ADDRESS_FOR_CASES = { ip: "", ua: "" };

export const MESSAGE_PATHS: ReadPath[] = [
  {
    name: "GET /api/v1/threads and the clinician inbox /inbox",
    covers: ["GET /api/v1/threads", "/inbox"],
    actor: clinician,
    read: async (s, requestId) => {
      await openThread(clinician(s), { coupleId: s.couple.id });
      return listThreads(clinician(s), {}, meta(requestId));
    },
    action: "threads.viewed",
    clients: () => [null],
  },
  {
    name: "POST /api/v1/threads (a clinician opens a couple's joint thread)",
    covers: ["POST /api/v1/threads"],
    actor: clinician,
    read: (s, requestId) => openThread(clinician(s), { coupleId: s.couple.id }, meta(requestId)),
    action: "thread.viewed",
    clients: partners,
  },
  {
    name: "GET /api/v1/threads/{id}/messages and the clinician's thread page /inbox/[id]",
    covers: ["GET /api/v1/threads/{id}/messages", "/inbox/[id]"],
    actor: clinician,
    read: async (s, requestId) => {
      const thread = await openThread(clinician(s), { coupleId: s.couple.id });
      return listMessages(clinician(s), thread.id, {}, meta(requestId));
    },
    action: "thread.viewed",
    clients: partners,
  },
  {
    name: "a client's list of threads /messages",
    covers: ["/messages"],
    actor: (s) => actorFor(s.alex),
    read: (s, requestId) => listThreads(actorFor(s.alex), {}, meta(requestId)),
    action: "threads.viewed",
    clients: (s) => [s.alex.id],
  },
  {
    name: "a partner reading the joint thread /messages/[id]",
    covers: ["/messages/[id]"],
    actor: (s) => actorFor(s.alex),
    read: async (s, requestId) => {
      const thread = await openThread(actorFor(s.alex), { kind: "joint" });
      return listMessages(actorFor(s.alex), thread.id, {}, meta(requestId));
    },
    action: "thread.viewed",
    clients: partners,
  },
];
