CREATE TABLE "market_prices" (
	"market_id" text NOT NULL,
	"variant_id" integer NOT NULL,
	"price" integer NOT NULL,
	"compare_at_price" integer,
	CONSTRAINT "market_prices_market_id_variant_id_pk" PRIMARY KEY("market_id","variant_id"),
	CONSTRAINT "market_price_not_negative" CHECK ("market_prices"."price" >= 0),
	CONSTRAINT "market_compare_at_above_price" CHECK ("market_prices"."compare_at_price" is null or "market_prices"."compare_at_price" > "market_prices"."price")
);
--> statement-breakpoint
CREATE TABLE "markets" (
	"id" text PRIMARY KEY NOT NULL,
	"currency" text NOT NULL,
	"countries" jsonb NOT NULL,
	"rate" numeric(24, 9) NOT NULL,
	"rounding" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "market_rate_positive" CHECK ("markets"."rate" > 0),
	CONSTRAINT "market_currency_code" CHECK ("markets"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "coupons" ADD COLUMN "amounts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "market_id" text;--> statement-breakpoint
ALTER TABLE "market_prices" ADD CONSTRAINT "market_prices_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_prices" ADD CONSTRAINT "market_prices_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;