CREATE TABLE "coupons" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	"min_subtotal" integer,
	"first_order_only" boolean DEFAULT false NOT NULL,
	"usage_limit" integer,
	"times_used" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	CONSTRAINT "coupon_value_positive" CHECK ("coupons"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "promotions" (
	"id" text PRIMARY KEY NOT NULL,
	"percent_off" integer NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipping_methods" (
	"id" text PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"service" text NOT NULL,
	"carrier" text NOT NULL,
	"rate" jsonb NOT NULL,
	"free_over" integer,
	"transit_days_min" integer NOT NULL,
	"transit_days_max" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "transit_days_order" CHECK ("shipping_methods"."transit_days_min" >= 0 and "shipping_methods"."transit_days_max" >= "shipping_methods"."transit_days_min")
);
--> statement-breakpoint
CREATE TABLE "shipping_zones" (
	"id" text PRIMARY KEY NOT NULL,
	"countries" jsonb NOT NULL,
	"domestic" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tax_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"region" text,
	"rate" integer NOT NULL,
	"inclusive" boolean NOT NULL,
	"applies_to_shipping" boolean NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "tax_rate_range" CHECK ("tax_rates"."rate" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "warehouses" (
	"id" text PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"cutoff" text NOT NULL,
	"handling_days" integer DEFAULT 0 NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shipping_methods" ADD CONSTRAINT "shipping_methods_zone_id_shipping_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."shipping_zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tax_rates_country_region_idx" ON "tax_rates" USING btree ("country",coalesce("region", ''));