import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { seedCoupons, seedPricingRules } from "@/db/seed/pricing";
import { loadPricing } from "@/db/seed/load-pricing";
import type { AdminFormState } from "@/lib/admin/form-state";
import { resetSettingsAction, saveSettingsAction } from "@/lib/admin/settings-actions";
import type { Locale } from "@/lib/i18n/locales";
import { mailRenderers } from "@/lib/mail/renderers";
import { deliverDueMail, queueMail } from "@/lib/mail/send";
import type { MailMessage, MailTransport } from "@/lib/mail/transport";
import { loadRecoverySettings } from "@/lib/recovery/settings";
import { defaultStoreSettings } from "@/lib/settings/defaults";
import { loadStoreSettings } from "@/lib/settings/store-settings";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  db: null as null | Database,
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));

/** The admin's words as the app merges them: ui.json's admin plus the admin-*.json sections. */
function adminMessages(locale: string) {
  const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
  const ui = read("ui");
  return { ...ui, admin: { ...ui.admin, ...read("admin-pricing"), ...read("admin-catalog"), ...read("admin-settings") } };
}
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) =>
    createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: adminMessages(locale) }),
}));

const admin = { user: { id: "settings-admin", email: "owner@example.com", role: "admin" } };
const staff = { user: { id: "settings-staff", email: "ops@example.com", role: "staff" } };
const shopper = { user: { id: "settings-shopper", email: "shopper@example.com", role: "shopper" } };

function form(values: Record<string, string>) {
  const data = new FormData();
  data.set("locale", "en");
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const idle: AdminFormState = { status: "idle" };
const checkoutForm = (version: number, askCompany = "yes") => form({ section: "checkout", version: String(version), askPhone: "no", askCompany });
const recoveryForm = (version: number, values: Record<string, string> = {}) =>
  form({
    section: "recovery",
    version: String(version),
    delays: "30m, 2h, 2d",
    withoutConsent: "none",
    quietFrom: "22:00",
    quietTo: "07:30",
    incentive: "percent",
    incentivePercent: "15",
    incentiveValidDays: "5",
    exitOfferCode: "",
    alertMinimum: "150",
    alertTo: "alerts@example.com",
    webhookUrls: "https://hooks.example.com/recovery",
    textReminders: "yes",
    ...values,
  });

describe.each(testDatabases())("admin store settings on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await openWithCatalog(target)).handle;
    state.db = handle.db;
    const now = new Date();
    await loadPricing(handle.db as never, { rules: seedPricingRules(now), coupons: seedCoupons(now), now });
  });
  beforeEach(async () => {
    await handle.db.execute(sql`delete from store_settings`);
    state.session = admin;
  });
  afterAll(async () => handle?.close());

  const version = async () => (await loadStoreSettings(handle.db)).version;
  const audits = () => queryRows<{ action: string; actorEmail: string; before: unknown; after: unknown }>(handle.db, sql`select action, actor_email as "actorEmail", before, after from admin_audit where subject_type = 'settings' order by id`);

  it("starts from the config and env defaults, with nothing changed", async () => {
    expect(await loadStoreSettings(handle.db)).toEqual({ settings: defaultStoreSettings(), version: 0, changed: [] });
  });

  it("refuses a signed-out request and a shopper, changing nothing", async () => {
    for (const session of [null, shopper]) {
      state.session = session;
      expect(await saveSettingsAction(idle, checkoutForm(0))).toMatchObject({ status: "error", message: "Only staff can do that. Sign in again with a staff account." });
      expect(await resetSettingsAction(idle, form({ section: "checkout", version: "0" }))).toMatchObject({ status: "error" });
    }
    expect(await loadStoreSettings(handle.db)).toMatchObject({ version: 0, changed: [] });
  });

  it("saves a section for the next read, audited with before and after, and puts it back to the defaults", async () => {
    state.session = staff;
    expect(await saveSettingsAction(idle, checkoutForm(0))).toEqual({ status: "done", message: "Saved. The store uses it from the next request." });
    const saved = await loadStoreSettings(handle.db);
    expect(saved).toMatchObject({ version: 1, changed: ["checkout"], settings: { checkout: { askPhone: false, askCompany: true } } });
    expect(saved.settings.payments).toEqual(defaultStoreSettings().payments);
    expect(await resetSettingsAction(idle, form({ section: "checkout", version: "1" }))).toMatchObject({ status: "done" });
    expect(await loadStoreSettings(handle.db)).toEqual({ settings: defaultStoreSettings(), version: 2, changed: [] });
    expect(await audits()).toEqual([
      { action: "settings.checkout", actorEmail: "ops@example.com", before: { askPhone: false, askCompany: false }, after: { askPhone: false, askCompany: true } },
      { action: "settings.checkout.reset", actorEmail: "ops@example.com", before: { askPhone: false, askCompany: true }, after: { askPhone: false, askCompany: false } },
    ]);
  });

  it("refuses a save made on a copy someone else saved since: nothing of it is written", async () => {
    expect(await saveSettingsAction(idle, checkoutForm(0))).toMatchObject({ status: "done" });
    const stale = await saveSettingsAction(idle, checkoutForm(0, "no"));
    expect(stale).toMatchObject({ status: "error", message: expect.stringContaining("Someone saved the settings since you opened this page") });
    expect((await loadStoreSettings(handle.db)).settings.checkout.askCompany).toBe(true);
  });

  it("lets only an admin change payment settings", async () => {
    const payments = (v: number) =>
      form({ section: "payments", version: String(v), method_card: "yes", method_cash_on_delivery: "no", method_bank_transfer: "yes", accountHolder: "Shop GmbH", iban: "de89 3704 0044 0532 0130 00", bic: "cobadeffxxx", payWithinDays: "10" });
    state.session = staff;
    expect(await saveSettingsAction(idle, payments(0))).toMatchObject({ status: "error", message: "Only an admin can change payment settings." });
    expect(await resetSettingsAction(idle, form({ section: "payments", version: "0" }))).toMatchObject({ status: "error", message: "Only an admin can change payment settings." });
    expect(await version()).toBe(0);
    state.session = admin;
    expect(await saveSettingsAction(idle, payments(0))).toMatchObject({ status: "done" });
    expect((await loadStoreSettings(handle.db)).settings.payments).toEqual({
      methods: ["card", "bank_transfer"],
      bankTransfer: { accountHolder: "Shop GmbH", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", payWithinDays: 10 },
    });
  });

  it("names each bad field, keeps what was typed and writes nothing", async () => {
    const bad = await saveSettingsAction(
      idle,
      recoveryForm(0, { delays: "24h, 1h", quietFrom: "25:00", incentivePercent: "150", incentiveValidDays: "0", alertMinimum: "-5", alertTo: "nobody", webhookUrls: "ftp://x.example.com", exitOfferCode: "no spaces!" }),
    );
    expect(bad).toMatchObject({
      status: "error",
      fields: {
        delays: "Enter one or more delays such as 1h, 24h, 72h, each longer than the one before.",
        quietFrom: "Enter both times as HH:MM.",
        incentivePercent: "Enter a whole percentage from 1 to 100.",
        incentiveValidDays: "Enter a whole number of days from 1 to 90.",
        alertMinimum: expect.any(String),
        alertTo: "Enter the email address that gets the alerts.",
        webhookUrls: expect.stringContaining("https://"),
        exitOfferCode: expect.any(String),
      },
      values: { delays: "24h, 1h", alertTo: "nobody" },
    });
    const none = await saveSettingsAction(idle, form({ section: "payments", version: "0", accountHolder: "x", iban: "DE89370400440532013000", bic: "COBADEFF", payWithinDays: "7" }));
    expect(none).toMatchObject({ fields: { methods: "Choose at least one payment method." } });
    const sender = await saveSettingsAction(idle, form({ section: "mail", version: "0", fromName: 'Evil <"x">', fromAddress: "not-an-address" }));
    expect(sender).toMatchObject({ fields: { fromName: expect.any(String), fromAddress: expect.any(String) } });
    expect(await saveSettingsAction(idle, form({ section: "nonsense", version: "0" }))).toMatchObject({ status: "error" });
    expect(await saveSettingsAction(idle, recoveryForm(0, { exitOfferCode: "NOSUCHCODE" }))).toMatchObject({ fields: { exitOfferCode: "There is no coupon with this code. Create it under Coupons first." } });
    expect(await loadStoreSettings(handle.db)).toMatchObject({ version: 0, changed: [] });
  });

  it("gives the reminders the saved recovery settings", async () => {
    expect(await saveSettingsAction(idle, recoveryForm(0, { exitOfferCode: "welcome10" }))).toMatchObject({ status: "done" });
    const recovery = await loadRecoverySettings(handle.db);
    expect(recovery).toMatchObject({
      delays: [30 * 60_000, 2 * 3_600_000, 2 * 86_400_000],
      withoutConsent: "none",
      quietHours: { from: "22:00", to: "07:30" },
      incentive: { kind: "percent", value: 15 },
      incentiveValidDays: 5,
      staffAlert: { minimum: { USD: 15_000 }, to: "alerts@example.com" },
      webhookUrls: ["https://hooks.example.com/recovery"],
      textReminders: true,
    });
    expect((await loadStoreSettings(handle.db)).settings.recovery.exitOfferCode).toBe("WELCOME10");
  });

  it("sends every mail from the saved sender", async () => {
    expect(await saveSettingsAction(idle, form({ section: "mail", version: "0", fromName: "Corner Shop", fromAddress: "orders@corner.example" }))).toMatchObject({ status: "done" });
    const sent: MailMessage[] = [];
    const transport: MailTransport = { kind: "smtp", send: async (mail) => void sent.push(mail) };
    const dedupeKey = `settings-sender-${target.name}-${Date.now()}`;
    await queueMail(handle.db, { to: "staffer@example.com", template: "staff-invite", locale: "en", params: { invitedBy: "owner@example.com", role: "staff" }, dedupeKey }, "smtp");
    expect(await deliverDueMail(handle.db, { renderers: mailRenderers, transport, dedupeKey })).toBe(1);
    expect(sent[0]).toMatchObject({ to: "staffer@example.com", from: "Corner Shop <orders@corner.example>" });
  });
});
