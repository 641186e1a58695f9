import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import * as orderActions from "@/lib/admin/actions";
import * as catalogActions from "@/lib/admin/catalog-actions";
import * as categoryActions from "@/lib/admin/category-actions";
import * as couponActions from "@/lib/admin/coupon-actions";
import * as customerActions from "@/lib/admin/customer-actions";
import * as experimentActions from "@/lib/admin/experiment-actions";
import * as phoneOrderActions from "@/lib/admin/phone-order-actions";
import * as productActions from "@/lib/admin/product-actions";
import * as productImageActions from "@/lib/admin/product-image-actions";
import * as promotionActions from "@/lib/admin/promotion-actions";
import * as reviewActions from "@/lib/admin/review-actions";
import * as settingsActions from "@/lib/admin/settings-actions";
import * as shippingRuleActions from "@/lib/admin/shipping-rule-actions";
import * as staffActions from "@/lib/admin/staff-actions";
import * as taxRateActions from "@/lib/admin/tax-rate-actions";
import * as warehouseActions from "@/lib/admin/warehouse-actions";
import * as inboxActions from "@/lib/chat/inbox-actions";
import { hostileForm, hostileValue } from "./hostile";
import { messagesOf } from "./messages";
import { fuzz, fuzzTimeout } from "./runs";
import { hostileHeaders, openFuzzShop, submit } from "./shop";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; email: string; role: string } } }));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => session.current }));
vi.mock("@/db", async () => (await import("./request")).appDatabase);
vi.mock("next/headers", async () => (await import("./request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (await import("./request")).after }));
vi.mock("next/cache", async () => (await import("./request")).nextCache);
vi.mock("next/navigation", async () => (await import("./request")).nextNavigation);
vi.mock("next-intl/server", async () => (await import("./request")).nextIntlServer);

const admin = { user: { id: "fuzz-admin", email: "owner@example.com", role: "admin" } };
const shopper = { user: { id: "fuzz-shopper", email: "shopper@example.com", role: "shopper" } };

/** Every admin form action, (previous state, form data) → state. */
const formActions = Object.entries({
  ...orderActions,
  ...catalogActions,
  ...categoryActions,
  ...couponActions,
  ...customerActions,
  ...experimentActions,
  ...phoneOrderActions,
  ...productActions,
  ...productImageActions,
  ...promotionActions,
  ...reviewActions,
  ...settingsActions,
  ...shippingRuleActions,
  ...staffActions,
  ...taxRateActions,
  ...warehouseActions,
}) as [string, (previous: never, form: FormData) => Promise<{ status: string; message?: string }>][];

/** Admin actions fed hostile input: anyone but staff is refused with nothing written; staff's bad input is named at its field. */
describe("admin actions fed hostile input", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openFuzzShop());
  });
  afterAll(async () => handle?.close());

  /** A fingerprint of every table but the ones that count requests (one query): a refused action writes nothing anywhere. */
  let fingerprintQuery = "";
  const everything = async () => {
    if (!fingerprintQuery) {
      const tables = await queryRows<{ name: string }>(
        handle.db,
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '%rate_limit%' and table_name not like '%refusal%' order by 1`,
      );
      fingerprintQuery = tables.map(({ name }) => `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as print from "${name}" t`).join(" union all ");
    }
    const rows = await queryRows<{ name: string; print: string }>(handle.db, sql.raw(fingerprintQuery));
    return Object.fromEntries(rows.map((row) => [row.name, row.print]));
  };

  it("every admin action refuses a signed-out caller and a shopper, whatever they send, and writes nothing", async () => {
    const forbidden = await messagesOf(["admin.errors.forbidden"]);
    const form = hostileForm({ number: null, id: null, slug: null, code: null, section: null, version: null, key: null, importId: null, email: null, role: null });
    const before = await everything();
    await fuzz("admin.refusesNonStaff", fc.tuple(fc.constantFrom(null, shopper), hostileHeaders, form, fc.constantFrom(...formActions)), async ([caller, headers, data, [name, action]]) => {
      session.current = caller;
      const outcome = await submit(new Map(), headers, () => action({ status: "idle" } as never, data));
      expect(outcome.navigation, name).toBeUndefined();
      expect(outcome.answer, name).toMatchObject({ status: "error" });
      expect(forbidden(outcome.answer!.message), `${name}: ${outcome.answer!.message}`).toBe(true);
      expect(await everything(), name).toEqual(before);
    });
  }, fuzzTimeout());

  it("the live-help inbox refuses anyone but staff, whatever the arguments", async () => {
    const actions = Object.entries(inboxActions) as [string, (input: unknown) => Promise<unknown>][];
    const before = await everything();
    await fuzz("admin.inboxRefusesNonStaff", fc.tuple(fc.constantFrom(null, shopper), hostileHeaders, hostileValue, fc.constantFrom(...actions)), async ([caller, headers, input, [name, action]]) => {
      session.current = caller;
      const { answer } = await submit(new Map(), headers, () => action(input));
      if (name === "messagesSince") expect(answer).toEqual([]);
      else expect(answer, name).toEqual({ ok: false, problem: "forbidden" });
      expect(await everything(), name).toEqual(before);
    });
  }, fuzzTimeout());

  /** An admin's refused form: "check the fields" comes with the fields named, any other refusal says what happened. */
  const expectSpecific = async (answer: { status: string; message?: string; fields?: Record<string, string> } | undefined, name: string) => {
    const [checkFields, forbidden] = await Promise.all([messagesOf(["admin.errors.checkFields"]), messagesOf(["admin.errors.forbidden"])]);
    expect(answer, name).toBeDefined();
    if (answer!.status !== "error") return;
    expect(answer!.message, name).toBeTruthy();
    expect(forbidden(answer!.message), `${name}: an admin is staff`).toBe(false);
    if (checkFields(answer!.message)) expect(Object.keys(answer!.fields ?? {}).length, `${name}: which fields?`).toBeGreaterThan(0);
    for (const [field, message] of Object.entries(answer!.fields ?? {})) expect(message, `${name} ${field}`).toMatch(/\S/);
  };

  const amounts = fc.constantFrom("12.50", "0", "-1", "1e9", "NaN", "12,50", "99999999999", "0.001");
  const adminForms = {
    saveProductAction: hostileForm({
      slug: fc.constantFrom("stoneware-mug", "nope"),
      version: fc.constantFrom("1", "0", "-1", "1.5"),
      currency: fc.constantFrom("USD", "usd", "XXX"),
      sku: fc.constantFrom("MUG-SAGE", "nope"),
      "price:MUG-SAGE": amounts,
      "stock:MUG-SAGE": fc.constantFrom("5", "-1", "99999999"),
      purchaseLimit: fc.constantFrom("", "3", "0", "10000"),
      name_en: fc.constantFrom("Mug", ""),
      status: fc.constantFrom("active", "draft", "deleted"),
      category: fc.constantFrom("kitchen", "nope"),
    }),
    saveCouponAction: hostileForm({
      isNew: fc.constantFrom("yes", "no"),
      code: fc.constantFrom("SPRING25", "BACK-1", "a"),
      kind: fc.constantFrom("percent", "fixed", "free_shipping", "bogus"),
      percent: fc.constantFrom("10", "0", "101"),
      amount: amounts,
      minSubtotal: amounts,
      usageLimit: fc.constantFrom("", "1", "0"),
      startsOn: fc.constantFrom("2026-01-01", "2026-13-40", ""),
      endsOn: fc.constantFrom("2026-12-31", "2025-01-01", ""),
    }),
    savePromotionAction: hostileForm({ isNew: fc.constantFrom("yes", "no"), id: fc.constantFrom("spring", "__proto__"), percentOff: fc.constantFrom("10", "0", "150"), categories: fc.constantFrom("kitchen", "kitchen,nope", ""), startsAt: fc.constantFrom("2026-03-01T00:00", "nope"), endsAt: fc.constantFrom("2026-04-01T00:00", "2020-01-01T00:00") }),
    saveZoneAction: hostileForm({ isNew: fc.constantFrom("yes", "no"), id: fc.constantFrom("eu", "us", "Zone 9"), countries: fc.constantFrom("DE, FR", "ZZ", "us"), domestic: fc.constantFrom("yes", "no"), position: fc.constantFrom("1", "-1") }),
    saveMethodAction: hostileForm({ id: fc.constantFrom("", "us-standard"), zoneId: fc.constantFrom("us", "nope"), service: fc.constantFrom("standard", "express", "teleport"), carrier: fc.constantFrom("UPS", ""), tierBelow0: amounts, tierAmount0: amounts, freeOver: amounts, transitDaysMin: fc.constantFrom("1", "9"), transitDaysMax: fc.constantFrom("3", "0"), position: fc.constantFrom("1") }),
    saveTaxRateAction: hostileForm({ id: fc.constantFrom("", "1", "1.5"), country: fc.constantFrom("DE", "de", "ZZZ"), region: fc.constantFrom("", "CA", "TOOLONG"), rate: fc.constantFrom("19", "7.25", "101", "-1"), label: fc.constantFrom("VAT", ""), inclusive: fc.constantFrom("yes", "no") }),
    saveSettingsAction: hostileForm({
      section: fc.constantFrom("checkout", "payments", "recovery", "mail", "__proto__"),
      version: fc.constantFrom("0", "1", "-1"),
      askPhone: fc.constantFrom("yes", "no"),
      method_card: fc.constantFrom("yes", "no"),
      accountHolder: fc.constantFrom("Juniper Lane Ltd", ""),
      iban: fc.constantFrom("DE89370400440532013000", "x"),
      bic: fc.constantFrom("COBADEFFXXX", "nope"),
      payWithinDays: fc.constantFrom("14", "0", "61"),
      delays: fc.constantFrom("1h, 24h", "0m", "-1h"),
      quietFrom: fc.constantFrom("22:00", "25:00"),
      incentive: fc.constantFrom("percent", "free_shipping", "none", "bogus"),
      incentivePercent: fc.constantFrom("10", "0"),
      webhookUrls: fc.constantFrom("https://hooks.example.com/x", "javascript:alert(1)"),
      fromName: fc.constantFrom("Juniper Lane", "Evil <x@y.z>\r\nBcc: a@b.c"),
      fromAddress: fc.constantFrom("hello@example.com", "nope"),
      exitOfferCode: fc.constantFrom("", "WELCOME10", "NOPE"),
    }),
    saveExperimentAction: hostileForm({
      isNew: fc.constantFrom("yes", "no"),
      version: fc.constantFrom("0", "1"),
      key: fc.constantFrom("button-color", "__proto__", "Has Spaces"),
      name: fc.constantFrom("Button colour", ""),
      target: fc.constantFrom("place_order_button", "nope"),
      armKey0: fc.constantFrom("control", ""),
      armWeight0: fc.constantFrom("50", "0", "101"),
      armKey1: fc.constantFrom("green", "control"),
      armWeight1: fc.constantFrom("50", "49"),
      primaryMetric: fc.constantFrom("order_placed", "nope"),
      minimumDetectableEffect: fc.constantFrom("5", "0", "1000"),
    }),
    experimentStatusAction: hostileForm({ key: fc.constantFrom("button-color", "nope"), to: fc.constantFrom("running", "stopped", "draft") }),
  } as const;

  it("an admin's hostile product, coupon, pricing, settings and experiment forms get field errors or a named refusal, never a failure", async () => {
    const names = Object.keys(adminForms) as (keyof typeof adminForms)[];
    const call = fc.constantFrom(...names).chain((name) => adminForms[name].map((data) => [name, data] as const));
    await fuzz("admin.hostileForms", fc.tuple(hostileHeaders, call), async ([headers, [name, data]]) => {
      session.current = admin;
      const action = formActions.find(([exported]) => exported === name)![1];
      const outcome = await submit(new Map(), headers, () => action({ status: "idle" } as never, data));
      // A new zone or experiment that happened to be valid opens its page.
      if (outcome.navigation) return expect(outcome.navigation.target, name).toMatch(/^\/(en|fa|ar|uk)\/admin\//);
      await expectSpecific(outcome.answer as never, name);
    });
  }, fuzzTimeout());
});
