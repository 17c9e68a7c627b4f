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
--> statement-breakpoint

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
--> statement-breakpoint

-- Outputs of approved cases (issue 7): cards, letters, recommendations, quota consumptions and
-- the regency's own household records, under the two walls of every tenant table (ADR 0005).
-- Cards, letters and recommendations change status (UPDATE); household records are flagged
-- and later read by the list update; quota consumptions are append-only: what a period used is
-- the count of its rows, so no request may rewrite or delete one.
GRANT SELECT, INSERT, UPDATE ON cards, letters, recommendations, household_records TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON quota_consumptions TO satu_atap_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE quota_consumptions_id_seq TO satu_atap_app;
--> statement-breakpoint

ALTER TABLE cards ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE cards FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON cards;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON cards
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON cards;
--> statement-breakpoint
CREATE POLICY platform_read ON cards FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE letters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON letters;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON letters
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON letters;
--> statement-breakpoint
CREATE POLICY platform_read ON letters FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE recommendations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE recommendations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON recommendations;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON recommendations
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON recommendations;
--> statement-breakpoint
CREATE POLICY platform_read ON recommendations FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE quota_consumptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE quota_consumptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON quota_consumptions;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON quota_consumptions
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON quota_consumptions;
--> statement-breakpoint
CREATE POLICY platform_read ON quota_consumptions FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE household_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE household_records FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON household_records;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON household_records
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON household_records;
--> statement-breakpoint
CREATE POLICY platform_read ON household_records FOR SELECT USING (app_platform_scope());
