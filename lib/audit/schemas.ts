import { z } from "zod";
import { idParam } from "@/lib/http/operation";

// The audit browser's filters: person, client, action, date range (calendar days in the admin's
// own time zone, both inclusive), newest first, cursor-paginated.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-03-01");

export const auditFilterSchema = z.object({
  /** The person who acted (User.id). */
  actorId: idParam.optional(),
  /** The client whose record was touched (ClientProfile.userId). */
  clientId: idParam.optional(),
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, "must be an action like response.read")
    .max(100)
    .optional(),
  from: day.optional(),
  to: day.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListQuery = auditFilterSchema.extend({
  cursor: z
    .string()
    .regex(/^\d{1,15}_\d{1,20}$/, "must be a cursor from a previous page")
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(["json", "csv"]).default("json"),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEventDto = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string().nullable() }).nullable(),
  action: z.string(),
  actionLabel: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  client: z.object({ id: z.string(), name: z.string() }).nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});
export type AuditEventDto = z.infer<typeof auditEventDto>;

export const auditPageDto = z.object({
  events: z.array(auditEventDto),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditPageDto = z.infer<typeof auditPageDto>;
