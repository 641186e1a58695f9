import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { lookupCity, saveCheckout, submitOrder } from "@/lib/checkout/actions";
import { draftFields } from "@/lib/checkout/drafts";
import { lookUpOrder } from "@/lib/checkout/lookup-action";
import { orderAccessKey } from "@/lib/checkout/order-access";
import { signingKey } from "@/lib/security/secret";
import { signValue } from "@/lib/security/signing";
import { answerEffortSurvey, answerExitSurvey } from "@/lib/surveys/actions";
import type { VariantLookup } from "../support/catalog";
import { hostileArgument, hostileField, hostileForm, hostileJsonString, hostileString, hostileValue, toFormData } from "./hostile";
import { messagesOf } from "./messages";
import { fuzz, fuzzTimeout } from "./runs";
import { hostileCookies, hostileHeaders, openFuzzShop, savedState, shopperWithCart, submit, type Shopper } from "./shop";

vi.mock("@/db", async () => (await import("./request")).appDatabase);
vi.mock("next/headers", async () => (await import("./request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (await import("./request")).after }));
vi.mock("next/cache", async () => (await import("./request")).nextCache);
vi.mock("next/navigation", async () => (await import("./request")).nextNavigation);
vi.mock("next-intl/server", async () => (await import("./request")).nextIntlServer);

/** Values a real checkout form sends, mixed in so the hostile ones sit beside fields that pass. */
const good = {
  email: fc.constantFrom("ada@example.com", "ADA@EXAMPLE.COM", "a@b"),
  fullName: fc.constantFrom("Ada Lovelace", "أحمد علي", "Олена Коваль"),
  line1: fc.constantFrom("1 Main Street", "Hauptstraße 5"),
  line2: fc.constantFrom("", "Apt 2"),
  postalCode: fc.constantFrom("97201", "10115", "01001", "SW1A 1AA"),
  city: fc.constantFrom("Portland", "Berlin", "Київ"),
  region: fc.constantFrom("OR", "CA", ""),
  country: fc.constantFrom("US", "DE", "UA", "GB", "AE", "ZZ"),
  phone: fc.constantFrom("+1 503 555 0142", ""),
  company: fc.constantFrom("", "Acme"),
  billingSame: fc.constantFrom("yes", "no"),
  paymentMethod: fc.constantFrom("card", "cash_on_delivery", "bank_transfer", "bitcoin"),
  savedCardId: fc.constantFrom("", "00000000-0000-4000-8000-000000000000"),
  cardNumber: fc.constantFrom("4242 4242 4242 4242", "4000000000000002", "4242424242424241"),
  cardExpiry: fc.constantFrom("12/34", "13/99", "01/20"),
  cardCvc: fc.constantFrom("123", "12"),
  expectedTotal: fc.constantFrom("0", "-1", "NaN", "99999999999999999999"),
  expectedCurrency: fc.constantFrom("USD", "EUR", "usd", "XXX"),
  shippingMethodId: fc.constantFrom("us-standard", "nope"),
  saveCard: fc.constantFrom("yes", "no"),
};
const billing = Object.fromEntries(["fullName", "line1", "line2", "postalCode", "city", "region", "country", "phone", "company"].map((field) => [`billing${field[0]!.toUpperCase()}${field.slice(1)}`, good[field as keyof typeof good]]));

/** Checkout's boundaries: placing the order, the draft saved as the shopper types, the postal lookup, finding an order. */
describe("checkout actions fed hostile input", () => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let key: Buffer;
  let shopper: Shopper;
  beforeAll(async () => {
    ({ handle, variant } = await openFuzzShop());
    key = await signingKey();
    shopper = await shopperWithCart(handle, variant);
  });
  afterAll(async () => handle?.close());
  const jar = () => fc.constant(null).chain(() => hostileCookies(shopper, key));

  it("place order: every bad field is named; a refusal is specific; the cart and the draft are as they were", async () => {
    const fieldMessages = await messagesOf(
      ["required", "email", "tooLong", "characters", "country", "choice", "postalCode", "postalCodePlain", "regionMismatch", "cardNumber", "expiry", "expiredCard", "cvc"].map((k) => `checkout.errors.${k}`),
    );
    // Everything but "Something went wrong on our side": hostile input is never our failure.
    const refusals = await messagesOf(
      ["declined", "insufficientFunds", "lostCard", "processing", "totalChanged", "couponUsedUp", "outOfStock", "emptyCart", "noShipping", "savedCardRefused", "tooManyAttempts", "tooManyDeclines", "cardNumber", "expiry", "expiredCard", "cvc"].map((k) => `checkout.errors.${k}`),
    );
    const { email, fullName, line1, line2, postalCode, city, region, country, phone, company, paymentMethod, ...payment } = good;
    // Two forms in three carry a deliverable address, so the hostile payment fields reach the order itself.
    const deliverable = { email: "ada@example.com", fullName: "Ada Lovelace", line1: "1 Main Street", postalCode: "97201", city: "Portland", region: "OR", country: "US" };
    const form = fc.oneof(
      hostileForm({ email, fullName, line1, line2, postalCode, city, region, country, phone, company, paymentMethod, ...payment, ...billing }),
      hostileForm({ paymentMethod, ...payment }, deliverable),
      fc.constantFrom("card", "cash_on_delivery", "bank_transfer").chain((method) => hostileForm(payment, { ...deliverable, paymentMethod: method })),
    );
    await fuzz("checkout.submitOrder", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await savedState(handle, shopper);
      const outcome = await submit(cookies, headers, () => submitOrder({ status: "idle" }, data));
      if (outcome.navigation) {
        // Every field happened to be valid: an order was placed and its status page opened.
        expect(outcome.navigation.target).toMatch(/^\/(en|fa|ar|uk)\/orders\/\d+\?key=/);
        shopper = await shopperWithCart(handle, variant);
        return;
      }
      const answer = outcome.answer;
      if (answer.status === "invalid") {
        expect(Object.keys(answer.errors).length).toBeGreaterThan(0);
        for (const [field, message] of Object.entries(answer.errors)) expect(fieldMessages(message), `${field}: ${message}`).toBe(true);
      } else if (answer.status === "failed") expect(refusals(answer.message), answer.message).toBe(true);
      else expect(answer.status, "a hostile form never reaches a payment to confirm").toBe("invalid");
      expect(await savedState(handle, shopper)).toEqual(before);
    });
  }, fuzzTimeout());

  it("save the draft: any argument is answered, only known fields are kept as text, and a malformed save loses nothing", async () => {
    const values = fc.oneof(
      hostileArgument(Object.fromEntries(draftFields.map((field) => [field, hostileJsonString]))),
      hostileValue,
    );
    const argument = fc.oneof(
      { weight: 5, arbitrary: hostileArgument({ values: fc.constant(null).chain(() => values), completed: fc.constantFrom(["contact"], ["contact", "address", "delivery", "payment"], ["nope"]), refresh: fc.boolean(), locale: fc.constantFrom("en", "ar"), timeZone: fc.constantFrom("Europe/Berlin", "Mars/Olympus") }) },
      { weight: 1, arbitrary: hostileValue },
    );
    await fuzz("checkout.saveCheckout", fc.tuple(jar(), hostileHeaders, argument), async ([cookies, headers, input]) => {
      const before = await savedState(handle, shopper);
      const { answer } = await submit(cookies, headers, () => saveCheckout(input as never));
      expect(answer).toEqual({ saved: expect.any(Boolean) });
      const after = await savedState(handle, shopper);
      expect(after.lines).toEqual(before.lines);
      expect(after.cart).toEqual(before.cart);
      const typed = (input as { values?: unknown } | null)?.values;
      const isForm = typeof typed === "object" && typed !== null && !Array.isArray(typed);
      // Values that are not a form's fields at all (null, a number, a list) are no reason to forget what was typed.
      if (!answer!.saved || !isForm) expect(after.checkout).toEqual(before.checkout);
      else
        for (const [field, value] of Object.entries((after.checkout?.draft ?? {}) as Record<string, unknown>)) {
          expect(draftFields as readonly string[]).toContain(field);
          expect(typeof value).toBe("string");
        }
    });
  }, fuzzTimeout());

  it("postal lookup: any argument gives a place or nothing", async () => {
    const argument = hostileArgument({ country: fc.constantFrom("US", "DE", "UA", "us"), postalCode: fc.constantFrom("97201", "10115", "01001", "00000"), locale: fc.constantFrom("en", "uk") });
    await fuzz("checkout.lookupCity", fc.tuple(hostileHeaders, argument), async ([headers, input]) => {
      const { answer } = await submit(new Map(), headers, () => lookupCity(input as never));
      if (answer === null) return;
      expect(Object.keys(answer!).sort()).toEqual(["city", "region"]);
      for (const value of Object.values(answer!)) expect(value === null || typeof value === "string").toBe(true);
    });
  }, fuzzTimeout());

  it("order lookup: a bad number or email is named, an unknown order is not found, never a page", async () => {
    const messages = await messagesOf(["order.lookupNumberInvalid", "order.lookupNotFound", "order.lookupTooMany"]);
    const form = hostileForm({ number: fc.constantFrom("100001", "١٠٠٠٠١", "123", "999999999"), email: fc.constantFrom("ada@example.com", "a@b") });
    await fuzz("checkout.lookUpOrder", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const outcome = await submit(cookies, headers, () => lookUpOrder({ status: "idle" }, data));
      expect(outcome.navigation, "no order was placed, so none is found").toBeUndefined();
      expect(outcome.answer!.status).toBe("error");
      expect(messages(outcome.answer!.status === "error" ? outcome.answer!.message : null)).toBe(true);
    });
  }, fuzzTimeout());

  it("surveys: a bad reason, score or comment is named; a forged order link is refused; an answer given stands", async () => {
    const messages = await messagesOf(
      ["errors.checkFields", "errors.chooseReason", "errors.chooseScore", "errors.commentTooLong", "errors.notSaved", "errors.tooMany", "effort.already", "effort.noAccess", "exit.thanks", "effort.thanks"].map((k) => `surveys.${k}`),
    );
    const [order] = await queryRows<{ number: number; email: string }>(
      handle.db,
      sql`insert into orders (idempotency_key, visitor_id, email, locale, status, payment_method, currency, subtotal, discount, shipping, tax, tax_included, total, shipping_method_id, delivery_window, shipping_address)
          values (${randomUUID()}, ${randomUUID()}, 'grace@example.com', 'en', 'paid', 'card', 'USD', 5000, 0, 0, 0, false, 5000, 'us-standard', '{"from":"2026-12-01","to":"2026-12-03"}'::jsonb,
                  '{"fullName":"Grace Hopper","line1":"1 Main Street","line2":null,"city":"Portland","region":"OR","postalCode":"97201","country":"US"}'::jsonb)
          returning number, email`,
    );
    const realKey = await orderAccessKey(order!.number, order!.email);
    // The order's answer, given before the hostile ones arrive.
    const first = await submit(new Map([["vid", randomUUID()]]), { "x-forwarded-for": "198.51.100.7" }, () =>
      answerEffortSurvey({ status: "idle" }, toFormData([["number", String(order!.number)], ["key", realKey], ["score", "6"], ["comment", "Quick."], ["locale", "en"]])),
    );
    expect(first.answer!.status).toBe("done");
    const answers = () => queryRows(handle.db, sql`select kind, page, reason, score, comment from survey_answers where kind = 'effort' order by id`);
    const given = await answers();
    const keys = fc.oneof(fc.constant(realKey), hostileString, fc.constant(signValue(`${order!.number}:${order!.email}`, "cart", key).split(".").at(-1)!));
    const call = fc.oneof(
      fc.tuple(fc.constant("exit" as const), hostileForm({ reason: fc.constantFrom("extra_costs", "other", "__proto__"), page: fc.constantFrom("cart", "checkout:payment", "admin"), comment: fc.constantFrom("", "too slow", "x".repeat(501)) })),
      fc.tuple(
        fc.constant("effort" as const),
        fc.tuple(hostileField(fc.constant(String(order!.number))), hostileField(keys), hostileField(fc.constantFrom("1", "7", "0", "8", "4.5")), hostileField(fc.constantFrom("", "ok"))).map(([number, givenKey, score, comment]) =>
          toFormData([["number", number], ["key", givenKey], ["score", score], ["comment", comment], ["locale", "en"]]),
        ),
      ),
    );
    await fuzz("checkout.surveys", fc.tuple(jar(), hostileHeaders, call), async ([cookies, headers, [kind, data]]) => {
      const { answer } = await submit(cookies, headers, () => (kind === "exit" ? answerExitSurvey({ status: "idle" }, data) : answerEffortSurvey({ status: "idle" }, data)));
      expect(answer!.status === "idle" ? null : messages(answer!.message), JSON.stringify(answer)).toBe(true);
      if (answer!.status === "error") for (const message of Object.values(answer!.fields)) expect(messages(message), message).toBe(true);
      expect(await answers(), "the order's first answer stands").toEqual(given);
    });
  }, fuzzTimeout());
});
