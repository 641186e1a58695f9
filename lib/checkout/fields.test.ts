import { describe, expect, it } from "vitest";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { portlandInput } from "@/tests/support/addresses";
import { addressFieldName, addressFrom, addressLines, checkAddress, checkAddressField, checkEmail, cleanAddress, emptyAddress, parseAddressFieldName, postalCodeExample } from "./fields";

const countries = ["US", "DE", "UA", "IR", "SA", "AE", "QA", "BH", "GB", "NL", "CA"];
const rules = { countries, askPhone: false, askCompany: false, formats: countryAddressFormats(countries, "en") };
const address = portlandInput;

describe("checkout fields", () => {
  it("checks emails", () => {
    expect(checkEmail("ada@example.com")).toBeNull();
    expect(checkEmail("")).toEqual({ code: "required" });
    expect(checkEmail("not-an-email")).toEqual({ code: "email" });
    expect(checkEmail(`${"a".repeat(250)}@example.com`)).toEqual({ code: "too_long", max: 254 });
  });

  it("accepts a shippable address and names every problem of a bad one", () => {
    expect(checkAddress(address(), rules)).toEqual({});
    expect(checkAddress({ ...emptyAddress, country: "DE" }, rules)).toEqual({
      fullName: { code: "required" },
      line1: { code: "required" },
      postalCode: { code: "required" },
      city: { code: "required" },
    });
    // A country the store does not ship to is refused as such; its other fields are asked for loosely.
    expect(checkAddress({ ...emptyAddress, country: "JP" }, rules)).toMatchObject({ country: { code: "country" } });
  });

  it("takes names in any script but no markup, emoji or 5 kB of text", () => {
    for (const fullName of ["مریم میرزاخانی", "Олена Коваленко", "محمد بن سلمان", "Zoë O’Brien-Smith", "José María", "خیابان ولیعصر، پلاک ۱۲", "می‌خواهم"]) {
      expect(checkAddressField("fullName", address({ fullName }), rules), fullName).toBeNull();
    }
    expect(checkAddressField("fullName", address({ fullName: "<script>alert(1)</script>" }), rules)).toEqual({ code: "characters" });
    expect(checkAddressField("fullName", address({ fullName: "Ada 🚀" }), rules)).toEqual({ code: "characters" });
    expect(checkAddressField("fullName", address({ fullName: "x".repeat(5000) }), rules)).toEqual({ code: "too_long", max: 100 });
  });

  it("checks the postal code against the chosen country, reading Persian digits", () => {
    expect(checkAddressField("postalCode", address({ country: "DE", postalCode: "97201-12" }), rules)).toEqual({ code: "postal_code", country: "DE" });
    expect(checkAddressField("postalCode", address({ country: "GB", postalCode: "sw1a 1aa" }), rules)).toBeNull();
    expect(checkAddressField("postalCode", address({ country: "IR", postalCode: "۱۲۳۴۵۶۷۸۹۰" }), rules)).toBeNull();
    expect(postalCodeExample("DE")).toBe("10115");
  });

  it("asks for phone and company only when the merchant turns them on", () => {
    expect(checkAddressField("phone", address({ phone: "not a phone" }), rules)).toBeNull();
    expect(checkAddressField("phone", address({ phone: "not a phone" }), { ...rules, askPhone: true })).toEqual({ code: "characters" });
    expect(checkAddressField("phone", address({ phone: "+1 (503) 555-0142" }), { ...rules, askPhone: true })).toBeNull();
  });

  it("stores a trimmed address with the postal code normalized", () => {
    expect(cleanAddress(address({ fullName: "  Ada  ", postalCode: " sw1a 1aa ", country: "GB", line2: " " }))).toMatchObject({
      fullName: "Ada",
      postalCode: "SW1A 1AA",
      line2: null,
    });
  });

  it("names billing fields after delivery ones and reads them back", () => {
    expect(addressFieldName("", "postalCode")).toBe("postalCode");
    expect(addressFieldName("billing", "postalCode")).toBe("billingPostalCode");
    expect(parseAddressFieldName("billingLine1")).toEqual({ prefix: "billing", field: "line1" });
    expect(parseAddressFieldName("city")).toEqual({ prefix: "", field: "city" });
    expect(parseAddressFieldName("email")).toBeNull();
    expect(addressFrom((name) => (name === "billingCity" ? "Kyiv" : ""), "billing").city).toBe("Kyiv");
  });

  it("writes an address as label lines in the country's layout, leaving blanks out", () => {
    const names = (code: string) => ({ US: "United States" })[code] ?? code;
    expect(addressLines(address(), names)).toEqual(["Ada Lovelace", "1 Main Street", "Portland, OR 97201", "United States"]);
    expect(addressLines({ ...address(), line2: "Apt 4", region: "" }, names)).toEqual(["Ada Lovelace", "1 Main Street", "Apt 4", "Portland 97201", "United States"]);
  });
});
