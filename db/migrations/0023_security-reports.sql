CREATE TABLE "csp_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"directive" text NOT NULL,
	"blocked" text NOT NULL,
	"page" text NOT NULL,
	"sample" text,
	"day" date NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "limit_refusals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"subject_hash" text NOT NULL,
	"retry_after_seconds" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "csp_reports_alike_idx" ON "csp_reports" USING btree ("day","directive","blocked","page");--> statement-breakpoint
CREATE INDEX "csp_reports_seen_idx" ON "csp_reports" USING btree ("last_seen_at");--> statement-breakpoint
CREATE INDEX "limit_refusals_at_idx" ON "limit_refusals" USING btree ("at");