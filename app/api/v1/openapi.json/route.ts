import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/http/openapi";

export const dynamic = "force-static";

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
