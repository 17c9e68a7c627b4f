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
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_reviews_decision_id_decisions_id_fk" FOREIGN KEY ("reviews_decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "surveys_case_idx" ON "surveys" USING btree ("tenant_id","case_id","sequence");--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("tenant_id","case_id","sequence");--> statement-breakpoint
CREATE INDEX "decisions_kind_idx" ON "decisions" USING btree ("tenant_id","kind");