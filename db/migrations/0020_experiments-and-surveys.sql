CREATE TABLE "experiment_exposures" (
	"experiment_key" text NOT NULL,
	"visitor_id" text NOT NULL,
	"arm" text NOT NULL,
	"device" text NOT NULL,
	"traffic" text DEFAULT 'human' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experiment_exposures_experiment_key_visitor_id_pk" PRIMARY KEY("experiment_key","visitor_id")
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"hypothesis" text NOT NULL,
	"target" text NOT NULL,
	"arms" jsonb NOT NULL,
	"primary_metric" text NOT NULL,
	"minimum_detectable_effect" integer DEFAULT 1000 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"started_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"visitor_id" text NOT NULL,
	"session_id" text,
	"page" text NOT NULL,
	"reason" text,
	"score" smallint,
	"comment" text,
	"locale" text NOT NULL,
	"device" text NOT NULL,
	"traffic" text DEFAULT 'human' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_score_range" CHECK ("survey_answers"."score" is null or "survey_answers"."score" between 1 and 7)
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "session_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "market" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "traffic" text DEFAULT 'human' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "arms" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "experiment_exposures" ADD CONSTRAINT "experiment_exposures_experiment_key_experiments_key_fk" FOREIGN KEY ("experiment_key") REFERENCES "public"."experiments"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_exposures_arm_idx" ON "experiment_exposures" USING btree ("experiment_key","arm");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_one_running_per_target_idx" ON "experiments" USING btree ("target") WHERE "experiments"."status" = 'running';--> statement-breakpoint
CREATE INDEX "survey_answers_kind_at_idx" ON "survey_answers" USING btree ("kind","at");--> statement-breakpoint
CREATE INDEX "events_session_idx" ON "events" USING btree ("session_id","at");