import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { addToCart, applyCoupon, chooseShippingMethod, undoRemoval, updateCartLine } from "@/lib/cart/actions";
import { claimCart, createHandoffLink, emailCart } from "@/lib/cart/handoff-actions";
import { moveToCart, removeSavedItem, saveForLater, toggleWishlistItem } from "@/lib/cart/saved-actions";
import { recordExposure } from "@/lib/experiments/exposure-action";
import { setDeliveryDestination } from "@/lib/pricing/actions";
import { recordExitIntent } from "@/lib/recovery/exit-intent-actions";
import { remindByPush, stopPushReminders } from "@/lib/recovery/push-actions";
import { signingKey } from "@/lib/security/secret";
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

/** The cart's boundaries: adding, changing and removing lines, coupons, the delivery method and destination, saved items, hand-offs. */
describe("cart actions fed hostile input", () => {
  let handle: DatabaseHandle;
  let variant: VariantLookup;
  let key: Buffer;
  let shopper: Shopper;
  let ids: string[];
  beforeAll(async () => {
    ({ handle, variant } = await openFuzzShop());
    key = await signingKey();
    shopper = await shopperWithCart(handle, variant);
    ids = (await Promise.all([variant("stoneware-mug", { color: "navy" }), variant("oxford-button-down", { size: "M", color: "white" }), variant("brass-bolt-action-pen", {})])).map(String);
  });
  afterAll(async () => handle?.close());

  /** A fresh shopper for the next input once an accepted change altered this one's cart. */
  const baseline = async () => {
    const state = await savedState(handle, shopper);
    return {
      state,
      async keptOrRenewed(changed: boolean) {
        if (changed) shopper = await shopperWithCart(handle, variant);
        else expect(await savedState(handle, shopper)).toEqual(state);
      },
    };
  };
  const anyId = () => fc.oneof(fc.constantFrom(...ids), fc.integer({ min: -5, max: 3_000_000_000 }).map(String), fc.constantFrom("1e3", "0x10", " 7 ", "7.0", "2147483648"));
  const jar = () => fc.constant(null).chain(() => hostileCookies(shopper, key));

  it("add to cart: a line is added, or a refusal says why, and the cart is otherwise untouched", async () => {
    const lineErrors = await messagesOf(["cart.errorInput", "cart.errorUnknown", "cart.errorSoldOut", "cart.errorOnlyLeft", "cart.errorLimit", "cart.lowStock"]);
    const form = hostileForm({ variantId: anyId(), quantity: fc.constantFrom("1", "2", "99", "100", "0") });
    await fuzz("cart.addToCart", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, () => addToCart({ status: "idle" }, data));
      expect(answer).toBeDefined();
      if (answer!.status === "error") expect(lineErrors(answer!.message), answer!.message).toBe(true);
      else expect(answer!.status).toBe("done");
      await before.keptOrRenewed(answer!.status === "done");
    });
  }, fuzzTimeout());

  it("quantity change and remove: only a quantity of 0 removes a line; a refusal changes nothing but a capped quantity", async () => {
    const lineErrors = await messagesOf(["cart.errorInput", "cart.errorUnknown", "cart.errorSoldOut", "cart.errorOnlyLeft"]);
    const capped = await messagesOf(["cart.errorLimit", "cart.lowStock"]);
    const form = hostileForm({ variantId: anyId(), quantity: fc.constantFrom("0", "1", "3", "99", "", " ", "-0", "0.0", "0x0", "00") });
    await fuzz("cart.updateCartLine", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, () => updateCartLine({ status: "idle" }, data));
      const after = await savedState(handle, shopper);
      const removed = before.state.lines.filter((line) => !after.lines.some((kept) => kept.variantId === line.variantId));
      // A line goes only when the form said 0 in digits: an empty, signed or fractional quantity is a mistake, not a removal.
      if (removed.length) expect(String(data.get("quantity")).trim(), "removed by").toMatch(/^0+$/);
      if (answer!.status === "error") {
        expect(lineErrors(answer!.message) || capped(answer!.message), answer!.message).toBe(true);
        if (!capped(answer!.message)) expect(after).toEqual(before.state);
      }
      await before.keptOrRenewed(answer!.status === "done" || capped(answer!.status === "error" ? answer!.message : null));
    });
  }, fuzzTimeout());

  it("coupon: a refused code is named with its reason (or the try limit) and the cart keeps the code it had", async () => {
    const couponErrors = await messagesOf([
      "cart.couponInvalidFormat",
      "cart.couponNotFound",
      "cart.couponExpired",
      "cart.couponNotStarted",
      "cart.couponUsageLimit",
      "cart.couponFirstOrder",
      "cart.couponMinSubtotal",
      "cart.couponTooMany",
    ]);
    const tooManyTries = await messagesOf(["cart.couponTooMany"]);
    const form = hostileForm({ code: fc.constantFrom("WELCOME10", "welcome10", " SAVE15 ", "BACK-XYZ", "A"), intent: fc.constantFrom("apply", "remove", "REMOVE") });
    await fuzz("cart.applyCoupon", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, () => applyCoupon({ status: "idle" }, data));
      if (answer!.status === "error") expect(couponErrors(answer!.message), answer!.message).toBe(true);
      await before.keptOrRenewed(answer!.status !== "error");
      // Past the try limit every code is refused alike: a new shopper keeps the codes reaching the checks.
      if (answer!.status === "error" && tooManyTries(answer!.message)) shopper = await shopperWithCart(handle, variant);
    });
  }, fuzzTimeout());

  it("delivery method: an unknown method is ignored and nothing else changes", async () => {
    const methods = (await queryRows<{ id: string }>(handle.db, sql`select id from shipping_methods`)).map((method) => method.id);
    const form = hostileForm({ shippingMethodId: fc.constantFrom("us-standard", "us-express", "eu-standard", "") });
    await fuzz("cart.chooseShippingMethod", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await baseline();
      await submit(cookies, headers, () => chooseShippingMethod(data));
      const after = await savedState(handle, shopper);
      if (after.cart?.shippingMethodId !== before.state.cart?.shippingMethodId) expect(methods).toContain(after.cart?.shippingMethodId);
      expect({ ...after, cart: { ...after.cart, shippingMethodId: null } }).toEqual({ ...before.state, cart: { ...before.state.cart, shippingMethodId: null } });
      await before.keptOrRenewed(after.cart?.shippingMethodId !== before.state.cart?.shippingMethodId);
    });
  }, fuzzTimeout());

  it("undo a removal: a forged undo cookie never throws and takes nothing out of the cart", async () => {
    const undo = fc.oneof(hostileString, fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.constantFrom("9999999999", "2147483648", "0", "4294967296")), fc.integer({ min: 0, max: 99 })).map(([id, n]) => `${id}:${n}`));
    await fuzz("cart.undoRemoval", fc.tuple(jar(), hostileHeaders, undo, hostileForm({})), async ([cookies, headers, cookie, data]) => {
      const before = await baseline();
      await submit(new Map([...cookies, ["cart_undo", cookie]]), headers, () => undoRemoval(data));
      const after = await savedState(handle, shopper);
      // Putting a line back only adds: nothing saved goes.
      for (const line of before.state.lines) expect(after.lines.find((kept) => kept.variantId === line.variantId)?.quantity ?? 0).toBeGreaterThanOrEqual(line.quantity);
      await before.keptOrRenewed(JSON.stringify(after) !== JSON.stringify(before.state));
    });
  }, fuzzTimeout());

  it("save for later, move to cart, remove saved, wishlist: a bad id is refused by name and the cart is untouched", async () => {
    const itemErrors = await messagesOf(["cart.errorInput", "cart.errorUnknown", "cart.errorSoldOut", "cart.errorOnlyLeft", "cart.errorLimit"]);
    const actions = { saveForLater, moveToCart, removeSavedItem, toggleWishlistItem } as const;
    const form = hostileForm({ variantId: anyId(), productId: anyId() });
    await fuzz("cart.savedItems", fc.tuple(jar(), hostileHeaders, form, fc.constantFrom(...(Object.keys(actions) as (keyof typeof actions)[]))), async ([cookies, headers, data, name]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, () => actions[name]({ status: "idle" }, data));
      if (answer!.status === "error") expect(itemErrors(answer!.message), `${name}: ${answer!.message}`).toBe(true);
      // Saving a line for later takes it out of the cart, moving one back puts it in: accepted changes.
      await before.keptOrRenewed(answer!.status === "done" && (name === "saveForLater" || name === "moveToCart"));
    });
  }, fuzzTimeout());

  it("deliver to: a bad country or postal code is named at its field and the cart keeps its destination", async () => {
    const form = hostileForm({ country: fc.constantFrom("US", "DE", "UA", "us", "ZZ", "XX", "T1"), postalCode: fc.constantFrom("97201", "10115", "", "ABC", "01001") });
    await fuzz("cart.setDeliveryDestination", fc.tuple(jar(), hostileHeaders, form), async ([cookies, headers, data]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, () => setDeliveryDestination({ status: "idle" }, data));
      if (answer!.status === "invalid") expect(Object.keys(answer!.errors).length).toBeGreaterThan(0);
      else expect(answer!.status).toBe("saved");
      await before.keptOrRenewed(answer!.status === "saved");
    });
  }, fuzzTimeout());

  it("hand-off: a forged, reused or malformed link is refused by its reason; a bad email is named; the cart stays", async () => {
    const refusals = await messagesOf([
      "handoff.refused.invalid",
      "handoff.refused.expired",
      "handoff.refused.used",
      "handoff.refused.closed",
      "handoff.refused.ordered",
      "handoff.refused.account",
      "handoff.emailInvalid",
      "handoff.emailTooMany",
      "handoff.emptyCart",
      "handoff.signedIn",
    ]);
    const token = fc.oneof(hostileString, fc.base64String({ minLength: 43, maxLength: 44 }).map((s) => s.replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "").padEnd(43, "A").slice(0, 43)));
    const call = fc.oneof(
      fc.tuple(fc.constant("claimCart" as const), fc.tuple(hostileField(token)).map(([value]) => toFormData([["token", value], ["locale", "en"]]))),
      fc.tuple(fc.constant("emailCart" as const), hostileForm({ email: fc.constantFrom("ada@example.com", "a@b", "ada@example.com\r\nBcc: x@y.z") })),
      fc.tuple(fc.constant("createHandoffLink" as const), hostileForm({})),
    );
    await fuzz("cart.handoff", fc.tuple(jar(), hostileHeaders, call), async ([cookies, headers, [name, data]]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, (): Promise<{ status: string; message?: string }> =>
        name === "claimCart" ? claimCart({ status: "idle" }, data) : name === "emailCart" ? emailCart({ status: "idle" }, data) : createHandoffLink({ status: "idle" }, data),
      );
      if (answer!.status === "error") expect(refusals(answer!.message), `${name}: ${answer!.message}`).toBe(true);
      expect(answer!.status === "claimed", "a made-up link never claims a cart").toBe(false);
      await before.keptOrRenewed(false);
    });
  }, fuzzTimeout());

  it("push reminders, exit-intent events, experiment exposures: any argument is answered and the cart is untouched", async () => {
    const subscription = hostileArgument({
      endpoint: fc.constantFrom("https://fcm.googleapis.com/fcm/send/abc", "http://fcm.googleapis.com/x", "https://evil.example/push", "javascript:alert(1)"),
      keys: hostileArgument({ p256dh: fc.constant(`BA${"A".repeat(85)}`), auth: fc.constant("A".repeat(22)) }),
      expirationTime: fc.constantFrom(null, 0, -1),
    });
    const call = fc.oneof(
      fc.tuple(fc.constant("remindByPush" as const), hostileArgument({ locale: fc.constantFrom("en", "uk"), timeZone: fc.constantFrom("Europe/Kyiv", null, "Not/AZone"), subscription, asked: fc.boolean() })),
      fc.tuple(fc.constant("stopPushReminders" as const), hostileArgument({ endpoint: fc.constantFrom("https://fcm.googleapis.com/fcm/send/abc", "not a url") })),
      fc.tuple(
        fc.constant("recordExitIntent" as const),
        hostileArgument({
          locale: fc.constantFrom("en", "fa"),
          path: fc.constantFrom("/en/cart", "cart", "/en/\u0000cart", "/\ud800"),
          event: hostileArgument({ name: fc.constantFrom("exit_intent_shown", "exit_intent_dismissed", "order_placed"), props: hostileArgument({ page: fc.constantFrom("cart", "checkout"), trigger: fc.constantFrom("pointer", "idle"), incentive: fc.boolean(), how: fc.constantFrom("close", "escape") }) }),
        }),
      ),
      fc.tuple(fc.constant("recordExposure" as const), fc.oneof(hostileJsonString, hostileValue, fc.constantFrom("place_order_button", "__proto__"))),
    );
    await fuzz("cart.pushExitIntentExposure", fc.tuple(jar(), hostileHeaders, call), async ([cookies, headers, [name, input]]) => {
      const before = await baseline();
      const { answer } = await submit(cookies, headers, (): Promise<unknown> =>
        name === "remindByPush" ? remindByPush(input as never) : name === "stopPushReminders" ? stopPushReminders(input as never) : name === "recordExitIntent" ? recordExitIntent(input as never) : recordExposure(input),
      );
      const pushAnswer = answer as { status: string; reason?: string };
      if (name === "remindByPush") expect(["on", "error"]).toContain(pushAnswer.status);
      if (name === "remindByPush" && pushAnswer.status === "error") expect(["invalid", "no_cart"]).toContain(pushAnswer.reason);
      if (name === "stopPushReminders") expect(typeof answer).toBe("boolean");
      await before.keptOrRenewed(false);
    });
  }, fuzzTimeout());
});
