import { describe, expect, it } from "vitest";
import { usStateFromZip } from "@/lib/pricing/postal-codes";
import { DE_PLZ } from "./data/de-plz";
import { US_ZIP } from "./data/us-zip";
import { hasPostalLookup, lookupPostalCode, postalCodeCities } from "./postal-lookup";

/** Every ZIP code in the bundled US table, decoded independently of the module under test. */
function allUsZips(): { zip: string; city: string }[] {
  return Object.entries(US_ZIP).flatMap(([zip3, groups]) =>
    groups.split("|").flatMap((group) => {
      const [city, list] = group.split(":") as [string, string];
      return [...list.matchAll(/(\d\d)(?:-(\d\d))?/g)].flatMap((m) => {
        const from = Number(m[1]);
        const to = Number(m[2] ?? m[1]);
        return Array.from({ length: to - from + 1 }, (_, i) => ({ zip: zip3 + String(from + i).padStart(2, "0"), city }));
      });
    }),
  );
}

describe("hasPostalLookup", () => {
  it("is true for the markets with a bundled lookup", () => {
    expect(hasPostalLookup("US")).toBe(true);
    expect(hasPostalLookup("DE")).toBe(true);
    expect(hasPostalLookup("UA")).toBe(true);
    expect(hasPostalLookup(" de ")).toBe(true);
  });

  it("is false elsewhere", () => {
    for (const country of ["GB", "FR", "NL", "IR", "SA", "AE", "", "USA", "constructor", "__proto__"]) {
      expect(hasPostalLookup(country)).toBe(false);
    }
  });
});

describe("lookupPostalCode: US", () => {
  it.each([
    ["10001", "New York", "NY"],
    ["94103", "San Francisco", "CA"],
    ["97201", "Portland", "OR"],
    ["60601", "Chicago", "IL"],
    ["02108", "Boston", "MA"],
    ["20001", "Washington", "DC"],
    ["33316", "Fort Lauderdale", "FL"],
    ["75001", "Addison", "TX"],
    ["90210", "Beverly Hills", "CA"],
    ["96813", "Honolulu", "HI"],
    ["99501", "Anchorage", "AK"],
    ["00501", "Holtsville", "NY"],
  ])("%s → %s, %s", (zip, city, region) => {
    expect(lookupPostalCode("US", zip)).toEqual({ city, region });
  });

  it("accepts ZIP+4, stray spaces and a lower-case country", () => {
    expect(lookupPostalCode("US", " 10001-1234 ")).toEqual({ city: "New York", region: "NY" });
    expect(lookupPostalCode("us", "94103")).toEqual({ city: "San Francisco", region: "CA" });
  });

  it("gives the state alone for an unassigned ZIP in a known prefix, and refuses a prefix no state has", () => {
    expect(lookupPostalCode("US", "10099")).toEqual({ city: null, region: "NY" });
    // 000 belongs to no state: 00000 is a made-up ZIP, not an unknown one.
    expect(lookupPostalCode("US", "00000")).toBeNull();
  });

  it("returns null for malformed ZIP codes", () => {
    for (const zip of ["", "1000", "100011", "ABCDE", "10001-12", "10001 1234", "9410З"]) {
      expect(lookupPostalCode("US", zip)).toBeNull();
    }
  });

  it("bundles ~41k ZIP codes, each listed once, each giving its city and usStateFromZip's state", () => {
    const zips = allUsZips();
    expect(zips.length).toBeGreaterThan(40_000);
    expect(new Set(zips.map((z) => z.zip)).size).toBe(zips.length);
    for (const { zip, city } of zips) {
      expect(zip).toMatch(/^\d{5}$/);
      const state = usStateFromZip(zip);
      expect(state).not.toBeNull();
      const found = lookupPostalCode("US", zip);
      if (found?.city !== city || found.region !== state) expect({ zip, found }).toEqual({ zip, found: { city, region: state } });
    }
  });
});

describe("lookupPostalCode: Germany", () => {
  it.each([
    ["10115", "Berlin", "BE"],
    ["80331", "München", "BY"],
    ["20095", "Hamburg", "HH"],
    ["50667", "Köln", "NW"],
    ["60311", "Frankfurt am Main", "HE"],
    ["70173", "Stuttgart", "BW"],
    ["01067", "Dresden", "SN"],
    ["04109", "Leipzig", "SN"],
    ["28195", "Bremen", "HB"],
    ["30159", "Hannover", "NI"],
    ["40213", "Düsseldorf", "NW"],
    ["55116", "Mainz", "RP"],
    ["66111", "Saarbrücken", "SL"],
    ["14467", "Potsdam", "BB"],
    ["19053", "Schwerin", "MV"],
    ["24103", "Kiel", "SH"],
    ["39104", "Magdeburg", "ST"],
    ["99084", "Erfurt", "TH"],
    ["06108", "Halle (Saale)", "ST"],
    ["90402", "Nürnberg", "BY"],
  ])("%s → %s, %s", (plz, city, region) => {
    expect(lookupPostalCode("DE", plz)).toEqual({ city, region });
  });

  it("uses the German name of bilingual (Sorbian) municipalities", () => {
    expect(lookupPostalCode("DE", "02625")).toEqual({ city: "Bautzen", region: "SN" });
    expect(lookupPostalCode("DE", "03046")).toEqual({ city: "Cottbus", region: "BB" });
  });

  it("leaves the city to the shopper when a PLZ spans several municipalities, and offers them as a list", () => {
    expect(lookupPostalCode("DE", "54316")).toEqual({ city: null, region: "RP" });
    expect(postalCodeCities("DE", "54316")).toContain("Pluwig");
    expect(postalCodeCities("DE", "10115")).toEqual(["Berlin"]);
  });

  it("leaves the state out when a PLZ crosses a state border", () => {
    expect(lookupPostalCode("DE", "21039")).toEqual({ city: null, region: null });
    expect(postalCodeCities("DE", "21039")).toContain("Hamburg");
    // one municipality, on one side of the border: its own state
    expect(lookupPostalCode("DE", "63776")).toEqual({ city: "Mömbris", region: "BY" });
  });

  it("returns empty results for a well-formed but unassigned PLZ, null for a malformed one", () => {
    expect(lookupPostalCode("DE", "00000")).toEqual({ city: null, region: null });
    expect(postalCodeCities("DE", "00000")).toEqual([]);
    for (const plz of ["", "1011", "101155", "D-10115", "1O115"]) expect(lookupPostalCode("DE", plz)).toBeNull();
  });

  it("bundles every PLZ with well-formed entries and all 16 Länder", () => {
    const states = new Set<string>();
    let count = 0;
    for (const [prefix, entries] of Object.entries(DE_PLZ)) {
      expect(prefix).toMatch(/^\d{3}$/);
      for (const entry of entries.split("|")) {
        expect(entry).toMatch(/^\d\d(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH|--)[^|;]+(;[^|;]+)*$/);
        states.add(entry.slice(2, 4));
        count++;
      }
    }
    states.delete("--");
    expect(states.size).toBe(16);
    expect(count).toBeGreaterThan(8_000);
  });
});

describe("lookupPostalCode: Ukraine", () => {
  it.each([
    ["01001", "Kyiv", "30"],
    ["04070", "Kyiv", "30"],
    ["79000", "Lviv", "46"],
    ["79058", "Lviv", "46"],
    ["61166", "Kharkiv", "63"],
    ["65000", "Odesa", "51"],
    ["49000", "Dnipro", "12"],
    ["50000", "Kryvyi Rih", "12"],
    ["69000", "Zaporizhzhia", "23"],
    ["21000", "Vinnytsia", "05"],
    ["25000", "Kropyvnytskyi", "35"],
    ["76000", "Ivano-Frankivsk", "26"],
    ["88000", "Uzhhorod", "21"],
    ["95000", "Simferopol", "43"],
    ["99000", "Sevastopol", "40"],
  ])("%s → %s, %s", (code, city, region) => {
    expect(lookupPostalCode("UA", code)).toEqual({ city, region });
  });

  it("gives the oblast alone outside the regional centre's own codes", () => {
    expect(lookupPostalCode("UA", "08200")).toEqual({ city: null, region: "32" }); // Kyiv oblast
    expect(lookupPostalCode("UA", "82100")).toEqual({ city: null, region: "46" }); // Lviv oblast
    expect(lookupPostalCode("UA", "65400")).toEqual({ city: null, region: "51" }); // third digit ≠ 0: not Odesa itself
    expect(lookupPostalCode("UA", "79999")).toEqual({ city: null, region: "46" });
    expect(lookupPostalCode("UA", "52000")).toEqual({ city: null, region: "12" });
  });

  it("maps every two-digit prefix from 01 to 99 to a region, and 00 to nothing", () => {
    for (let pair = 1; pair <= 99; pair++) {
      expect(lookupPostalCode("UA", `${String(pair).padStart(2, "0")}123`)?.region).toMatch(/^\d\d$/);
    }
    expect(lookupPostalCode("UA", "00123")).toEqual({ city: null, region: null });
  });

  it("returns null for malformed codes", () => {
    for (const code of ["", "0100", "010011", "UA01001"]) expect(lookupPostalCode("UA", code)).toBeNull();
  });

  it("reads a code typed with a space or in Persian digits as the plain five digits", () => {
    expect(lookupPostalCode("UA", "01 001")).toEqual(lookupPostalCode("UA", "01001"));
    expect(lookupPostalCode("UA", "۷۹۰۰۵")).toEqual(lookupPostalCode("UA", "79005"));
  });
});

describe("lookupPostalCode: other countries", () => {
  it("returns null where there is no bundled lookup, even for a well-formed code", () => {
    expect(lookupPostalCode("FR", "75001")).toBeNull();
    expect(lookupPostalCode("GB", "SW1A 1AA")).toBeNull();
    expect(lookupPostalCode("IR", "1234567890")).toBeNull();
    expect(lookupPostalCode("AE", "00000")).toBeNull();
    expect(postalCodeCities("FR", "75001")).toBeNull();
  });
});
