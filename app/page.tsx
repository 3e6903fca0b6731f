import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/policy/account";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export default publicPage(Index);

async function Index(actor: Actor | null): Promise<never> {
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
