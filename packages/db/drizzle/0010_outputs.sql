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
CREATE UNIQUE INDEX "cards_one_active_per_person" ON "cards" USING btree ("tenant_id","programme_id","holder_nik_hmac") WHERE "cards"."status" = 'active';--> statement-breakpoint
CREATE INDEX "cards_tenant_holder_idx" ON "cards" USING btree ("tenant_id","holder_nik_hmac");--> statement-breakpoint
CREATE INDEX "cards_tenant_household_idx" ON "cards" USING btree ("tenant_id","household_kk_hmac");--> statement-breakpoint
CREATE INDEX "cards_tenant_case_idx" ON "cards" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "letters_tenant_case_idx" ON "letters" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "recommendations_tenant_agency_idx" ON "recommendations" USING btree ("tenant_id","agency_id","status");--> statement-breakpoint
CREATE INDEX "recommendations_tenant_case_idx" ON "recommendations" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "quota_consumptions_period_idx" ON "quota_consumptions" USING btree ("tenant_id","quota_id","period_key");