import { describe, expect, it } from "vitest";
import { messageProblem, shopperMessageInput } from "./input";

const clientId = "6f1c2b1e-3c1d-4a57-9d47-2f1f0e8d1a10";

describe("a shopper's chat message", () => {
  it("is trimmed, loses control characters and keeps markup as plain text", () => {
    const parsed = shopperMessageInput.parse({ text: "  <script>alert(1)</script>\u0007 hi\n", clientId, page: "/en/cart" });
    expect(parsed.text).toBe("<script>alert(1)</script> hi");
  });

  it("is refused when empty or over 2,000 characters (a 50 kB message), with the problem named", () => {
    for (const [text, problem] of [["   ", "empty"], ["x".repeat(50_000), "too_long"]] as const) {
      const parsed = shopperMessageInput.safeParse({ text, clientId, page: null });
      expect(parsed.success).toBe(false);
      expect(messageProblem(parsed.error!)).toBe(problem);
    }
    expect(shopperMessageInput.safeParse({ text: "x".repeat(2000), clientId, page: null }).success).toBe(true);
  });

  it("needs a client id, takes only a path of the store as its page, and refuses wrong types", () => {
    expect(messageProblem(shopperMessageInput.safeParse({ text: "hi", clientId: "1; drop table", page: null }).error!)).toBe("client_id");
    expect(shopperMessageInput.parse({ text: "hi", clientId, page: "https://evil.example/x" }).page).toBeNull();
    expect(shopperMessageInput.safeParse({ text: 42, clientId, page: null }).success).toBe(false);
    expect(shopperMessageInput.safeParse({ text: { toString: "x" }, clientId, page: null }).success).toBe(false);
  });
});
