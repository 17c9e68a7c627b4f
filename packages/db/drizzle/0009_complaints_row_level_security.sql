-- Complaints (issue 7): the two walls of every tenant table (ADR 0005): privileges only for what
-- the application does, and row-level security with the tenant_isolation and platform_read
-- policies.
-- Complaints move (assigned, resolved: UPDATE); their history is append-only: the application
-- role may only read and add to it, so no request can rewrite who did what.
GRANT SELECT, INSERT, UPDATE ON complaints TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON complaint_events TO satu_atap_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE complaint_events_id_seq TO satu_atap_app;
--> statement-breakpoint

ALTER TABLE complaints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE complaints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON complaints;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON complaints
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON complaints;
--> statement-breakpoint
CREATE POLICY platform_read ON complaints FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE complaint_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE complaint_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON complaint_events;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON complaint_events
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON complaint_events;
--> statement-breakpoint
CREATE POLICY platform_read ON complaint_events FOR SELECT USING (app_platform_scope());
