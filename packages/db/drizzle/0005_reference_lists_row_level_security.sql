-- Reference poverty lists (issue 7): the same two walls as every tenant table
-- (ADR 0005): privileges only for what the application does, and row-level security
-- with the tenant_isolation and platform_read policies.
-- Imports move their counters (UPDATE); persons, appearances and error lines are only
-- ever added: no UPDATE, DELETE or TRUNCATE for the application role.
GRANT SELECT, INSERT, UPDATE ON reference_imports TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON reference_import_errors, reference_persons, reference_appearances TO satu_atap_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE reference_import_errors_id_seq, reference_persons_id_seq, reference_appearances_id_seq TO satu_atap_app;
--> statement-breakpoint

ALTER TABLE reference_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reference_imports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reference_imports;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reference_imports
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON reference_imports;
--> statement-breakpoint
CREATE POLICY platform_read ON reference_imports FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE reference_import_errors ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reference_import_errors FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reference_import_errors;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reference_import_errors
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON reference_import_errors;
--> statement-breakpoint
CREATE POLICY platform_read ON reference_import_errors FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE reference_persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reference_persons FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reference_persons;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reference_persons
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON reference_persons;
--> statement-breakpoint
CREATE POLICY platform_read ON reference_persons FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE reference_appearances ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reference_appearances FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reference_appearances;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reference_appearances
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON reference_appearances;
--> statement-breakpoint
CREATE POLICY platform_read ON reference_appearances FOR SELECT USING (app_platform_scope());
