import { describe, expect, it } from "vitest";
import { deviceClassOf } from "./device";

describe("deviceClassOf", () => {
  it.each([
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148", null, "mobile"],
    ["Mozilla/5.0 (Linux; Android 14; Pixel 7) Chrome/120 Mobile Safari/537.36", null, "mobile"],
    ["Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)", null, "mobile"],
    ["Mozilla/5.0 (X11; Linux x86_64) Chrome/120 Safari/537.36", null, "desktop"],
    [null, null, "desktop"],
    ["Mozilla/5.0 (X11; Linux x86_64)", "?1", "mobile"],
    ["Mozilla/5.0 (iPhone)", "?0", "desktop"],
  ] as const)("%s (hint %s) → %s", (ua, hint, expected) => {
    expect(deviceClassOf(ua, hint)).toBe(expected);
  });
});
