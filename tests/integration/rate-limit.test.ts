import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { sql } from "drizzle-orm";
import { consumeLimits, limitRules, limits } from "@/lib/security/limits";
import { addRateLimitHits, consumeRateLimits, purgeExpiredRateLimits, retryMinutes } from "@/lib/security/rate-limit";
import { testDatabases } from "../support/databases";

describe.each(testDatabases())("rate limits on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  let n = 0;
  const bucket = () => `test:${++n}:${Date.now()}`;
  const hitsOf = async (name: string) =>
    (await queryRows<{ hits: number }>(handle.db, sql`select hits from rate_limits where bucket = ${name}`))[0]?.hits ?? null;

  it("allows `limit` hits per window, then refuses with the seconds left in the window", async () => {
    const name = bucket();
    const start = new Date("2030-01-01T10:00:00Z");
    const rule = [{ bucket: name, limit: 3, windowSeconds: 600 }];
    for (let i = 0; i < 3; i++) expect(await consumeRateLimits(handle.db, rule, { now: new Date(start.getTime() + i * 1000) })).toEqual({ ok: true });
    expect(await consumeRateLimits(handle.db, rule, { now: new Date(start.getTime() + 60_000) })).toEqual({ ok: false, retryAfterSeconds: 540, bucket: name });
    expect(retryMinutes(540)).toBe(9);
    // The window is fixed: it ends 10 minutes after its first hit, and a new one starts then.
    expect(await consumeRateLimits(handle.db, rule, { now: new Date(start.getTime() + 599_000) })).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(await consumeRateLimits(handle.db, rule, { now: new Date(start.getTime() + 600_000) })).toEqual({ ok: true });
    expect(await hitsOf(name)).toBe(1);
  });

  it("counts a refused request nowhere: one full bucket spends none of the others", async () => {
    const full = bucket();
    const other = bucket();
    const now = new Date("2030-01-02T10:00:00Z");
    await consumeRateLimits(handle.db, [{ bucket: full, limit: 1, windowSeconds: 60 }], { now });
    const both = [
      { bucket: other, limit: 5, windowSeconds: 3600 },
      { bucket: full, limit: 1, windowSeconds: 60 },
    ];
    for (let i = 0; i < 4; i++) expect(await consumeRateLimits(handle.db, both, { now })).toEqual({ ok: false, retryAfterSeconds: 60, bucket: full });
    expect(await hitsOf(full)).toBe(1);
    expect(await hitsOf(other)).toBeNull();
  });

  it("refuses with the longest wait when several buckets are full", async () => {
    const short = bucket();
    const long = bucket();
    const now = new Date("2030-01-03T10:00:00Z");
    const rules = [
      { bucket: short, limit: 1, windowSeconds: 60 },
      { bucket: long, limit: 1, windowSeconds: 3600 },
    ];
    expect(await consumeRateLimits(handle.db, rules, { now })).toEqual({ ok: true });
    expect(await consumeRateLimits(handle.db, rules, { now })).toEqual({ ok: false, retryAfterSeconds: 3600, bucket: long });
  });

  it("weighs a checkOnly rule without counting it: refused once its window holds `limit` hits, which addRateLimitHits adds", async () => {
    const counted = bucket();
    const weighed = bucket();
    const now = new Date("2030-01-05T10:00:00Z");
    const rules = [
      { bucket: counted, limit: 100, windowSeconds: 600 },
      { bucket: weighed, limit: 2, windowSeconds: 3600, checkOnly: true },
    ];
    expect(await consumeRateLimits(handle.db, rules, { now })).toEqual({ ok: true });
    expect(await hitsOf(weighed)).toBeNull();
    await addRateLimitHits(handle.db, [rules[1]!], { now });
    expect(await consumeRateLimits(handle.db, rules, { now })).toEqual({ ok: true });
    await addRateLimitHits(handle.db, [rules[1]!], { now });
    expect(await consumeRateLimits(handle.db, rules, { now: new Date(now.getTime() + 60_000) })).toEqual({ ok: false, retryAfterSeconds: 3540, bucket: weighed });
    // The refused request spent nothing of the counted bucket; the weighed one holds what was added.
    expect([await hitsOf(counted), await hitsOf(weighed)]).toEqual([2, 2]);
  });

  it("counts a request named by `once` a single time in its window; the repeat is still weighed against checkOnly rules", async () => {
    const counted = bucket();
    const weighed = bucket();
    const once = { bucket: bucket(), windowSeconds: 600 };
    const now = new Date("2030-01-06T10:00:00Z");
    const rules = [
      { bucket: counted, limit: 1, windowSeconds: 600 },
      { bucket: weighed, limit: 1, windowSeconds: 600, checkOnly: true },
    ];
    for (let i = 0; i < 3; i++) expect(await consumeRateLimits(handle.db, rules, { now, once })).toEqual({ ok: true });
    expect(await hitsOf(counted)).toBe(1);
    // Another request is over the limit of 1; the repeat is not.
    expect(await consumeRateLimits(handle.db, rules, { now, once: { ...once, bucket: bucket() } })).toMatchObject({ ok: false, bucket: counted });
    await addRateLimitHits(handle.db, [rules[1]!], { now });
    expect(await consumeRateLimits(handle.db, rules, { now, once })).toMatchObject({ ok: false, bucket: weighed });
  });

  it("purges ended windows and keeps running ones", async () => {
    const ended = bucket();
    const running = bucket();
    const now = new Date("2030-01-04T10:00:00Z");
    await consumeRateLimits(handle.db, [{ bucket: ended, limit: 5, windowSeconds: 60 }], { now });
    await consumeRateLimits(handle.db, [{ bucket: running, limit: 5, windowSeconds: 3600 }], { now });
    expect(await purgeExpiredRateLimits(handle.db, { now: new Date(now.getTime() + 120_000) })).toBeGreaterThanOrEqual(1);
    expect(await hitsOf(ended)).toBeNull();
    expect(await hitsOf(running)).toBe(1);
  });

  it("names buckets by action, subject and a hash: no address or IP is stored, and +tags are one inbox", async () => {
    const rules = limitRules("cartEmail", { cart: "cart-1", recipient: " Ada+spam@Example.com ", ip: null });
    expect(rules.map((r) => r.subject)).toEqual(["cart", "recipient"]);
    expect(rules[1]!.bucket).toMatch(/^cartEmail:recipient:[\w-]{22}$/);
    expect(rules[1]!.bucket).not.toContain("ada");
    expect(limitRules("cartEmail", { recipient: "ada@example.com" })[0]!.bucket).toBe(rules[1]!.bucket);
    expect(rules[0]).toMatchObject(limits.cartEmail.cart);
  });

  it("says which subject ran out", async () => {
    const email = `limit${Date.now()}@example.com`;
    const ip = `198.51.100.${n % 250}`;
    for (let i = 0; i < limits.orderLookup.email.limit; i++) expect(await consumeLimits(handle.db, "orderLookup", { email, ip })).toEqual({ ok: true });
    expect(await consumeLimits(handle.db, "orderLookup", { email, ip })).toMatchObject({ ok: false, subject: "email" });
  });

  it.runIf(target.name === "postgres")("holds under real concurrency: 20 parallel hits on a limit of 5 let exactly 5 through", async () => {
    const name = bucket();
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimits(handle.db, [{ bucket: name, limit: 5, windowSeconds: 600 }])));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
    expect(await hitsOf(name)).toBe(5);
  });

  it.runIf(target.name === "postgres")("never deadlocks when parallel callers name overlapping buckets in opposite orders", async () => {
    const [a, b] = [bucket(), bucket()];
    const ruleA = { bucket: a, limit: 10, windowSeconds: 600 };
    const ruleB = { bucket: b, limit: 10, windowSeconds: 600 };
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => consumeRateLimits(handle.db, i % 2 ? [ruleA, ruleB] : [ruleB, ruleA])));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(10);
    expect([await hitsOf(a), await hitsOf(b)]).toEqual([10, 10]);
  });
});
