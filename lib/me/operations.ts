import { defineOperation } from "@/lib/http/operation";
import { meDto } from "./schemas";

export const getMeOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me",
  operationId: "getMe",
  summary: "The signed-in person and their practice",
  tag: "Me",
  access: { kind: "permission", permission: "read:me" },
  response: meDto,
});

export const meOperations = [getMeOperation];
