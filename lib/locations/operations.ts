import { defineOperation } from "@/lib/http/operation";
import { confirmLocationBody, myLocationDto } from "./schemas";

export const getMyLocationOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/location",
  operationId: "getMyLocation",
  summary: "Where the signed-in client last said they are, and whether they should re-confirm it",
  tag: "Locations",
  access: { kind: "permission", permission: "read:location:own" },
  response: myLocationDto,
  errors: [404],
});

export const confirmMyLocationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/location",
  operationId: "confirmMyLocation",
  summary: "The signed-in client confirms or changes where they are located (adds to their history)",
  tag: "Locations",
  access: { kind: "permission", permission: "write:location:own" },
  body: confirmLocationBody,
  response: myLocationDto,
  successStatus: 201,
  errors: [404],
});

export const locationOperations = [getMyLocationOperation, confirmMyLocationOperation];
