import { describe, expect, it } from "vitest";
import { suggestedEmail } from "./email-typo";

describe("email typo suggestions", () => {
  it.each([
    ["jane@gmial.com", "jane@gmail.com"],
    ["jane@gmail.con", "jane@gmail.com"],
    ["Jane.Doe@Hotmial.com", "Jane.Doe@hotmail.com"],
    ["  jane@yahooo.com ", "jane@yahoo.com"],
    ["olena@urk.net", "olena@ukr.net"],
    ["max@gmx.dr", "max@gmx.de"],
  ])("suggests the likely domain for %s", (typed, suggested) => {
    expect(suggestedEmail(typed)).toBe(suggested);
  });

  it.each(["jane@gmail.com", "guest.1@example.com", "olena@ukr.net", "ada@juniperlane.example", "JANE@GMAIL.COM", "not-an-email", "@gmial.com", "", `${"a".repeat(300)}@gmial.com`])(
    "leaves %s alone",
    (typed) => {
      expect(suggestedEmail(typed)).toBeNull();
    },
  );
});
