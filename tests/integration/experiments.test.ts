import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orders } from "@/db/schema";
import { changeExperimentStatus, checkExperiment, loadExperiment, saveExperiment, shownArms, type ExperimentInput } from "@/lib/experiments/experiments";
import { experimentResults } from "@/lib/experiments/results";
import { proportion, twoProportionTest } from "@/lib/experiments/stats";
import { portland } from "../support/addresses";
import { openWithCatalog } from "../support/catalog";
import { hasPostgres, testDatabases } from "../support/databases";

const state = vi.hoisted(() => ({ db: null as null | Database, cookies: {} as Record<string, string>, headers: {} as Record<string, string> }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name in state.cookies ? { name, value: state.cookies[name] } : undefined) }),
  headers: async () => new Headers(state.headers),
}));

const { armFor } = await import("@/lib/experiments/current");
const { recoveryArmsFor, recordRecoveryExposures } = await import("@/lib/experiments/recovery-arms");
const { startRecovery } = await import("@/lib/recovery/start");
const { assignArm } = await import("@/lib/experiments/assignment");
const { recoverySettings } = await import("@/lib/recovery/settings");
const { recordExposure } = await import("@/lib/experiments/exposure-action");

const actor = { id: null, email: "ux@example.com" };
const desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
let n = 0;
const visitor = () => `00000000-0000-4000-f000-${String(++n).padStart(12, "0")}`;
const as = (visitorId: string | null, userAgent = desktop) => {
  state.cookies = visitorId ? { vid: visitorId } : {};
  state.headers = { "user-agent": userAgent };
};

const definition = (key: string, values: Partial<ExperimentInput> = {}): ExperimentInput => ({
  key,
  name: "Final button words",
  hypothesis: "Naming the purchase lifts orders from checkout.",
  target: "place_order_button",
  arms: [
    { key: "control", weight: 50, value: "placeOrder" },
    { key: "complete", weight: 50, value: "completePurchase" },
  ],
  primaryMetric: "checkout_conversion",
  minimumDetectableEffect: 1000,
  ...values,
});

describe("an experiment's definition", () => {
  it("needs two to four arms with shares adding up to 100, each showing a different option of its target", () => {
    expect(checkExperiment(definition("ok"))).toEqual([]);
    expect(checkExperiment(definition("one", { arms: [{ key: "control", weight: 100, value: "placeOrder" }] }))).toContainEqual({ field: "arms", reason: "too_few" });
    expect(checkExperiment(definition("sum", { arms: [{ key: "a", weight: 50, value: "placeOrder" }, { key: "b", weight: 40, value: "buyNow" }] }))).toContainEqual({ field: "arms", reason: "weights_total", total: 90 });
    expect(checkExperiment(definition("dup", { arms: [{ key: "a", weight: 50, value: "placeOrder" }, { key: "a", weight: 50, value: "buyNow" }] }))).toContainEqual({ field: "arms", index: 1, reason: "duplicate" });
    expect(checkExperiment(definition("other", { arms: [{ key: "a", weight: 50, value: "placeOrder" }, { key: "b", weight: 50, value: "secureCheckout" }] }))).toContainEqual({ field: "arms", index: 1, reason: "value" });
    expect(checkExperiment(definition("same", { arms: [{ key: "a", weight: 50, value: "buyNow" }, { key: "b", weight: 50, value: "buyNow" }] }))).toContainEqual({ field: "arms", index: 1, reason: "same_value" });
    expect(checkExperiment(definition("Bad Key!"))).toContainEqual({ field: "key", reason: "invalid" });
    expect(checkExperiment(definition("t", { target: "homepage_hero" as never }))).toContainEqual({ field: "target", reason: "invalid" });
  });
});

describe.each(testDatabases())("experiments on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await openWithCatalog(target, { poolMax: 6 })).handle;
    state.db = handle.db;
  });
  beforeEach(async () => {
    await handle.db.execute(sql`delete from experiments`);
  });
  afterAll(async () => handle?.close());

  it("a draft is saved and changed (audited), runs one per element at a time, and once stopped cannot start again", async () => {
    expect(await saveExperiment(handle.db, { input: definition("words"), isNew: true, actor })).toEqual({ ok: true });
    expect(await saveExperiment(handle.db, { input: definition("words"), isNew: true, actor })).toEqual({ ok: false, reason: "key_taken" });
    expect(await saveExperiment(handle.db, { input: definition("words", { name: "Renamed" }), isNew: false, version: 1, actor })).toEqual({ ok: true });
    expect(await saveExperiment(handle.db, { input: definition("words"), isNew: false, version: 1, actor })).toEqual({ ok: false, reason: "conflict" });
    expect(await changeExperimentStatus(handle.db, { key: "words", to: "running", actor })).toEqual({ ok: true });
    // The pages format these dates: Dates on both drivers.
    expect((await loadExperiment(handle.db, "words"))!.startedAt).toBeInstanceOf(Date);
    expect(await saveExperiment(handle.db, { input: definition("words"), isNew: false, version: 3, actor })).toEqual({ ok: false, reason: "not_draft" });
    await saveExperiment(handle.db, { input: definition("words-2"), isNew: true, actor });
    expect(await changeExperimentStatus(handle.db, { key: "words-2", to: "running", actor })).toEqual({ ok: false, reason: "target_busy" });
    expect(await changeExperimentStatus(handle.db, { key: "words", to: "stopped", actor })).toEqual({ ok: true });
    expect(await changeExperimentStatus(handle.db, { key: "words", to: "running", actor })).toEqual({ ok: false, reason: "not_draft" });
    expect(await changeExperimentStatus(handle.db, { key: "words-2", to: "running", actor })).toEqual({ ok: true });
    const audits = await queryRows<{ action: string }>(handle.db, sql`select action from admin_audit where subject_type = 'experiment' and subject_id = 'words' order by id`);
    expect(audits.map((row) => row.action)).toEqual(["experiment.create", "experiment.update", "experiment.start", "experiment.stop"]);
  });

  it.runIf(target.name === "postgres" && hasPostgres())("two experiments started at once on one element: exactly one runs", async () => {
    for (const key of ["race-a", "race-b", "race-c"]) await saveExperiment(handle.db, { input: definition(key), isNew: true, actor });
    const results = await Promise.all(["race-a", "race-b", "race-c"].map((key) => changeExperimentStatus(handle.db, { key, to: "running", actor })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "target_busy" }, { ok: false, reason: "target_busy" }]);
  });

  it("gives each visitor a stable arm while it runs, none to a tampered id or a bot, and none on the next request once stopped", async () => {
    await saveExperiment(handle.db, { input: definition("stable"), isNew: true, actor });
    as(visitor());
    expect(await armFor("place_order_button")).toBeNull();
    await changeExperimentStatus(handle.db, { key: "stable", to: "running", actor });
    const seen = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const id = visitor();
      as(id);
      const first = await armFor("place_order_button");
      const again = await armFor("place_order_button");
      expect(again).toEqual(first);
      seen.set(id, first!.arm);
    }
    const complete = [...seen.values()].filter((arm) => arm === "complete").length;
    // 50/50 over 200 visitors: within 4 standard deviations (±28).
    expect(Math.abs(complete - 100)).toBeLessThan(28);
    as("not-a-visitor-id");
    expect(await armFor("place_order_button")).toBeNull();
    as(visitor(), "Googlebot/2.1 (+http://www.google.com/bot.html)");
    expect(await armFor("place_order_button")).toBeNull();
    expect(await armFor("cart_checkout_cta")).toBeNull();
    await changeExperimentStatus(handle.db, { key: "stable", to: "stopped", actor });
    as([...seen.keys()][0]!);
    expect(await armFor("place_order_button")).toBeNull();
  });

  it("records an exposure only when asked, once per visitor, in the arm worked out on the server; forged keys and stopped experiments record nothing", async () => {
    await saveExperiment(handle.db, { input: definition("seen"), isNew: true, actor });
    await changeExperimentStatus(handle.db, { key: "seen", to: "running", actor });
    const id = visitor();
    as(id);
    const arm = await armFor("place_order_button");
    const exposures = () => queryRows<{ arm: string; traffic: string }>(handle.db, sql`select arm, traffic from experiment_exposures where experiment_key = 'seen' and visitor_id = ${id}`);
    expect(await exposures()).toEqual([]);
    await recordExposure("seen");
    await recordExposure("seen");
    expect(await exposures()).toEqual([{ arm: arm!.arm, traffic: "human" }]);
    // The visitor's next events carry the arm they were shown (lib/analytics/track.ts).
    expect(await shownArms(handle.db, id)).toEqual({ seen: arm!.arm });
    await recordExposure("no-such-experiment");
    await recordExposure({ key: "seen" });
    state.headers["x-store-traffic"] = "test";
    const tester = visitor();
    state.cookies = { vid: tester };
    await recordExposure("seen");
    const [marked] = await queryRows<{ traffic: string }>(handle.db, sql`select traffic from experiment_exposures where visitor_id = ${tester}`);
    expect(marked).toEqual({ traffic: "test" });
    await changeExperimentStatus(handle.db, { key: "seen", to: "stopped", actor });
    expect(await shownArms(handle.db, id)).toEqual({});
    as(visitor());
    await recordExposure("seen");
    const [count] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from experiment_exposures where experiment_key = 'seen'`);
    expect(count!.n).toBe(2);
  });

  it("decides a cart's last reminder with its visitor's arm of an incentive experiment, and counts the exposure once the last reminder is sent", async () => {
    const settings = recoverySettings();
    await handle.db.transaction(async (tx) => expect(await recoveryArmsFor(tx, { cartId: crypto.randomUUID(), settings })).toEqual({ settings, arms: [] }));
    const arms = [
      { key: "none", weight: 50, value: "none" },
      { key: "ten", weight: 50, value: "percent10" },
    ];
    await saveExperiment(handle.db, { input: definition("incentive", { target: "recovery_incentive", arms }), isNew: true, actor });
    await changeExperimentStatus(handle.db, { key: "incentive", to: "running", actor });
    for (let i = 0; i < 12; i++) {
      const visitorId = visitor();
      const [cart] = await queryRows<{ id: string }>(handle.db, sql`insert into carts (visitor_id) values (${visitorId}) returning id`);
      await handle.db.transaction(async (tx) => {
        const decided = await recoveryArmsFor(tx, { cartId: cart!.id, settings });
        const arm = assignArm("incentive", visitorId, arms);
        expect(decided.arms).toEqual([{ target: "recovery_incentive", experimentKey: "incentive", arm, visitorId }]);
        expect(decided.settings.incentive).toEqual(arm === "none" ? null : { kind: "percent", value: 10 });
        expect(decided.settings.delays).toEqual(settings.delays);
        // The first reminder is not the last: no exposure yet; the last one, twice, counts once.
        await recordRecoveryExposures(tx, decided.arms, { step: 1, last: false, now: new Date() });
        await recordRecoveryExposures(tx, decided.arms, { step: 3, last: true, now: new Date() });
        await recordRecoveryExposures(tx, decided.arms, { step: 3, last: true, now: new Date() });
      });
    }
    const [count] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from experiment_exposures where experiment_key = 'incentive'`);
    expect(count!.n).toBe(12);
  });

  it("sends a cart's first reminder when its visitor's arm of a timing experiment says, the later ones keeping their spacing, and counts the exposure with the first reminder", async () => {
    const settings = { ...recoverySettings(), delays: [3_600_000, 86_400_000, 259_200_000] };
    const arms = [
      { key: "usual", weight: 50, value: "asConfigured" },
      { key: "next-day", weight: 50, value: "after24Hours" },
    ];
    await saveExperiment(handle.db, { input: definition("timing", { target: "recovery_timing", arms }), isNew: true, actor });
    await changeExperimentStatus(handle.db, { key: "timing", to: "running", actor });
    const now = new Date("2026-12-01T10:00:00Z");
    const seen = new Set<string>();
    for (let i = 0; i < 16; i++) {
      const visitorId = visitor();
      const arm = assignArm("timing", visitorId, arms);
      seen.add(arm);
      const [cart] = await queryRows<{ id: string }>(handle.db, sql`insert into carts (visitor_id) values (${visitorId}) returning id`);
      const [variant] = await queryRows<{ id: string }>(handle.db, sql`select id from variants limit 1`);
      await handle.db.execute(sql`insert into cart_lines (cart_id, variant_id, quantity, unit_price_seen) values (${cart!.id}, ${variant!.id}, 1, 1000)`);
      const enqueue = vi.fn(async () => null);
      await handle.db.transaction(async (tx) => {
        await startRecovery(tx, { enqueue }, { cartId: cart!.id, email: `t${i}@example.com`, locale: "en", timeZone: null, marketingConsent: true }, { now, settings });
        const decided = await recoveryArmsFor(tx, { cartId: cart!.id, settings });
        expect(decided.settings.delays).toEqual(arm === "usual" ? settings.delays : [86_400_000, 86_400_000 + 82_800_000, 259_200_000 + 82_800_000]);
        await recordRecoveryExposures(tx, decided.arms, { step: 1, last: false, now });
      });
      const firstDelay = arm === "usual" ? 3_600_000 : 86_400_000;
      expect(enqueue).toHaveBeenCalledWith("recovery-step", { cartId: cart!.id, step: 1 }, expect.objectContaining({ startAfter: new Date(now.getTime() + firstDelay) }));
    }
    expect(seen).toEqual(new Set(["usual", "next-day"]));
    const [count] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from experiment_exposures where experiment_key = 'timing'`);
    expect(count!.n).toBe(16);
  });

  it("counts visitors, orders after exposure and revenue per arm exactly, with the statistics of those counts", async () => {
    await saveExperiment(handle.db, { input: definition("counted"), isNew: true, actor });
    await changeExperimentStatus(handle.db, { key: "counted", to: "running", actor });
    const exposedAt = new Date(Date.now() - 3_600_000);
    const expose = async (arm: string, count: number, traffic = "human") => {
      const ids = Array.from({ length: count }, visitor);
      for (const id of ids) {
        await handle.db.execute(sql`insert into experiment_exposures (experiment_key, visitor_id, arm, device, traffic, at) values ('counted', ${id}, ${arm}, 'desktop', ${traffic}, ${exposedAt.toISOString()}::timestamptz)`);
      }
      return ids;
    };
    const order = (visitorId: string, total: number, values: Partial<typeof orders.$inferInsert> = {}) =>
      handle.db.insert(orders).values({
        idempotencyKey: crypto.randomUUID(),
        visitorId,
        email: "buyer@example.com",
        locale: "en",
        status: "paid",
        paymentMethod: "card",
        currency: "USD",
        subtotal: total,
        discount: 0,
        shipping: 0,
        tax: 0,
        taxIncluded: false,
        total,
        shippingMethodId: "us-standard",
        deliveryWindow: { from: "2026-12-01", to: "2026-12-03" },
        shippingAddress: portland,
        ...values,
      });
    const control = await expose("control", 40);
    const complete = await expose("complete", 36);
    await expose("complete", 5, "test");
    for (const id of control.slice(0, 4)) await order(id, 5000);
    for (const id of complete.slice(0, 9)) await order(id, 6000);
    // Not conversions: an order before the exposure, a failed card, a cancelled order.
    await order(control[10]!, 9999, { createdAt: new Date(exposedAt.getTime() - 60_000) });
    await order(control[11]!, 9999, { status: "payment_failed" });
    await order(complete[20]!, 9999, { status: "cancelled" });
    // A second order from one converted visitor: one conversion, two orders' revenue.
    await order(complete[0]!, 4000);

    const results = await experimentResults(handle.db, (await loadExperiment(handle.db, "counted"))!, { currency: "USD" });
    const [c, v] = results.arms;
    expect(c).toMatchObject({ key: "control", visitors: 40, conversions: 4, revenuePerVisitor: 20_000 / 40, averageOrderValue: 5000 });
    expect(v).toMatchObject({ key: "complete", visitors: 36, conversions: 9, revenuePerVisitor: (9 * 6000 + 4000) / 36, averageOrderValue: (9 * 6000 + 4000) / 10 });
    expect(c!.interval).toEqual(proportion(4, 40).interval);
    expect(v!.test).toEqual(twoProportionTest({ visitors: 40, conversions: 4 }, { visitors: 36, conversions: 9 }));
    expect(v!.probabilityToBeatControl).toBeGreaterThan(0.9);
    expect(results.srm.mismatch).toBe(false);
    expect(results.requiredVisitorsPerArm).toBeGreaterThan(1000);
    expect(v!.verdict).toMatchObject({ kind: "not_yet" });
    const withTests = await experimentResults(handle.db, (await loadExperiment(handle.db, "counted"))!, { currency: "USD", traffic: "all" });
    expect(withTests.arms[1]!.visitors).toBe(41);
  });
});
