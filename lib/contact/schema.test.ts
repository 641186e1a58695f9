import { describe, expect, it } from "vitest";
import { validateContactMessage } from "./schema";

describe("validateContactMessage", () => {
  it("accepts a normal message and trims it", () => {
    const result = validateContactMessage({ name: " Ana ", email: "ana@example.com ", message: "Where is my order #1042?" });
    expect(result).toEqual({ ok: true, message: { name: "Ana", email: "ana@example.com", message: "Where is my order #1042?" } });
  });

  it("names each bad field with its own message key", () => {
    const result = validateContactMessage({ name: "", email: "not-an-email", message: "hi" });
    expect(result).toEqual({ ok: false, errors: { name: "errorName", email: "errorEmail", message: "errorMessage" } });
  });

  it("rejects oversized input", () => {
    const result = validateContactMessage({ name: "n".repeat(101), email: `${"a".repeat(300)}@example.com`, message: "m".repeat(4001) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["email", "message", "name"]);
  });
});
