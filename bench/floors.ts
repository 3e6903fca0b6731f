// The SQL floor of each endpoint: the same data read (or written) with ONE hand-written statement,
// what the database itself costs. Each returns the rows the page or API shows (JSON built in the
// database), with the same scoping (practice, clinician, client) as the service.

/** Client home list: every assignment of the client (newest due first, at most 200) with its exercise, clinician, couple, own copy and partner. */
export const HOME_SQL = `
SELECT coalesce(json_agg(x ORDER BY x."dueAt" DESC, x.id DESC), '[]') AS items,
       (SELECT json_build_object('label', pr."assignmentLabel", 'clinician', cu.name, 'couple', cp.name, 'state', p."currentState", 'attestedAt', p."locationAttestedAt", 'maxAge', pr."locationMaxAgeDays")
          FROM "ClientProfile" p JOIN "Practice" pr ON pr.id = p."practiceId" JOIN "User" cu ON cu.id = p."clinicianId" LEFT JOIN "Couple" cp ON cp.id = p."coupleId"
         WHERE p."userId" = $1) AS home
  FROM (
    SELECT a.id, a.note, a."dueAt", a.status, a."withdrawnAt", a."seriesId", a."createdAt",
           ev.id AS "versionId", ev.version, ev.title, ev."estimatedMinutes", ev.definition, e.slug,
           c.name AS "coupleName", cl.name AS "clinicianName",
           me.state, me."perspectiveId", me."submittedAt", me."reviewedAt", rs."updatedAt" AS "responseUpdatedAt",
           pu.name AS "partnerName", pr."submittedAt" AS "partnerSubmittedAt"
      FROM "AssignmentRecipient" me
      JOIN "Assignment" a ON a.id = me."assignmentId"
      JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId"
      JOIN "Exercise" e ON e.id = ev."exerciseId"
      JOIN "User" cl ON cl.id = a."clinicianId"
      LEFT JOIN "Couple" c ON c.id = a."coupleId"
      LEFT JOIN "Response" rs ON rs."recipientId" = me.id
      LEFT JOIN "AssignmentRecipient" pr ON pr."assignmentId" = a.id AND pr."clientId" <> me."clientId"
      LEFT JOIN "User" pu ON pu.id = pr."clientId"
     WHERE me."clientId" = $1 AND a."practiceId" = $2
     ORDER BY a."dueAt" DESC, a.id DESC
     LIMIT 200
  ) x`;

/** Draft autosave: replace the answers of the client's own copy if the version matches and it is still open. */
export const AUTOSAVE_SQL = `
UPDATE "Response" r
   SET answers = $1::jsonb, version = r.version + 1, "updatedAt" = now()
  FROM "AssignmentRecipient" ar JOIN "Assignment" a ON a.id = ar."assignmentId"
 WHERE r."recipientId" = ar.id AND ar."assignmentId" = $2 AND ar."clientId" = $3 AND a."practiceId" = $4
   AND a.status = 'ACTIVE' AND ar.state <> 'REVIEWED' AND r.version = $5
RETURNING r.version`;

/** Clinician dashboard: the next 7 days of appointments with what came in since the last one, what waits for review, and the caseload. */
export const DASHBOARD_SQL = `
WITH last AS (
  SELECT coalesce(p."coupleId", p."clientId") AS who, max(p."startsAt") AS since
    FROM "Appointment" p
   WHERE p."clinicianId" = $1 AND p."practiceId" = $2 AND p."cancelledAt" IS NULL AND p."startsAt" < now()
   GROUP BY 1
), up AS (
  SELECT s.id, s."startsAt", s."durationMinutes", s.modality, coalesce(s."coupleId", s."clientId") AS who, coalesce(c.name, u.name) AS name, l.since
    FROM "Appointment" s LEFT JOIN "Couple" c ON c.id = s."coupleId" LEFT JOIN "User" u ON u.id = s."clientId"
    LEFT JOIN last l ON l.who = coalesce(s."coupleId", s."clientId")
   WHERE s."clinicianId" = $1 AND s."practiceId" = $2 AND s."cancelledAt" IS NULL
     AND s."startsAt" >= now() - interval '4 hours' AND s."startsAt" < now() + interval '7 days'
   ORDER BY s."startsAt", s.id
   LIMIT 200
), copies AS (
  SELECT r."clientId", coalesce(a."coupleId", r."clientId") AS who, r.state, r."submittedAt", a.id AS "assignmentId", a."coupleId", a."dueAt", a.status,
         ev.title, cu.name AS "clientName", cp.name AS "coupleName"
    FROM "Assignment" a
   CROSS JOIN LATERAL (SELECT * FROM "AssignmentRecipient" r WHERE r."assignmentId" = a.id OFFSET 0) r
    JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId"
    JOIN "User" cu ON cu.id = r."clientId"
    LEFT JOIN "Couple" cp ON cp.id = a."coupleId"
   WHERE a."clinicianId" = $1 AND a."practiceId" = $2
     AND (r.state = 'SUBMITTED'
          OR (r.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.status = 'ACTIVE' AND a."dueAt" < now())
          OR r."submittedAt" >= (SELECT min(since) FROM up))
   ORDER BY r."submittedAt", r.id
   LIMIT 2000
), per AS (
  SELECT c.who,
         count(*) FILTER (WHERE c."submittedAt" >= coalesce(u.since, '-infinity')) AS fresh,
         count(*) FILTER (WHERE c.state = 'SUBMITTED') AS unreviewed,
         count(*) FILTER (WHERE c.state IN ('ASSIGNED', 'IN_PROGRESS') AND c.status = 'ACTIVE' AND c."dueAt" < now()) AS overdue
    FROM copies c JOIN (SELECT DISTINCT who, since FROM up) u ON u.who = c.who
   GROUP BY c.who
)
SELECT json_build_object(
  'appointments', (SELECT coalesce(json_agg(json_build_object(
      'id', up.id, 'startsAt', up."startsAt", 'durationMinutes', up."durationMinutes", 'modality', up.modality, 'name', up.name, 'since', up.since,
      'newSubmissions', coalesce(per.fresh, 0), 'unreviewed', coalesce(per.unreviewed, 0), 'overdue', coalesce(per.overdue, 0)
    ) ORDER BY up."startsAt", up.id), '[]') FROM up LEFT JOIN per ON per.who = up.who),
  'awaiting', (SELECT coalesce(json_agg(c ORDER BY c."submittedAt"), '[]') FROM copies c WHERE c.state = 'SUBMITTED'),
  'caseload', (SELECT coalesce(json_agg(json_build_object('id', p."userId", 'name', u.name, 'couple', cp.name) ORDER BY cp.name NULLS LAST, u.name), '[]')
                 FROM "ClientProfile" p JOIN "User" u ON u.id = p."userId" LEFT JOIN "Couple" cp ON cp.id = p."coupleId"
                WHERE p."clinicianId" = $1 AND p."practiceId" = $2 AND p."closedAt" IS NULL)
) AS dashboard`;

/** Couple prep view: the couple, last and next appointment, the work since then with every copy's revisions and comments, and 26 weeks of trend rows. */
export const PREP_SQL = `
WITH cp AS (
  SELECT c.id, c.name FROM "Couple" c WHERE c.id = $1 AND c."clinicianId" = $2 AND c."practiceId" = $3
), members AS (
  SELECT p."userId", u.name FROM "ClientProfile" p JOIN "User" u ON u.id = p."userId" WHERE p."coupleId" = (SELECT id FROM cp) AND p."practiceId" = $3
), last AS (
  SELECT max("startsAt") AS at FROM "Appointment" WHERE "coupleId" = (SELECT id FROM cp) AND "clinicianId" = $2 AND "cancelledAt" IS NULL AND "startsAt" <= now()
), nxt AS (
  SELECT min("startsAt") AS at FROM "Appointment" WHERE "coupleId" = (SELECT id FROM cp) AND "clinicianId" = $2 AND "cancelledAt" IS NULL AND "startsAt" > now()
), work AS (
  SELECT a.id, a.note, a."dueAt", a.status, a."coupleId", ev.title, ev.definition, e.slug
    FROM "Assignment" a JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId" JOIN "Exercise" e ON e.id = ev."exerciseId"
   WHERE a."clinicianId" = $2 AND a."practiceId" = $3
     AND EXISTS (
       SELECT 1 FROM "AssignmentRecipient" r
        WHERE r."assignmentId" = a.id AND r."clientId" IN (SELECT "userId" FROM members)
          AND (r."submittedAt" >= coalesce((SELECT at FROM last), '-infinity')
               OR r.state = 'SUBMITTED'
               OR (a.status = 'ACTIVE' AND a."dueAt" <= coalesce((SELECT at FROM nxt), now() + interval '7 days')
                   AND r.state IN ('ASSIGNED', 'IN_PROGRESS', 'REVISION_REQUESTED'))))
   ORDER BY a."dueAt" DESC, a.id DESC
   LIMIT 61
)
SELECT json_build_object(
  'couple', (SELECT row_to_json(cp) FROM cp),
  'people', (SELECT json_agg(members) FROM members),
  'lastAppointment', (SELECT at FROM last),
  'nextAppointment', (SELECT at FROM nxt),
  'assignments', (SELECT coalesce(json_agg(json_build_object(
      'id', w.id, 'title', w.title, 'slug', w.slug, 'note', w.note, 'dueAt', w."dueAt", 'status', w.status, 'definition', w.definition,
      'copies', (SELECT json_agg(json_build_object(
          'clientId', r."clientId", 'perspectiveId', r."perspectiveId", 'state', r.state, 'submittedAt', r."submittedAt", 'reviewedAt', r."reviewedAt",
          'revisions', (SELECT json_agg(json_build_object('number', v.number, 'submittedAt', v."submittedAt", 'answers', v.answers) ORDER BY v.number DESC)
                          FROM "Response" rs JOIN "ResponseRevision" v ON v."responseId" = rs.id WHERE rs."recipientId" = r.id)
        ) ORDER BY r."createdAt", r.id) FROM "AssignmentRecipient" r WHERE r."assignmentId" = w.id),
      'comments', (SELECT json_agg(json_build_object('id', cm.id, 'kind', cm.kind, 'body', cm.body, 'createdAt', cm."createdAt", 'author', au.name) ORDER BY cm."createdAt")
                     FROM "Comment" cm JOIN "User" au ON au.id = cm."authorId" WHERE cm."assignmentId" = w.id)
    ) ORDER BY w."dueAt"), '[]') FROM work w),
  'trends', (SELECT coalesce(json_agg(json_build_object('slug', e.slug, 'clientId', r."clientId", 'at', a."dueAt",
      'answers', (SELECT v.answers FROM "Response" rs JOIN "ResponseRevision" v ON v."responseId" = rs.id WHERE rs."recipientId" = r.id ORDER BY v.number DESC LIMIT 1)
    ) ORDER BY a."dueAt"), '[]')
      FROM "AssignmentRecipient" r JOIN "Assignment" a ON a.id = r."assignmentId"
      JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId" JOIN "Exercise" e ON e.id = ev."exerciseId"
     WHERE r."clientId" IN (SELECT "userId" FROM members) AND r."submittedAt" IS NOT NULL
       AND a."clinicianId" = $2 AND a."practiceId" = $3 AND a."dueAt" >= now() - interval '26 weeks')
) AS prep`;

/** Assignments API list (clinician): the first page (20, newest due first) with exercise, couple and every recipient. */
export const LIST_SQL = `
SELECT coalesce(json_agg(x ORDER BY x."dueAt" DESC, x.id DESC), '[]') AS items
  FROM (
    SELECT a.id, a.note, a."dueAt", a.status, a."withdrawnAt", a."seriesId", a."createdAt", a."coupleId", c.name AS "coupleName",
           ev.id AS "versionId", ev.version, ev.title, ev."estimatedMinutes", ev.definition, e.slug,
           (SELECT json_agg(json_build_object('clientId', r."clientId", 'name', u.name, 'perspectiveId', r."perspectiveId", 'state', r.state,
                                              'submittedAt', r."submittedAt", 'reviewedAt', r."reviewedAt") ORDER BY r."createdAt", r.id)
              FROM "AssignmentRecipient" r JOIN "User" u ON u.id = r."clientId" WHERE r."assignmentId" = a.id) AS recipients
      FROM "Assignment" a
      JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId"
      JOIN "Exercise" e ON e.id = ev."exerciseId"
      LEFT JOIN "Couple" c ON c.id = a."coupleId"
     WHERE a."clinicianId" = $1 AND a."practiceId" = $2
     ORDER BY a."dueAt" DESC, a.id DESC
     LIMIT 21
  ) x`;

/** Clinician inbox: the threads of the caseload, newest first, with the unread count of each. */
export const INBOX_SQL = `
SELECT t.id, t.kind, t."lastMessageAt", coalesce(cu.name, cp.name) AS title,
       (SELECT count(*) FROM "Message" m
         WHERE m."threadId" = t.id AND m."authorId" <> $1
           AND m."createdAt" > coalesce(s."lastReadAt", '-infinity')) AS unread
  FROM "MessageThread" t
  LEFT JOIN "ClientProfile" c ON c."userId" = t."clientId"
  LEFT JOIN "User" cu ON cu.id = c."userId"
  LEFT JOIN "Couple" cp ON cp.id = t."coupleId"
  LEFT JOIN "ThreadState" s ON s."threadId" = t.id AND s."userId" = $1
 WHERE t."practiceId" = $2 AND (c."clinicianId" = $1 OR cp."clinicianId" = $1)
 ORDER BY t."lastMessageAt" DESC NULLS LAST`;
