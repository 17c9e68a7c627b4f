CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"regency_code" text NOT NULL,
	"status" text DEFAULT 'onboarding' NOT NULL,
	"is_template" boolean DEFAULT false NOT NULL,
	"cloned_from_tenant_id" uuid,
	"cloned_from_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug"),
	CONSTRAINT "tenants_slug_format" CHECK ("tenants"."slug" ~ '^[a-z][a-z0-9-]{1,62}$'),
	CONSTRAINT "tenants_status_valid" CHECK ("tenants"."status" in ('onboarding', 'active', 'archived')),
	CONSTRAINT "tenants_lineage_complete" CHECK (("tenants"."cloned_from_tenant_id" is null) = ("tenants"."cloned_from_version" is null))
);
--> statement-breakpoint
CREATE TABLE "config_drafts" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "config_drafts_revision_positive" CHECK ("config_drafts"."revision" >= 1)
);
--> statement-breakpoint
CREATE TABLE "config_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"effective_from" date NOT NULL,
	"published_by" text NOT NULL,
	"note" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "config_versions_tenant_version" UNIQUE("tenant_id","version"),
	CONSTRAINT "config_versions_version_positive" CHECK ("config_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	CONSTRAINT "areas_tenant_code" UNIQUE("tenant_id","code"),
	CONSTRAINT "areas_level_valid" CHECK ("areas"."level" in ('regency', 'subdistrict', 'village')),
	CONSTRAINT "areas_parent_rule" CHECK (("areas"."level" = 'regency') = ("areas"."parent_code" is null))
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_cloned_from_tenant_id_tenants_id_fk" FOREIGN KEY ("cloned_from_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "config_drafts" ADD CONSTRAINT "config_drafts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "config_versions" ADD CONSTRAINT "config_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_tenant_parent_idx" ON "areas" USING btree ("tenant_id","parent_code");