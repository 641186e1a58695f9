import { describe, expect, it } from "vitest";
import { contentPlaceholders, formatClock, formatOpeningHours, timeZoneName } from "./hours";

const hours = [
  { days: [1, 5] as [number, number], opens: "08:00", closes: "18:00" },
  { days: [6, 6] as [number, number], opens: "09:00", closes: "13:00" },
];

describe("opening hours", () => {
  it("are written in each language's weekdays, clock and digits", () => {
    // Intl spaces the ranges with thin and narrow no-break spaces.
    expect(formatOpeningHours("en", hours).replace(/\s/g, " ")).toBe("Mon – Fri 8:00 AM – 6:00 PM, Sat 9:00 AM – 1:00 PM");
    const fa = formatOpeningHours("fa", hours);
    expect(fa).toContain("دوشنبه");
    expect(fa).toContain("۱۸:۰۰");
    expect(fa).not.toMatch(/[0-9A-Za-z]/);
    const uk = formatOpeningHours("uk", hours);
    expect(uk).toContain("пн");
    expect(uk).toContain("18:00");
    expect(uk).not.toMatch(/[A-Za-z]/);
    expect(formatOpeningHours("ar", hours)).toContain("الاثنين");
  });

  it("name the store's time zone in the shopper's language", () => {
    expect(timeZoneName("en", "America/Los_Angeles")).toBe("Pacific Time");
    for (const locale of ["fa", "ar", "uk"] as const) expect(timeZoneName(locale, "America/Los_Angeles")).not.toMatch(/[A-Za-z]/);
  });

  it("write the warehouse cut-off as a clock time", () => {
    expect(formatClock("en", "14:00").replace(/\s/g, " ")).toBe("2:00 PM");
    expect(formatClock("fa", "14:00")).toBe("۱۴:۰۰");
  });
});

describe("content placeholders", () => {
  it("isolate the phone number on RTL pages only, and write counts in the locale's digits", () => {
    expect(contentPlaceholders("fa").phone).toBe("\u2066+1 503 555 0142\u2069");
    expect(contentPlaceholders("en").phone).toBe("+1 503 555 0142");
    expect(contentPlaceholders("fa").returnDays).toBe("۳۰");
    expect(contentPlaceholders("uk").hours).not.toMatch(/[A-Za-z]/);
  });
});
