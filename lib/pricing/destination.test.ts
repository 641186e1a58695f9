import { describe, expect, it } from "vitest";
import { seedZones } from "@/db/seed/pricing";
import { guessDestination, parseDestinationInput, readDestinationCookie, serializeDestination } from "./destination";
import { normalizePostalCode, usStateFromZip } from "./postal-codes";

describe("destination", () => {
  it("accepts a country the store ships to with a valid postal code, and finds the US state", () => {
    expect(parseDestinationInput({ country: "us", postalCode: " 94110 " }, seedZones)).toEqual({
      ok: true,
      destination: { country: "US", postalCode: "94110", region: "CA" },
    });
    expect(parseDestinationInput({ country: "DE", postalCode: "" }, seedZones)).toEqual({
      ok: true,
      destination: { country: "DE", postalCode: null, region: null },
    });
  });

  it.each([
    [{ country: "ZZ" }, { country: "unknown_country" }],
    [{ country: "BR", postalCode: "01310-100" }, { country: "unknown_country" }],
    [{ country: "US", postalCode: "9411" }, { postalCode: "postal_code" }],
    [{ country: "GB", postalCode: "<script>" }, { postalCode: "postal_code" }],
    [{ country: "US", postalCode: "9".repeat(10_000) }, { postalCode: "postal_code" }],
    [{ country: { evil: true } }, { country: "unknown_country" }],
  ])("rejects %j with %j", (input, errors) => {
    expect(parseDestinationInput(input, seedZones)).toEqual({ ok: false, errors });
  });

  it("round-trips through the cookie and ignores a tampered one", () => {
    const destination = { country: "US", postalCode: "10001", region: "NY" };
    expect(readDestinationCookie(serializeDestination(destination), seedZones)).toEqual(destination);
    expect(readDestinationCookie("XX:1", seedZones)).toBeNull();
    expect(readDestinationCookie(undefined, seedZones)).toBeNull();
  });

  it("guesses from the country header, then the language, else admits it does not know", () => {
    expect(guessDestination({ countryHeader: "ua", acceptLanguage: "en-US" }, seedZones)).toEqual({ country: "UA" });
    expect(guessDestination({ countryHeader: null, acceptLanguage: "de-AT,de;q=0.9" }, seedZones)).toEqual({ country: "AT" });
    expect(guessDestination({ countryHeader: null, acceptLanguage: "uk,en;q=0.5" }, seedZones)).toEqual({ country: "UA" });
    expect(guessDestination({ countryHeader: "BR", acceptLanguage: "pt-BR" }, seedZones)).toBeNull();
  });

  it("knows postal formats and US states", () => {
    expect(normalizePostalCode("GB", "sw1a 1aa")).toBe("SW1A 1AA");
    expect(normalizePostalCode("UA", "01001")).toBe("01001");
    expect(usStateFromZip("97201")).toBe("OR");
    expect(usStateFromZip("10001")).toBe("NY");
    expect(usStateFromZip("75001")).toBe("TX");
    expect(usStateFromZip("00000")).toBeNull();
  });
});
