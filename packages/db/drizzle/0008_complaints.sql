CREATE TABLE "complaint_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "complaint_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_value" text,
	"to_value" text,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"complainant_name" text,
	"complainant_contact" text,
	"case_id" uuid,
	"kk_hmac" "bytea",
	"kk_masked" text,
	"nik_hmac" "bytea",
	"nik_masked" text,
	"subdistrict_code" text,
	"village_code" text,
	"assignee_user_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"config_version" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaints_tenant_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "complaints_nik_masked_shape" CHECK ("complaints"."nik_masked" is null or "complaints"."nik_masked" ~ '^[0-9]{4}x{12}$'),
	CONSTRAINT "complaints_kk_masked_shape" CHECK ("complaints"."kk_masked" is null or "complaints"."kk_masked" ~ '^[0-9]{4}x{12}$'),
	CONSTRAINT "complaints_revision_positive" CHECK ("complaints"."revision" >= 1),
	CONSTRAINT "complaints_resolved_has_resolution" CHECK ("complaints"."status" <> 'resolved' or ("complaints"."resolution" is not null and "complaints"."resolved_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_events_complaint_idx" ON "complaint_events" USING btree ("tenant_id","complaint_id","id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_status_idx" ON "complaints" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE INDEX "complaints_tenant_case_idx" ON "complaints" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_subdistrict_idx" ON "complaints" USING btree ("tenant_id","subdistrict_code");