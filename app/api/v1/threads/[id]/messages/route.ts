import { NextResponse } from "next/server";
import { handle } from "@/lib/http/handle";
import { listMessagesOperation, sendMessageOperation } from "@/lib/messages/operations";
import { sendMessage } from "@/lib/messages/send";
import { listMessages } from "@/lib/messages/service";

export const GET = handle(listMessagesOperation, ({ actor, params, query, meta }) =>
  listMessages(actor, params.id, query, meta),
);
// 201 for a new message, 200 when the idempotency key finds the one already sent.
export const POST = handle(sendMessageOperation, async ({ actor, params, body, meta }) => {
  const { message, created } = await sendMessage(actor, params.id, body, meta);
  return NextResponse.json(message, { status: created ? 201 : 200 });
});
