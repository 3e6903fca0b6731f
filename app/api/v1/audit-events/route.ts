import { listAuditEventsOperation } from "@/lib/audit/operations";
import { auditCsvResponse, listAuditEvents } from "@/lib/audit/query";
import { handle } from "@/lib/http/handle";

export const GET = handle(listAuditEventsOperation, ({ actor, query, meta }) =>
  query.format === "csv" ? auditCsvResponse(actor, query, meta) : listAuditEvents(actor, query),
);
