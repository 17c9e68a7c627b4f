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
