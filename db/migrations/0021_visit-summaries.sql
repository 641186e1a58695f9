CREATE TABLE "visit_summaries" (
	"session_id" text PRIMARY KEY NOT NULL,
	"visitor_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"depth" smallint NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	"device" text NOT NULL,
	"locale" text NOT NULL,
	"market" text,
	"source" text,
	"traffic" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "visit_summaries_started_idx" ON "visit_summaries" USING btree ("started_at");--> statement-breakpoint
-- The funnel's step an event stands for (lib/analytics/funnel.ts), 0 for any other event.
CREATE OR REPLACE FUNCTION funnel_step(name text, props jsonb) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE name
    WHEN 'product_view' THEN 1 WHEN 'cart_add' THEN 2 WHEN 'checkout_start' THEN 3
    WHEN 'checkout_section_completed' THEN CASE props->>'section' WHEN 'contact' THEN 4 WHEN 'address' THEN 5 WHEN 'delivery' THEN 6 WHEN 'payment' THEN 7 ELSE 3 END
    WHEN 'order_placed' THEN 8 ELSE 0 END)::smallint
$$;
--> statement-breakpoint
-- Each event of a visit updates its summary in the event's own transaction: the furthest step and
-- when it was first reached, the visit's start and end; its attributes are its first event's.
CREATE OR REPLACE FUNCTION summarize_visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.session_id IS NULL THEN RETURN NULL; END IF;
  INSERT INTO visit_summaries AS v (session_id, visitor_id, started_at, ended_at, depth, reached_at, device, locale, market, source, traffic)
  VALUES (NEW.session_id, NEW.visitor_id, NEW.at, NEW.at, funnel_step(NEW.name, NEW.props), NEW.at, NEW.device, NEW.locale, NEW.market, NEW.source, NEW.traffic)
  ON CONFLICT (session_id) DO UPDATE SET
    started_at = least(v.started_at, excluded.started_at),
    ended_at = greatest(v.ended_at, excluded.ended_at),
    reached_at = CASE WHEN excluded.depth > v.depth THEN excluded.reached_at WHEN excluded.depth = v.depth THEN least(v.reached_at, excluded.reached_at) ELSE v.reached_at END,
    depth = greatest(v.depth, excluded.depth),
    market = coalesce(v.market, excluded.market),
    source = coalesce(v.source, excluded.source);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_summarize_visit AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION summarize_visit();
--> statement-breakpoint
-- Visits recorded before this migration.
INSERT INTO visit_summaries (session_id, visitor_id, started_at, ended_at, depth, reached_at, device, locale, market, source, traffic)
SELECT session_id, min(visitor_id), min(at), max(at),
       (max(funnel_step(name, props)::bigint * 10000000000000 + (9999999999999 - (extract(epoch from at) * 1000)::bigint)) / 10000000000000)::smallint,
       to_timestamp((9999999999999 - max(funnel_step(name, props)::bigint * 10000000000000 + (9999999999999 - (extract(epoch from at) * 1000)::bigint)) % 10000000000000) / 1000.0),
       min(device), min(locale), min(market), min(source), min(traffic)
FROM events WHERE session_id IS NOT NULL GROUP BY session_id;
