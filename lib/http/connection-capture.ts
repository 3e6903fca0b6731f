import http from "node:http";
import https from "node:https";
import { CONNECTION_ADDRESS_HEADER, markConnectionCaptureInstalled } from "./request-meta";

// Next.js (next start, the standalone server.js) only passes route handlers the request's headers:
// the socket's address survives only as X-Forwarded-For, and only when the client did not send one.
// This copies the socket's address into our own header before Next.js sees the request, replacing
// any value a client sent under that name. Installed once at boot by instrumentation-node.ts.

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

function patch(proto: { emit: Emit }): void {
  const original = proto.emit;
  proto.emit = function emit(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CONNECTION_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return original.call(this, event, ...args);
  };
}

let installed = false;

export function installConnectionCapture(): void {
  if (installed) return;
  installed = true;
  patch(http.Server.prototype as unknown as { emit: Emit });
  // https.Server does not inherit from http.Server: patched on its own.
  patch(https.Server.prototype as unknown as { emit: Emit });
  markConnectionCaptureInstalled();
}
