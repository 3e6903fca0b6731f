import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person every service function acts for. Built only by lib/auth/session.ts. */
export type Actor = {
  readonly userId: string;
  readonly practiceId: string;
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  readonly sessionId: string;
  readonly timeZone: string;
};

export type { Role };
