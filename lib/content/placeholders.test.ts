import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "./placeholders";

describe("fillPlaceholders", () => {
  it("fills known names and leaves unknown ones visible", () => {
    expect(fillPlaceholders("Return within {returnDays} days; call {phone}. {oops}", { returnDays: "30", phone: "+1 555" })).toBe(
      "Return within 30 days; call +1 555. {oops}",
    );
  });
});
