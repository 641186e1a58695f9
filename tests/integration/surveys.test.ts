import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orders, surveyAnswers } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { testDatabases } from "../support/databases";

/** The request the actions see: its cookies and headers, set per call. */
const state = vi.hoisted(() => ({
  db: null as Database | null,
  cookies: {} as Record<string, string>,
  headers: {} as Record<string, string>,
}));
vi.mock("@/db", () => ({
  getDb: async () => {
    if (!state.db) throw new Error("no test database");
    return state.db;
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name in state.cookies ? { name, value: state.cookies[name] } : undefined) }),
  headers: async () => new Headers(state.headers),
}));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: real.parseEnv({ SITE_URL: "http://localhost:3000", AUTH_SECRET: "a-test-secret-of-at-least-32-characters" }) };
});
const surveyMessages = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "surveys.json"), "utf8"));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) =>
    createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: surveyMessages(locale) }),
}));

const { answerEffortSurvey, answerExitSurvey } = await import("@/lib/surveys/actions");
const { orderAccessKey } = await import("@/lib/checkout/order-access");
const { surveyLimits } = await import("@/lib/surveys/answers");
const { surveyResults } = await import("@/lib/surveys/results");

const idle = { status: "idle" } as const;
const iPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

let n = 0;
const visitorId = () => `00000000-0000-4000-e000-${String(++n).padStart(12, "0")}`;
const someIp = () => {
  n += 1;
  return `10.7.${(n >> 8) & 255}.${n & 255}`;
};

const sessionId = () => `11111111-0000-4000-a000-${String(++n).padStart(12, "0")}`;

/** One browser: its visitor and visit (`sid`: the event log's session) cookies, user agent and address. */
function browser({ userAgent = desktop, session = sessionId() as string | null, extra = {} as Record<string, string> } = {}) {
  const shopper = { visitorId: visitorId(), session, ip: someIp(), userAgent };
  return {
    ...shopper,
    use() {
      state.cookies = { vid: shopper.visitorId, ...(session ? { sid: `${session}.search` } : {}) };
      state.headers = { "user-agent": userAgent, "x-forwarded-for": shopper.ip, ...extra };
    },
  };
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ locale: "en", ...values })) data.set(name, value);
  return data;
}

describe.each(testDatabases())("exit survey and customer effort score on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    state.db = handle.db;
  });
  afterAll(async () => {
    state.db = null;
    await handle?.close();
  });

  const answersOf = (visitor: string) =>
    queryRows<{ kind: string; page: string; reason: string | null; score: number | null; comment: string | null; sessionId: string | null; locale: string; device: string; traffic: string }>(
      handle.db,
      sql`select kind, page, reason, score::int as score, comment, session_id as "sessionId", locale, device, traffic from survey_answers where visitor_id = ${visitor} order by id`,
    );

  const placeOrder = async (email: string) => {
    const [order] = await handle.db
      .insert(orders)
      .values({
        idempotencyKey: crypto.randomUUID(),
        visitorId: visitorId(),
        email,
        locale: "en",
        status: "pay_on_delivery",
        paymentMethod: "cash_on_delivery",
        currency: "USD",
        subtotal: 1000,
        discount: 0,
        shipping: 0,
        tax: 0,
        taxIncluded: false,
        total: 1000,
        shippingMethodId: "us-standard",
        deliveryWindow: { from: "2026-12-01", to: "2026-12-03" },
        shippingAddress: { fullName: "Ada Lovelace", line1: "1 Main Street", line2: null, city: "Portland", region: null, postalCode: "97201", country: "US" },
      })
      .returning();
    return order!;
  };

  it("saves an exit answer with its page, visit, locale, device and traffic", async () => {
    const phone = browser({ userAgent: iPhone });
    phone.use();
    expect(await answerExitSurvey(idle, form({ reason: "extra_costs", page: "cart", comment: "  Shipping was $12  ", locale: "fa" }))).toEqual({
      status: "done",
      message: surveyMessages("fa").surveys.exit.thanks,
    });
    expect(await answersOf(phone.visitorId)).toEqual([
      { kind: "exit", page: "cart", reason: "extra_costs", score: null, comment: "Shipping was $12", sessionId: phone.session, locale: "fa", device: "mobile", traffic: "human" },
    ]);

    // The e2e suite's requests are marked test; a crawler's are marked bot; no visit cookie leaves the session empty.
    const e2e = browser({ session: null, extra: { "x-store-traffic": "test" } });
    e2e.use();
    expect(await answerExitSurvey(idle, form({ reason: "delivery_too_slow", page: "checkout:delivery" }))).toMatchObject({ status: "done" });
    expect(await answersOf(e2e.visitorId)).toEqual([
      { kind: "exit", page: "checkout:delivery", reason: "delivery_too_slow", score: null, comment: null, sessionId: null, locale: "en", device: "desktop", traffic: "test" },
    ]);
    const crawler = browser({ userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
    crawler.use();
    expect(await answerExitSurvey(idle, form({ reason: "other", page: "checkout:payment", comment: "bot text" }))).toMatchObject({ status: "done" });
    expect((await answersOf(crawler.visitorId))[0]).toMatchObject({ page: "checkout:payment", traffic: "bot" });
    // A tampered visit cookie is no visit.
    const tampered = browser();
    tampered.use();
    state.cookies.sid = "not-a-visit'--";
    expect(await answerExitSurvey(idle, form({ reason: "account_required", page: "checkout:contact" }))).toMatchObject({ status: "done" });
    expect((await answersOf(tampered.visitorId))[0]).toMatchObject({ page: "checkout:contact", reason: "account_required", sessionId: null });
  });

  it("refuses a reason not on the list, an unknown page and a 50 kB comment with a clear message, keeping what was typed", async () => {
    const shopper = browser();
    shopper.use();
    const badReason = await answerExitSurvey(idle, form({ reason: "too_expensive'; drop table orders;--", page: "cart", comment: "hi" }));
    expect(badReason).toMatchObject({
      status: "error",
      message: "Please check your answer.",
      fields: { reason: "Choose what stopped you, or close this." },
      values: { reason: "too_expensive'; drop table orders;--", comment: "hi" },
    });
    const missing = await answerExitSurvey(idle, form({ page: "cart" }));
    expect(missing).toMatchObject({ status: "error", fields: { reason: "Choose what stopped you, or close this." } });

    const huge = "x".repeat(50_000);
    const tooLong = await answerExitSurvey(idle, form({ reason: "other", page: "cart", comment: huge }));
    expect(tooLong).toMatchObject({ status: "error", fields: { comment: "Keep it to 500 characters — this has 50,000." }, values: { reason: "other", comment: huge } });
    expect(tooLong.status === "error" && tooLong.fields.reason).toBeFalsy();
    // 501 Persian letters are refused, 500 kept: the limit counts characters as typed.
    expect(await answerExitSurvey(idle, form({ reason: "other", page: "cart", comment: "س".repeat(501) }))).toMatchObject({ status: "error", fields: { comment: expect.stringContaining("501") } });

    const forgedPage = await answerExitSurvey(idle, form({ reason: "other", page: "admin" }));
    expect(forgedPage).toMatchObject({ status: "error", message: expect.stringContaining("couldn't be saved"), fields: {} });
    expect(await answersOf(shopper.visitorId)).toEqual([]);
  });

  it("strips control characters from a comment and keeps the Persian joiners", async () => {
    const shopper = browser();
    shopper.use();
    const typed = "Too\u0000 slow\u0007\r\nمی\u200Cخواستم\u202E evil\u001B[31m";
    expect(await answerExitSurvey(idle, form({ reason: "delivery_too_slow", page: "checkout:address", comment: typed }))).toMatchObject({ status: "done" });
    const [saved] = await answersOf(shopper.visitorId);
    expect(saved!.comment).toBe("Too slow\nمی\u200Cخواستم evil[31m");
    // Nothing but control characters is no comment at all.
    const other = browser();
    other.use();
    expect(await answerExitSurvey(idle, form({ reason: "just_browsing", page: "cart", comment: "\u0000\u0001\u200E".slice(0, 2) }))).toMatchObject({ status: "done" });
    expect((await answersOf(other.visitorId))[0]!.comment).toBeNull();
  });

  it("refuses a flood from one browser, says when to retry and stores none of it", async () => {
    const script = browser();
    script.use();
    const results = [];
    for (let i = 0; i < surveyLimits.visitor.limit + 5; i++) results.push(await answerExitSurvey(idle, form({ reason: "other", page: "cart", comment: `spam ${i}` })));
    expect(results.filter((r) => r.status === "done")).toHaveLength(surveyLimits.visitor.limit);
    expect(results.at(-1)).toMatchObject({ status: "error", message: "Too many answers from this browser. Try again in 10 minutes.", values: { comment: `spam ${surveyLimits.visitor.limit + 4}` } });
    expect(await answersOf(script.visitorId)).toHaveLength(surveyLimits.visitor.limit);
    // In Ukrainian the wait is said in its plural form.
    const ukrainian = await answerExitSurvey(idle, form({ reason: "other", page: "cart", locale: "uk" }));
    expect(ukrainian).toMatchObject({ status: "error", message: "Забагато відповідей з цього браузера. Спробуйте знову через 10 хвилин." });

    // New cookies each time do not get round the per-address limit.
    const ip = someIp();
    let done = 0;
    let last: Awaited<ReturnType<typeof answerExitSurvey>> | null = null;
    for (let i = 0; i < surveyLimits.ip.limit + 3; i++) {
      state.cookies = { vid: visitorId() };
      state.headers = { "user-agent": desktop, "x-forwarded-for": ip };
      last = await answerExitSurvey(idle, form({ reason: "other", page: "cart" }));
      if (last.status === "done") done += 1;
    }
    expect(done).toBe(surveyLimits.ip.limit);
    expect(last).toMatchObject({ status: "error", message: expect.stringMatching(/^Too many answers from this browser\. Try again in \d+ minutes?\.$/) });
  });

  it("takes one effort answer per order, only from the order's viewer", async () => {
    const email = `effort.${Date.now()}@example.com`;
    const order = await placeOrder(email);
    const key = await orderAccessKey(order.number, email);
    const otherOrder = await placeOrder(`other.${Date.now()}@example.com`);
    const stranger = browser();
    stranger.use();
    const noAccess = "Only the person who placed this order can answer. Open the order from its confirmation email.";
    for (const attempt of [
      { number: String(order.number), key: "" },
      { number: String(order.number), key: "forged-key" },
      { number: String(order.number), key: await orderAccessKey(otherOrder.number, otherOrder.email) },
      { number: String(otherOrder.number), key },
      { number: "99999999", key },
      { number: "1; drop table orders", key },
    ]) {
      expect(await answerEffortSurvey(idle, form({ ...attempt, score: "2" })), JSON.stringify(attempt)).toMatchObject({ status: "error", message: noAccess });
    }

    const viewer = browser();
    viewer.use();
    expect(await answerEffortSurvey(idle, form({ number: String(order.number), key, score: "9", comment: "ok" }))).toMatchObject({
      status: "error",
      fields: { score: "Choose a number from 1 (very hard) to 7 (very easy)." },
      values: { score: "9", comment: "ok" },
    });
    expect(await answerEffortSurvey(idle, form({ number: String(order.number), key, score: "2.5" }))).toMatchObject({ status: "error", fields: { score: expect.any(String) } });
    expect(await answerEffortSurvey(idle, form({ number: String(order.number), key, score: "6", comment: "Postcode lookup\u0007 was great" }))).toEqual({
      status: "done",
      message: "Thank you for telling us.",
    });
    const second = await answerEffortSurvey(idle, form({ number: String(order.number), key, score: "1", comment: "changed my mind" }));
    expect(second).toEqual({ status: "already", message: "You already answered for this order — thank you. Your first answer stands; nothing was changed." });
    const rows = await queryRows<{ score: number; comment: string; page: string; sessionId: string }>(
      handle.db,
      sql`select score::int as score, comment, page, session_id as "sessionId" from survey_answers where kind = 'effort' and page = ${String(order.number)}`,
    );
    expect(rows).toEqual([{ score: 6, comment: "Postcode lookup was great", page: String(order.number), sessionId: viewer.session }]);
    expect(await answersOf(stranger.visitorId)).toEqual([]);
  });

  it("keeps one effort answer when two arrive at once", async () => {
    const email = `race.${Date.now()}@example.com`;
    const order = await placeOrder(email);
    const key = await orderAccessKey(order.number, email);
    browser().use();
    const answers = await Promise.all([1, 2, 3, 4].map((score) => answerEffortSurvey(idle, form({ number: String(order.number), key, score: String(score) }))));
    expect(answers.filter((a) => a.status === "done")).toHaveLength(1);
    expect(answers.filter((a) => a.status === "already")).toHaveLength(3);
    const [{ count }] = (await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from survey_answers where kind = 'effort' and page = ${String(order.number)}`)) as [{ count: number }];
    expect(count).toBe(1);
  });

  it("surveyResults counts a scripted set exactly, per page, traffic and period", async () => {
    await handle.db.delete(surveyAnswers);
    const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 2, day, 12, minute));
    const base = { visitorId: "00000000-0000-4000-f000-000000000001", sessionId: null, locale: "en", device: "desktop" as const };
    const exit = (page: string, reason: string, day: number, extra: Partial<typeof surveyAnswers.$inferInsert> = {}) => ({ ...base, kind: "exit" as const, page, reason, at: at(day), ...extra });
    const effort = (score: number, day: number, extra: Partial<typeof surveyAnswers.$inferInsert> = {}) => ({ ...base, kind: "effort" as const, page: `${1000 + score}`, score, at: at(day), ...extra });
    await handle.db.insert(surveyAnswers).values([
      exit("cart", "extra_costs", 2),
      exit("cart", "extra_costs", 3),
      exit("cart", "just_browsing", 4, { comment: "Only looking" }),
      exit("checkout:delivery", "delivery_too_slow", 5),
      exit("checkout:payment", "card_declined", 5, { comment: "Bank said no" }),
      exit("checkout:payment", "other", 6, { comment: "Wanted PayPal" }),
      exit("cart", "extra_costs", 6, { traffic: "bot" }),
      exit("cart", "site_errors", 7, { traffic: "synthetic" }),
      exit("cart", "extra_costs", 20), // outside the period
      effort(7, 2),
      effort(6, 3, { comment: "Smooth" }),
      effort(6, 4),
      effort(2, 5, { comment: "Address form fought me" }),
      effort(1, 6, { traffic: "test" }),
      effort(5, 25), // outside the period
    ]);
    // 25 commented answers on the cart: only the latest 20 are listed.
    await handle.db.insert(surveyAnswers).values(Array.from({ length: 25 }, (_, i) => exit("cart", "other", 8, { comment: `note ${i}`, at: at(8, i) })));

    const period = { from: at(1), to: at(15) };
    const people = await surveyResults(handle.db, period);
    expect(people.exit.total).toBe(6 + 25);
    expect(people.exit.pages.map((page) => [page.page, page.total])).toEqual([
      ["cart", 28],
      ["checkout:delivery", 1],
      ["checkout:payment", 2],
    ]);
    const cart = people.exit.pages[0]!;
    expect(cart.reasons).toMatchObject({ extra_costs: 2, just_browsing: 1, other: 25, site_errors: 0, card_declined: 0 });
    expect(Object.values(cart.reasons).reduce((a, b) => a + b, 0)).toBe(28);
    expect(cart.comments).toHaveLength(20);
    expect(cart.comments[0]).toMatchObject({ comment: "note 24", reason: "other" });
    expect(cart.comments.at(-1)).toMatchObject({ comment: "note 5" });
    expect(people.exit.pages[2]!.comments.map((c) => c.comment)).toEqual(["Wanted PayPal", "Bank said no"]);
    expect(people.effort).toMatchObject({ count: 4, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0, 6: 2, 7: 1 } });
    expect(people.effort.average).toBeCloseTo(21 / 4, 10);
    expect(people.effort.comments.map((c) => [c.comment, c.score])).toEqual([
      ["Address form fought me", 2],
      ["Smooth", 6],
    ]);

    const everyone = await surveyResults(handle.db, { ...period, traffic: ["human", "bot", "test", "synthetic"] });
    expect(everyone.exit.pages[0]!.reasons).toMatchObject({ extra_costs: 3, site_errors: 1 });
    expect(everyone.effort).toMatchObject({ count: 5, distribution: { 1: 1 } });
    expect(everyone.effort.average).toBeCloseTo(22 / 5, 10);

    const empty = await surveyResults(handle.db, { from: at(26), to: at(28) });
    expect(empty).toMatchObject({ exit: { total: 0, pages: [] }, effort: { count: 0, average: null } });
  });
});
