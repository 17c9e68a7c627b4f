CREATE TABLE "counters" (
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "counters_pk" PRIMARY KEY("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"service_id" text NOT NULL,
	"desk_id" text NOT NULL,
	"channel" text NOT NULL,
	"received_at" text NOT NULL,
	"decision_level" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"applicant_nik_hmac" "bytea" NOT NULL,
	"applicant_nik_ciphertext" "bytea" NOT NULL,
	"applicant_nik_key_id" text NOT NULL,
	"applicant_nik_masked" text NOT NULL,
	"applicant_name" text NOT NULL,
	"kk_hmac" "bytea",
	"kk_masked" text,
	"contact" text,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"list_match" jsonb NOT NULL,
	"fast_path" boolean NOT NULL,
	"state" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"config_version" integer NOT NULL,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cases_tenant_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "cases_nik_masked_shape" CHECK ("cases"."applicant_nik_masked" ~ '^[0-9]{4}x{12}$'),
	CONSTRAINT "cases_revision_positive" CHECK ("cases"."revision" >= 1)
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"note" text,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid,
	"complaint_id" uuid,
	"reason" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"assignee_user_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "counters" ADD CONSTRAINT "counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_tenant_state_idx" ON "cases" USING btree ("tenant_id","state");--> statement-breakpoint
CREATE INDEX "cases_tenant_applicant_idx" ON "cases" USING btree ("tenant_id","applicant_nik_hmac");--> statement-breakpoint
CREATE INDEX "cases_tenant_subdistrict_idx" ON "cases" USING btree ("tenant_id","subdistrict_code");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("tenant_id","case_id","id");--> statement-breakpoint
CREATE INDEX "verification_tasks_village_idx" ON "verification_tasks" USING btree ("tenant_id","village_code","status");--> statement-breakpoint
CREATE INDEX "verification_tasks_case_idx" ON "verification_tasks" USING btree ("tenant_id","case_id");