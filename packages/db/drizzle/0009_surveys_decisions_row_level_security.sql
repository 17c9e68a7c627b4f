-- Surveys and decisions (issue 7): the two walls of every tenant table (ADR 0005).
-- Both are append-only: a survey or a decision is never rewritten (a re-verification adds a
-- survey, a review adds a decision), so the application role may only read and add rows.
GRANT SELECT, INSERT ON surveys, decisions TO satu_atap_app;
--> statement-breakpoint

ALTER TABLE surveys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE surveys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON surveys;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON surveys
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON surveys;
--> statement-breakpoint
CREATE POLICY platform_read ON surveys FOR SELECT USING (app_platform_scope());

--> statement-breakpoint

ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON decisions;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON decisions
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON decisions;
--> statement-breakpoint
CREATE POLICY platform_read ON decisions FOR SELECT USING (app_platform_scope());
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE surveys_sequence_seq, decisions_sequence_seq TO satu_atap_app;
