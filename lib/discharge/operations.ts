import { defineOperation, idParams } from "@/lib/http/operation";
import { careStatusDto, confirmBody } from "./schemas";

// Discharge and re-admission (a clinician for their own caseload, an admin for the practice) and
// closing a client's account (admins). Someone outside the actor's reach is a 404.

const common = {
  method: "POST" as const,
  tag: "Clients" as const,
  params: idParams,
  response: careStatusDto,
  errors: [404, 409, 422],
};
const discharging = { kind: "permission", permission: "discharge:client" } as const;

export const dischargeClientOperation = defineOperation({
  ...common,
  path: "/api/v1/clients/{id}/discharge",
  operationId: "dischargeClient",
  summary:
    'Discharge a client (body: {"confirm": "DISCHARGE"}): no new work; they keep read and export access for 90 days',
  access: discharging,
  body: confirmBody,
  maxBodyBytes: 512,
});

export const readmitClientOperation = defineOperation({
  ...common,
  path: "/api/v1/clients/{id}/readmit",
  operationId: "readmitClient",
  summary: "Re-admit a discharged client",
  access: discharging,
});

export const dischargeCoupleOperation = defineOperation({
  ...common,
  path: "/api/v1/couples/{id}/discharge",
  operationId: "dischargeCouple",
  summary: 'Discharge both partners of a couple (body: {"confirm": "DISCHARGE"})',
  access: discharging,
  body: confirmBody,
  maxBodyBytes: 512,
});

export const readmitCoupleOperation = defineOperation({
  ...common,
  path: "/api/v1/couples/{id}/readmit",
  operationId: "readmitCouple",
  summary: "Re-admit a discharged couple",
  access: discharging,
});

export const closeClientOperation = defineOperation({
  ...common,
  path: "/api/v1/clients/{id}/close",
  operationId: "closeClientAccount",
  summary:
    'Close a client\'s account now (admins; body: {"confirm": "CLOSE"}): sign-in ends; the record is kept for the retention period, then deleted',
  access: { kind: "permission", permission: "close:client" },
  body: confirmBody,
  maxBodyBytes: 512,
});

export const dischargeOperations = [
  dischargeClientOperation,
  readmitClientOperation,
  dischargeCoupleOperation,
  readmitCoupleOperation,
  closeClientOperation,
];
