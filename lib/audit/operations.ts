import { defineOperation } from "@/lib/http/operation";
import { auditListQuery, auditPageDto } from "./schemas";

export const listAuditEventsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/audit-events",
  operationId: "listAuditEvents",
  summary:
    "The practice's audit trail, newest first (filters: person, client, action, date range; ?format=csv downloads it)",
  tag: "Audit",
  access: { kind: "permission", permission: "read:audit" },
  query: auditListQuery,
  response: auditPageDto,
  produces: ["application/json", "text/csv"],
});

export const auditOperations = [listAuditEventsOperation];
