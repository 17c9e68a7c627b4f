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
CREATE TABLE "cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"programme_id" text NOT NULL,
	"tier_id" text NOT NULL,
	"service_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"holder_nik_hmac" "bytea" NOT NULL,
	"holder_nik_masked" text NOT NULL,
	"holder_name" text NOT NULL,
	"household_kk_hmac" "bytea",
	"household_kk_masked" text,
	"valid_from" text NOT NULL,
	"valid_until" text,
	"status" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	CONSTRAINT "cards_tenant_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "cards_nik_masked_shape" CHECK ("cards"."holder_nik_masked" ~ '^[0-9]{4}x{12}$')
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"service_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"holder_nik_hmac" "bytea" NOT NULL,
	"holder_nik_masked" text NOT NULL,
	"holder_name" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_until" text,
	"renews_letter_id" uuid,
	"status" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "letters_tenant_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "letters_renewed_once" UNIQUE("renews_letter_id"),
	CONSTRAINT "letters_nik_masked_shape" CHECK ("letters"."holder_nik_masked" ~ '^[0-9]{4}x{12}$')
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"service_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"holder_nik_hmac" "bytea" NOT NULL,
	"holder_nik_masked" text NOT NULL,
	"holder_name" text NOT NULL,
	"quota_id" text,
	"period_key" text,
	"quota_warning" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recommendations_tenant_number" UNIQUE("tenant_id","number"),
	CONSTRAINT "recommendations_nik_masked_shape" CHECK ("recommendations"."holder_nik_masked" ~ '^[0-9]{4}x{12}$'),
	CONSTRAINT "recommendations_decline_reason" CHECK ("recommendations"."status" <> 'declined' or "recommendations"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "quota_consumptions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quota_consumptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"quota_id" text NOT NULL,
	"period_key" text NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"subdistrict_code" text NOT NULL,
	"village_code" text NOT NULL,
	"kk_hmac" "bytea",
	"kk_masked" text,
	"head_nik_hmac" "bytea" NOT NULL,
	"head_nik_masked" text NOT NULL,
	"head_name" text NOT NULL,
	"category" text,
	"case_id" uuid NOT NULL,
	"flagged_for_list_update" boolean DEFAULT true NOT NULL,
	"year" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "household_records_head_year" UNIQUE("tenant_id","head_nik_hmac","year"),
	CONSTRAINT "household_records_nik_masked_shape" CHECK ("household_records"."head_nik_masked" ~ '^[0-9]{4}x{12}$')
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "surveys_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"task_id" uuid,
	"config_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"narratives" jsonb NOT NULL,
	"facts" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"computed_category" text NOT NULL,
	"override_category" text,
	"override_justification" text,
	"final_category" text NOT NULL,
	"submitted_by" uuid,
	"submitted_by_label" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "surveys_override_justified" CHECK (("surveys"."override_category" IS NULL) = ("surveys"."override_justification" IS NULL)),
	CONSTRAINT "surveys_final_category" CHECK ("surveys"."final_category" = coalesce("surveys"."override_category", "surveys"."computed_category"))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "decisions_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"outcome" text NOT NULL,
	"tiers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" jsonb,
	"note" text,
	"reviews_decision_id" uuid,
	"config_version" integer NOT NULL,
	"decided_by" uuid,
	"decided_by_label" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_renews_letter_id_letters_id_fk" FOREIGN KEY ("renews_letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_consumptions" ADD CONSTRAINT "quota_consumptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_consumptions" ADD CONSTRAINT "quota_consumptions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_records" ADD CONSTRAINT "household_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_records" ADD CONSTRAINT "household_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_reviews_decision_id_decisions_id_fk" FOREIGN KEY ("reviews_decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_events_complaint_idx" ON "complaint_events" USING btree ("tenant_id","complaint_id","id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_status_idx" ON "complaints" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE INDEX "complaints_tenant_case_idx" ON "complaints" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_subdistrict_idx" ON "complaints" USING btree ("tenant_id","subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "cards_one_active_per_person" ON "cards" USING btree ("tenant_id","programme_id","holder_nik_hmac") WHERE "cards"."status" = 'active';--> statement-breakpoint
CREATE INDEX "cards_tenant_holder_idx" ON "cards" USING btree ("tenant_id","holder_nik_hmac");--> statement-breakpoint
CREATE INDEX "cards_tenant_household_idx" ON "cards" USING btree ("tenant_id","household_kk_hmac");--> statement-breakpoint
CREATE INDEX "cards_tenant_case_idx" ON "cards" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "letters_tenant_case_idx" ON "letters" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "recommendations_tenant_agency_idx" ON "recommendations" USING btree ("tenant_id","agency_id","status");--> statement-breakpoint
CREATE INDEX "recommendations_tenant_case_idx" ON "recommendations" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "quota_consumptions_period_idx" ON "quota_consumptions" USING btree ("tenant_id","quota_id","period_key");--> statement-breakpoint
CREATE INDEX "surveys_case_idx" ON "surveys" USING btree ("tenant_id","case_id","sequence");--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("tenant_id","case_id","sequence");--> statement-breakpoint
CREATE INDEX "decisions_kind_idx" ON "decisions" USING btree ("tenant_id","kind");