import { redirect } from "next/navigation";
import { getActor, homePathFor } from "@/lib/auth/session";

export default async function Index() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
