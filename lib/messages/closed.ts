import type { Actor } from "@/lib/policy/actor";
import type { ThreadRow } from "./queries";

// When a conversation takes no new messages, and the words each side reads in place of the composer.
// Closed accounts: nobody is there to read. Discharged clients: care has ended, and a message sent
// into a conversation the clinician no longer keeps would wait unread, so the conversation is closed
// both ways (kept to read) until the clinician re-admits them. Discharge applies to a whole couple.

export type ClosedConversation = { reason: "closed" | "discharged"; message: string };

export function closedConversation(actor: Actor, row: ThreadRow): ClosedConversation | null {
  const people = row.client ? [row.client] : (row.couple?.members ?? []);
  const open = people.filter((person) => !person.closedAt);
  if (open.length === 0)
    return { reason: "closed", message: "This account is closed, so no new messages can be written here." };
  if (open.some((person) => person.dischargedAt))
    return {
      reason: "discharged",
      message:
        actor.role === "CLIENT"
          ? "Your care with this practice has ended, so this conversation is closed. What was written stays here for you to read."
          : "This care has ended (discharged), so this conversation is closed. Re-admit to write here again.",
    };
  return null;
}
