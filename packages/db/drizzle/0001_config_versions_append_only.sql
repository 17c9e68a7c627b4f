-- Published configuration versions are history: decisions record (version, hash)
-- and must be reproducible years later, so the database itself refuses to change
-- or remove them, whatever the application does. Statement-level, so even an
-- UPDATE/DELETE that matches no row is refused (no silent "0 rows" success).
CREATE FUNCTION "config_versions_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'config_versions is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation',
          HINT = 'Publish a new version instead of changing or deleting a published one.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "config_versions_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "config_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "config_versions_refuse_change"();
