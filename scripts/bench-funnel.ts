/**
 * `npm run bench:funnel`: the analytics funnel (lib/analytics/funnel.ts) over a million events on
 * PostgreSQL. Creates a throwaway database next to DATABASE_URL's (dropped afterwards), fills it
 * with realistic visits — a device and source mix, drop-off per step close to the published
 * averages, a few page views and searches between steps, over 120 days — and prints the median
 * of 5 runs of the funnel query and of the whole admin report, for a period covering every event
 * (60 days, compared with the 60 before).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:funnel
 *   BENCH_EVENTS=200000 … npm run bench:funnel
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { queryRows } from "../db/rows";
import { funnelCounts, funnelReport } from "../lib/analytics/funnel";

const url = process.env.DATABASE_URL;
const totalEvents = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const runs = 5;
if (!url) {
  console.error("Set DATABASE_URL to a PostgreSQL server: the benchmark creates (and drops) a database of its own there.");
  process.exit(1);
}

const name = `bench_funnel_${randomBytes(4).toString("hex")}`;
const admin = postgres(url, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const scoped = new URL(url);
scoped.pathname = `/${name}`;
const handle = await openDatabase({ url: scoped.toString(), poolMax: 4 });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  console.log(`${label}: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms)`);
  return median(times);
}

try {
  await migrateDatabase(handle);
  const end = new Date(new Date().toISOString().slice(0, 10));
  const days = 120;
  const start = new Date(end.getTime() - days * 86_400_000);
  // ~5 events a visit: enough visits for the million, then cut at exactly `totalEvents`.
  const visits = Math.ceil(totalEvents / 4.6);
  const filled = performance.now();
  // Each visit: a device (60 % phones), locale, market, source and traffic kind; its furthest step
  // drawn with the continuation rates below (visit → product 55 %, → add 20 %, → checkout 45 %,
  // then 80–90 % per section, 80 % of payments become orders); 0–6 page views or searches besides.
  await handle.db.execute(sql`
    insert into events (visitor_id, session_id, name, props, device, locale, path, market, source, traffic, at)
    select v.visitor_id, v.session_id, e.name, e.props, v.device, v.locale, e.path, v.market, v.source, v.traffic,
           v.started + make_interval(secs => e.n * (20 + v.pace))
    from (
      select s,
             md5('visitor' || (s % ${Math.ceil(visits * 0.7)})::text)::uuid::text as visitor_id,
             md5('session' || s::text)::uuid::text as session_id,
             case when r1 < 0.6 then 'mobile' else 'desktop' end as device,
             (array['en', 'en', 'en', 'fa', 'ar', 'uk'])[1 + floor(r2 * 6)::int] as locale,
             (array['us', 'us', 'euro', 'uk', 'ua', 'ir', 'sa'])[1 + floor(r3 * 7)::int] as market,
             (array['direct', 'direct', 'search', 'search', 'search', 'social', 'email', 'referral', 'campaign', 'reminder'])[1 + floor(r4 * 10)::int] as source,
             case when r5 < 0.9 then 'human' when r5 < 0.96 then 'bot' when r5 < 0.98 then 'test' else 'synthetic' end as traffic,
             ${start.toISOString()}::timestamptz + make_interval(secs => r6 * ${days * 86_400}) as started,
             floor(r7 * 60)::int as pace,
             case when d1 >= 0.55 then 0 when d2 >= 0.20 then 1 when d3 >= 0.45 then 2 when d4 >= 0.80 then 3 when d5 >= 0.85 then 4
                  when d6 >= 0.90 then 5 when d7 >= 0.85 then 6 when d8 >= 0.80 then 7 else 8 end as depth,
             floor(r8 * 7)::int as extra
      from (select s, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
                   random() d1, random() d2, random() d3, random() d4, random() d5, random() d6, random() d7, random() d8
            from generate_series(1, ${visits}) s) r
    ) v
    cross join lateral (
      select n, case n when 0 then 'visit' when 1 then 'product_view' when 2 then 'cart_add' when 3 then 'checkout_start'
                   when 8 then 'order_placed' else 'checkout_section_completed' end as name,
             case n when 0 then jsonb_build_object('source', v.source, 'landing', '/en')
                    when 1 then jsonb_build_object('productId', 1 + v.s % 40, 'slug', 'product', 'variantId', null)
                    when 2 then jsonb_build_object('variantId', 1 + v.s % 90, 'quantity', 1)
                    when 3 then jsonb_build_object('lines', 1, 'total', 4200, 'currency', 'USD')
                    when 8 then jsonb_build_object('number', v.s, 'method', 'card')
                    else jsonb_build_object('section', (array['contact', 'address', 'delivery', 'payment'])[n - 3]) end as props,
             '/' || v.locale as path
      from generate_series(0, v.depth) n
      union all
      select x - 1, case when x % 3 = 0 then 'search' else 'page_view' end,
             case when x % 3 = 0 then jsonb_build_object('query', 'mug', 'results', 3) else jsonb_build_object('page', 'faq') end, '/' || v.locale || '/faq'
      from generate_series(1, v.extra) x
    ) e
    order by v.s, e.n
    limit ${totalEvents}`);
  await handle.db.execute(sql`analyze events`);
  const [count] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from events`);
  console.log(`Filled ${count!.count.toLocaleString("en")} events (${visits.toLocaleString("en")} visits drawn) in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

  const period = { from: new Date(end.getTime() - 60 * 86_400_000).toISOString().slice(0, 10), to: new Date(end.getTime() - 86_400_000).toISOString().slice(0, 10) };
  const steps = await funnelCounts(handle.db, period);
  console.log(`Funnel ${period.from} – ${period.to} (people only): ${steps.map((s) => `${s.step} ${s.visits}`).join(" → ")}`);
  const funnel = await time("Funnel query (both periods, 1 query)", () => funnelCounts(handle.db, period));
  const report = await time("Whole admin report (funnel, breakdowns, core figures, surveys)", () => funnelReport(handle.db, period));
  const filtered = await time("Report for mobile + search", () => funnelReport(handle.db, { ...period, device: "mobile", source: "search" }));
  const verdict = Math.max(funnel, report, filtered) <= 1000 ? "within" : "OVER";
  console.log(`${verdict} the 1 s budget.`);
} finally {
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
