import { describe, expect, it } from "vitest";
import { adConsentFrom, ecommerceEvent, retargetingAllowed } from "./data-layer";

describe("consent-gated retargeting events (E7)", () => {
  it("fire only with consent given and no Global Privacy Control", () => {
    expect(retargetingAllowed({ cookie: "", globalPrivacyControl: false })).toBe(false);
    expect(retargetingAllowed({ cookie: "ad_consent=denied", globalPrivacyControl: false })).toBe(false);
    expect(retargetingAllowed({ cookie: "visitor=abc; ad_consent=granted", globalPrivacyControl: false })).toBe(true);
    expect(retargetingAllowed({ cookie: "ad_consent=granted", globalPrivacyControl: true })).toBe(false);
    expect(retargetingAllowed({ cookie: "ad_consent=yes", globalPrivacyControl: false })).toBe(false);
    expect(retargetingAllowed({ cookie: "not_ad_consent=granted", globalPrivacyControl: false })).toBe(false);
  });

  it("reads the stored choice, ignoring anything else", () => {
    expect(adConsentFrom("a=1; ad_consent=denied")).toBe("denied");
    expect(adConsentFrom("ad_consent=")).toBeNull();
  });

  it("speak GA4's ecommerce shape in major units, whatever the currency's decimals", () => {
    expect(ecommerceEvent({ name: "add_to_cart", currency: "USD", items: [{ id: "12", name: "Tote", price: 4_950, quantity: 2 }] })).toEqual({
      event: "add_to_cart",
      ecommerce: { currency: "USD", value: 99, items: [{ item_id: "12", item_name: "Tote", price: 49.5, quantity: 2 }] },
    });
    expect(ecommerceEvent({ name: "view_item", currency: "KWD", items: [{ id: "3", name: "Mug", price: 12_345, quantity: 1 }] }).ecommerce.value).toBe(12.345);
    expect(ecommerceEvent({ name: "begin_checkout", currency: "JPY", items: [] }).ecommerce).toEqual({ currency: "JPY", value: 0, items: [] });
  });
});
