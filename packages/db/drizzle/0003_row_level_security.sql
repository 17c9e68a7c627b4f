-- Tenant isolation, second wall (ADR 0005). The application connects as the
-- non-owner role `satu_atap_app` (directly through a LOGIN role that is a member
-- of it, or by SET ROLE) and names its tenant per transaction with
-- `set_config('app.tenant_id', $1, true)`; row-level security then hides every
-- other tenant's rows even from a query that forgot its `WHERE tenant_id = …`.
-- This migration runs as the owner of the tables; re-running its statements is
-- harmless (IF NOT EXISTS / OR REPLACE / DROP … IF EXISTS) where Postgres allows.

-- The application role. Cluster-wide, so another database on the same server may
-- already have created it, possibly at this very moment (parallel test runs).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'satu_atap_app') THEN
    CREATE ROLE satu_atap_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- A non-superuser owner (e.g. Neon's `neondb_owner`) must be a member to
-- `SET ROLE satu_atap_app` on its own connections (the SET ROLE deployment style).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT satu_atap_app TO %I', current_user);
  END IF;
EXCEPTION WHEN OTHERS THEN
  -- Only the SET ROLE style needs this membership; never fail the migration over it.
  RAISE NOTICE 'could not grant satu_atap_app to % (%): use a LOGIN role that is a member of satu_atap_app',
    current_user, SQLERRM;
END
$$;
--> statement-breakpoint

-- The scope of the current transaction. `nullif(…, '')`: once a transaction has
-- set a custom setting, later transactions of the same connection read '' (not
-- NULL), which must mean "no tenant", not a uuid syntax error.
CREATE OR REPLACE FUNCTION app_tenant_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_platform_scope() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
--> statement-breakpoint

-- Privileges: only what the application needs. History tables get no UPDATE,
-- DELETE or TRUNCATE at all; the chain heads get nothing.
GRANT USAGE ON SCHEMA public TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, users, memberships, sessions, config_drafts, areas TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON login_attempts TO satu_atap_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON config_versions, audit_events TO satu_atap_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE login_attempts_id_seq, audit_events_id_seq TO satu_atap_app;
--> statement-breakpoint
REVOKE ALL ON audit_chain_heads FROM PUBLIC;
--> statement-breakpoint

-- Row-level security on every tenant table. FORCE: the owner is filtered too
-- (only superusers and BYPASSRLS roles are not). Each table gets
-- - tenant_isolation: read and write only the transaction's tenant;
-- - platform_read: the platform scope (province level) may read every tenant,
--   never write (there is no write policy for it).
ALTER TABLE config_drafts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE config_drafts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON config_drafts;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON config_drafts
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON config_drafts;
--> statement-breakpoint
CREATE POLICY platform_read ON config_drafts FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE config_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE config_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON config_versions;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON config_versions
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON config_versions;
--> statement-breakpoint
CREATE POLICY platform_read ON config_versions FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

ALTER TABLE areas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE areas FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON areas;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON areas
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON areas;
--> statement-breakpoint
CREATE POLICY platform_read ON areas FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

-- Audit events: a tenant's rows as above; the platform chain (tenant_id NULL)
-- is read and written in the platform scope only.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON audit_events;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_events
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_chain ON audit_events;
--> statement-breakpoint
CREATE POLICY platform_chain ON audit_events
  USING (tenant_id IS NULL AND app_platform_scope())
  WITH CHECK (tenant_id IS NULL AND app_platform_scope());
--> statement-breakpoint
DROP POLICY IF EXISTS platform_read ON audit_events;
--> statement-breakpoint
CREATE POLICY platform_read ON audit_events FOR SELECT USING (app_platform_scope());
--> statement-breakpoint

-- The hash of one audit row: SHA-256 (built into PostgreSQL ≥ 11, so PGlite,
-- Postgres and Neon all have it; no pgcrypto) of the canonical text of a JSON
-- array of its fields, prev_hash first. jsonb's text form is canonical (keys
-- sorted, whitespace fixed), and the time is spelled in UTC with microseconds so
-- the session's TimeZone cannot change the hash. The chain trigger and
-- verifyAuditChain() both call this one function.
CREATE OR REPLACE FUNCTION audit_event_row_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, public
AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.prev_hash, e.id, e.tenant_id, e.seq, e.actor_user_id, e.actor_role, e.action, e.target, e.request_id,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.before, e.after, e.details
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint

-- Links each new row into its chain: seq = head + 1, prev_hash = head's hash,
-- row_hash computed here, whatever the INSERT supplied. The upsert locks the
-- chain's head row until the transaction ends, so appends to one chain are
-- serialised while other chains proceed in parallel. SECURITY DEFINER: the
-- application role may not touch audit_chain_heads itself.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  chain text := coalesce(NEW.tenant_id::text, 'platform');
  head_seq bigint;
  head_hash text;
BEGIN
  INSERT INTO audit_chain_heads AS h (chain_key, seq, row_hash) VALUES (chain, 0, NULL)
  ON CONFLICT (chain_key) DO UPDATE SET chain_key = h.chain_key
  RETURNING h.seq, h.row_hash INTO head_seq, head_hash;
  NEW.seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.row_hash := audit_event_row_hash(NEW);
  UPDATE audit_chain_heads SET seq = NEW.seq, row_hash = NEW.row_hash WHERE chain_key = chain;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_events_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint

-- Append-only for everyone, the owner included (the application role has no
-- UPDATE/DELETE/TRUNCATE privilege to begin with). Statement-level, so even a
-- statement matching no row is refused.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation',
          HINT = 'Audit events are never changed or removed; record a new event instead.';
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint

-- The head of one chain, for verification (it reveals rows cut from the end).
-- Only for the chain of the transaction's own scope: a tenant's chain in that
-- tenant's scope, any chain in the platform scope.
CREATE OR REPLACE FUNCTION audit_chain_head(p_tenant_id uuid) RETURNS TABLE (seq bigint, row_hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  IF NOT app_platform_scope() AND (p_tenant_id IS NULL OR p_tenant_id IS DISTINCT FROM app_tenant_id()) THEN
    RAISE EXCEPTION 'audit_chain_head: chain outside the transaction''s scope'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
    SELECT h.seq, h.row_hash FROM audit_chain_heads h
    WHERE h.chain_key = coalesce(p_tenant_id::text, 'platform');
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_chain_head(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_chain_head(uuid) TO satu_atap_app;
