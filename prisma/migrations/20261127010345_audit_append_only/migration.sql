-- The audit trail is append-only: rows may be inserted, never changed or removed by the app.
-- (The retention purge of audit rows older than the compliance period is a database-owner task,
-- done with this trigger disabled in a reviewed maintenance window.)
CREATE FUNCTION mend_refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION mend_refuse_audit_change();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION mend_refuse_audit_change();
