ALTER TABLE "test_gateway_charges" ADD COLUMN "amount" integer;--> statement-breakpoint
ALTER TABLE "test_gateway_charges" ADD COLUMN "refunded_amount" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "test_gateway_charges" ADD COLUMN "refunds" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Charges kept before: their amount is the payment's they made (order-<order id> is the charge's key).
UPDATE "test_gateway_charges" c SET "amount" = p."amount" FROM "payments" p
  WHERE p."provider" = 'test' AND (p."provider_payment_id" = c."result"->>'paymentId' OR c."idempotency_key" = 'order-' || p."order_id"::text);--> statement-breakpoint
UPDATE "test_gateway_charges" SET "refunded_amount" = "amount" WHERE "refunded" AND "amount" IS NOT NULL;
