import { describe, expect, it } from "vitest";
import { addressOnOneLine, listSeparator } from "@/lib/address/address-format";
import { countryAddressFormat, countryAddressFormats } from "@/lib/address/country-formats";
import { addressLines, checkAddress, checkAddressField, cleanAddress, emptyAddress, formatOf, type AddressInput } from "./fields";

/** Address rules per country (issue 13): fields, what is required, postal patterns, the ZIP↔state check, printing. */
const countries = ["US", "DE", "UA", "IR", "SA", "AE", "QA", "BH", "GB", "NL", "CA"];
const rules = { countries, askPhone: false, askCompany: false, formats: countryAddressFormats(countries, "en") };
const at = (country: string, overrides: Partial<AddressInput> = {}): AddressInput => ({ ...emptyAddress, fullName: "Ada Lovelace", line1: "1 Main Street", country, ...overrides });
const names = (code: string) => new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
const postal = (country: string, postalCode: string) => checkAddressField("postalCode", at(country, { postalCode }), rules);

describe("which fields a country has", () => {
  it("US: ZIP code (numeric, required), city, and a required State chosen from a list, in the data's words", () => {
    const us = formatOf(rules, "US");
    expect(us.order).toEqual(["postalCode", "city", "region"]);
    expect(us.postalCode).toEqual({ required: true, label: "zip", numeric: true });
    expect(us.region?.label).toBe("state");
    expect(us.region?.required).toBe(true);
    expect(us.region?.options?.find((o) => o.code === "OR")).toEqual({ code: "OR", name: "Oregon", short: "OR" });
    // The 50 states and DC; no armed-forces codes or territories (they have country codes of their own).
    expect(us.region?.options).toHaveLength(51);
  });

  it("DE, GB: required postal code and city, no region; numeric keypad for Germany only", () => {
    expect(formatOf(rules, "DE")).toMatchObject({ order: ["postalCode", "city"], postalCode: { required: true, numeric: true }, region: null });
    expect(formatOf(rules, "GB")).toMatchObject({ order: ["postalCode", "city"], postalCode: { required: true, numeric: false }, region: null });
    expect(formatOf(rules, "NL").postalCode?.numeric).toBe(false);
    expect(formatOf(rules, "CA").postalCode?.numeric).toBe(false);
  });

  it("UA: a required Oblast, listed in Ukrainian on Ukrainian pages and in Latin script elsewhere", () => {
    const en = countryAddressFormat("UA", "en");
    const uk = countryAddressFormat("UA", "uk");
    expect(en.region?.label).toBe("oblast");
    expect(en.region?.required).toBe(true);
    expect(en.postalCode).toMatchObject({ required: true, numeric: true });
    expect(uk.region?.options?.find((o) => o.code === "46")?.name).toBe("Львівська область");
    expect(en.region?.options?.find((o) => o.code === "46")?.name).toBe("Lviv oblast");
  });

  it("IR and SA: the postal code may be left empty; Iran's province comes first and in Persian on Persian pages", () => {
    expect(formatOf(rules, "IR")).toMatchObject({ order: ["postalCode", "region", "city"], postalCode: { required: false, numeric: true }, region: { label: "province", required: false } });
    expect(countryAddressFormat("IR", "fa").region?.options?.find((o) => o.code === "07")?.name).toBe("استان تهران");
    expect(formatOf(rules, "SA")).toMatchObject({ postalCode: { required: false, numeric: true }, region: null });
    expect(checkAddress(at("SA", { city: "Riyadh" }), rules)).toEqual({});
    expect(checkAddress(at("IR", { city: "Tehran" }), rules)).toEqual({});
  });

  it("AE and QA have no postal code at all: an empty one is accepted, a made-up one ignored; the Emirates ask for the emirate, not a city", () => {
    expect(formatOf(rules, "AE")).toMatchObject({ order: ["region"], postalCode: null, city: null, region: { label: "emirate", required: true } });
    expect(formatOf(rules, "QA")).toMatchObject({ order: ["city"], postalCode: null, city: { required: true } });
    expect(checkAddress(at("AE", { region: "DU" }), rules)).toEqual({});
    expect(checkAddress(at("QA", { city: "Doha" }), rules)).toEqual({});
    expect(checkAddress(at("AE"), rules)).toEqual({ region: { code: "required" } });
    expect(postal("AE", "0")).toBeNull();
    expect(cleanAddress(at("AE", { region: "DU", postalCode: "00000", city: "x" }), formatOf(rules, "AE"))).toMatchObject({ postalCode: "", city: "", region: "DU" });
  });

  it("BH: the postal code exists but is optional", () => {
    expect(formatOf(rules, "BH").postalCode?.required).toBe(false);
    expect(postal("BH", "")).toBeNull();
    expect(postal("BH", "317")).toBeNull();
    expect(postal("BH", "31")).toEqual({ code: "postal_code", country: "BH" });
  });

  it("a region not in the country's list is refused", () => {
    expect(checkAddressField("region", at("AE", { region: "XX" }), rules)).toEqual({ code: "choice" });
    expect(checkAddressField("region", at("UA", { region: "46", postalCode: "79005", city: "Lviv" }), rules)).toBeNull();
  });
});

describe("postal codes", () => {
  it("valid and invalid codes per country", () => {
    for (const [country, code] of [["US", "97205"], ["US", "97205-1234"], ["DE", "10115"], ["UA", "01001"], ["IR", "1193612345"], ["IR", "11936-12345"], ["SA", "11564"], ["GB", "SW1A 1AA"], ["GB", "sw1a1aa"], ["NL", "1012 ab"], ["CA", "K1A 0B1"]]) {
      expect(postal(country!, code!), `${country} ${code}`).toBeNull();
    }
    for (const [country, code] of [["US", "9720"], ["DE", "1011"], ["DE", "ABCDE"], ["UA", "010011"], ["IR", "12345"], ["SA", "1156"], ["GB", "12345"], ["NL", "AB 1012"]]) {
      expect(postal(country!, code!), `${country} ${code}`).toEqual({ code: "postal_code", country });
    }
  });

  it("reads Persian and Arabic digits and spaces inside a numeric code", () => {
    expect(postal("IR", "۱۱۹۳۶۱۲۳۴۵")).toBeNull();
    expect(postal("SA", "١١٥٦٤")).toBeNull();
    expect(postal("DE", " 101 15 ")).toBeNull();
    expect(postal("IR", "11936 12345")).toBeNull();
    expect(cleanAddress(at("IR", { postalCode: "۱۱۹۳۶ ۱۲۳۴۵", city: "Tehran" }), formatOf(rules, "IR")).postalCode).toBe("1193612345");
  });

  it("refuses made-up US ZIP codes whose prefix no state has", () => {
    for (const zip of ["00000", "00100", "00300"]) expect(postal("US", zip), zip).toEqual({ code: "postal_code", country: "US" });
  });
});

describe("the US state and the ZIP code", () => {
  it("a state that contradicts the ZIP names both", () => {
    const address = at("US", { postalCode: "10001", city: "New York", region: "CA" });
    expect(checkAddressField("region", address, rules)).toEqual({ code: "region_mismatch", postalCode: "10001", expected: "New York", chosen: "California" });
    expect(checkAddressField("region", { ...address, region: "NY" }, rules)).toBeNull();
    expect(checkAddressField("region", { ...address, region: "" }, rules)).toEqual({ code: "required" });
  });
});

describe("printing an address the country's way", () => {
  const print = (address: AddressInput, language = "en") => addressLines(address, names, countryAddressFormat(address.country, language));

  it("US: city, state code and ZIP on one line", () => {
    expect(print(at("US", { postalCode: "97205", city: "Portland", region: "OR" }))).toEqual(["Ada Lovelace", "1 Main Street", "Portland, OR 97205", "United States"]);
  });

  it("DE: postal code before the town", () => {
    expect(print(at("DE", { postalCode: "10115", city: "Berlin" }))).toEqual(["Ada Lovelace", "1 Main Street", "10115 Berlin", "Germany"]);
  });

  it("AE: the emirate, no postal code; by name in Arabic on Arabic pages", () => {
    expect(print(at("AE", { region: "DU" }))).toEqual(["Ada Lovelace", "1 Main Street", "Dubai", "United Arab Emirates"]);
    expect(print(at("AE", { region: "DU" }), "ar")).toContain("دبي");
  });

  it("UA: city, oblast and postal code on lines of their own", () => {
    expect(print(at("UA", { postalCode: "79005", city: "Львів", region: "46" }), "uk")).toEqual(["Ada Lovelace", "1 Main Street", "Львів", "Львівська область", "79005", "Ukraine"]);
  });

  it("GB: post town, then postcode", () => {
    expect(print(at("GB", { postalCode: "SW1A 1AA", city: "London" }))).toEqual(["Ada Lovelace", "1 Main Street", "London", "SW1A 1AA", "United Kingdom"]);
  });

  it("an older Emirates address with a city keeps it", () => {
    expect(print(at("AE", { city: "Dubai", postalCode: "00000" }))).toEqual(["Ada Lovelace", "1 Main Street", "Dubai", "United Arab Emirates"]);
  });

  it("joins the lines with the locale's list separator: the Arabic comma in Persian and Arabic", () => {
    expect(listSeparator("en-US")).toBe(", ");
    expect(listSeparator("fa-IR")).toBe("، ");
    expect(listSeparator("ar")).toBe("، ");
    expect(addressOnOneLine(["a", "b"], "ar")).toBe("a، b");
  });
});
