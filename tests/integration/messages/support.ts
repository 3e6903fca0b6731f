import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/policy/actor";
import { sendMessage } from "@/lib/messages/send";
import { openThread } from "@/lib/messages/service";
import {
  actorFor,
  createClient,
  createCouple,
  createPractice,
  createUser,
  createClinician,
} from "../../support/factories";

// A practice with a clinician (TN and VA), an individual client and a couple (Alex and Sam), and
// a clinician of another practice, for the messages tests.

export const key = () => `k-${randomUUID()}`;

export async function messagesScenario() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id, [{ state: "TN" }, { state: "VA" }]);
  const colleague = await createClinician(practice.id, [{ state: "TN" }]);
  const admin = await createUser(practice.id, "ADMIN");
  const client = await createClient(practice.id, clinician.id, { state: "VA" });
  const { couple, partners } = await createCouple(practice.id, clinician.id);
  const other = await createPractice();
  const stranger = await createClinician(other.id, [{ state: "TN" }]);
  const strangerClient = await createClient(other.id, stranger.id);
  const actors = {
    clinician: actorFor(clinician),
    colleague: actorFor(colleague),
    admin: actorFor(admin),
    client: actorFor(client),
    alex: actorFor(partners[0]),
    sam: actorFor(partners[1]),
    stranger: actorFor(stranger),
    strangerClient: actorFor(strangerClient),
  };
  const threads = {
    individual: await openThread(actors.client, { kind: "own" }),
    alexPrivate: await openThread(actors.alex, { kind: "own" }),
    samPrivate: await openThread(actors.sam, { kind: "own" }),
    joint: await openThread(actors.clinician, { coupleId: couple.id }),
  };
  return { practice, couple, actors, threads };
}
export type MessagesScenario = Awaited<ReturnType<typeof messagesScenario>>;

export function say(actor: Actor, threadId: string, body: string, extra: { at?: Date } = {}) {
  return sendMessage(actor, threadId, { body, idempotencyKey: key() }, {}, extra.at ?? new Date());
}
