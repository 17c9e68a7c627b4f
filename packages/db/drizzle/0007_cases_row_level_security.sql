-- Cases (issue 7): the two walls of every tenant table (ADR 0005): privileges only for what
-- the application does, and row-level security with the tenant_isolation and platform_read
-- policies.
-- Cases, tasks and counters move (UPDATE); the case history is append-only: the application
-- role may only read and add to it, so no request can rewrite who did what.
GRANT SELECT, INSERT, UPDATE ON counters, cases, verification_tasks TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON case_events TO satu_atap_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE case_events_id_seq TO satu_atap_app;
--> statement-breakpoint

ALTER TABLE counters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE counters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON counters;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON counters
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON counters;
--> statement-breakpoint
CREATE POLICY platform_read ON counters FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE cases FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON cases;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON cases
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON cases;
--> statement-breakpoint
CREATE POLICY platform_read ON cases FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON case_events;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON case_events
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON case_events;
--> statement-breakpoint
CREATE POLICY platform_read ON case_events FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE verification_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE verification_tasks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON verification_tasks;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON verification_tasks
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON verification_tasks;
--> statement-breakpoint
CREATE POLICY platform_read ON verification_tasks FOR SELECT USING (app_platform_scope());
