CREATE TABLE "reference_import_errors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_import_errors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"source" text NOT NULL,
	"year" integer NOT NULL,
	"file_name" text,
	"file_hash" text,
	"status" text DEFAULT 'running' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"accepted_rows" integer DEFAULT 0 NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"rejected_rows" integer DEFAULT 0 NOT NULL,
	"committed_line" integer DEFAULT 0 NOT NULL,
	"failure" text,
	"created_by" uuid,
	"actor_label" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "reference_imports_status_valid" CHECK ("reference_imports"."status" in ('running', 'done', 'failed')),
	CONSTRAINT "reference_imports_year_valid" CHECK ("reference_imports"."year" between 1990 and 2100),
	CONSTRAINT "reference_imports_source_valid" CHECK (length("reference_imports"."source") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "reference_appearances" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_appearances_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"person_id" bigint NOT NULL,
	"import_id" uuid NOT NULL,
	"source" text NOT NULL,
	"year" integer NOT NULL,
	"kk_hmac" "bytea",
	"name" text NOT NULL,
	"address" text NOT NULL,
	"village_code" text NOT NULL,
	"category" text,
	"household_size" smallint NOT NULL,
	"line" integer NOT NULL,
	CONSTRAINT "reference_appearances_person_source_year" UNIQUE("tenant_id","person_id","source","year")
);
--> statement-breakpoint
CREATE TABLE "reference_persons" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"nik_hmac" "bytea" NOT NULL,
	"nik_ciphertext" "bytea" NOT NULL,
	"nik_key_id" text NOT NULL,
	"nik_masked" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_persons_tenant_nik" UNIQUE("tenant_id","nik_hmac"),
	CONSTRAINT "reference_persons_nik_masked_shape" CHECK ("reference_persons"."nik_masked" ~ '^[0-9]{4}x{12}$')
);
--> statement-breakpoint
ALTER TABLE "reference_import_errors" ADD CONSTRAINT "reference_import_errors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_import_errors" ADD CONSTRAINT "reference_import_errors_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_imports" ADD CONSTRAINT "reference_imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_appearances" ADD CONSTRAINT "reference_appearances_person_id_reference_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."reference_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_appearances" ADD CONSTRAINT "reference_appearances_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_persons" ADD CONSTRAINT "reference_persons_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_import_errors_import_line_idx" ON "reference_import_errors" USING btree ("import_id","line");--> statement-breakpoint
CREATE INDEX "reference_imports_tenant_started_idx" ON "reference_imports" USING btree ("tenant_id","started_at");