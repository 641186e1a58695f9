import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signValue } from "@/lib/security/signing";
import { addressFromUnsubscribeToken, maskAddress, unsubscribeToken } from "./unsubscribe-token";

const key = randomBytes(32);

describe("unsubscribe token", () => {
  it("names the lower-cased address and is one URL path segment", () => {
    const token = unsubscribeToken("  Grace.Hopper+shop@Example.COM ", key);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(addressFromUnsubscribeToken(token, key)).toBe("grace.hopper+shop@example.com");
  });

  it("is the same for the same address however it was typed, and never expires", () => {
    expect(unsubscribeToken("A@B.example", key)).toBe(unsubscribeToken("a@b.example", key));
  });

  it("refuses a token signed with another key or for another purpose", () => {
    expect(addressFromUnsubscribeToken(unsubscribeToken("a@b.example", randomBytes(32)), key)).toBeNull();
    const value = Buffer.from("a@b.example").toString("base64url");
    expect(addressFromUnsubscribeToken(signValue(value, "order-status", key), key)).toBeNull();
  });

  it("refuses a tampered address or signature", () => {
    const token = unsubscribeToken("a@b.example", key);
    const [value, mac] = token.split(".") as [string, string];
    const other = Buffer.from("victim@b.example").toString("base64url");
    expect(addressFromUnsubscribeToken(`${other}.${mac}`, key)).toBeNull();
    const flipped = `${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`;
    expect(addressFromUnsubscribeToken(`${value}.${flipped}`, key)).toBeNull();
  });

  it.each(["", ".", "abc", "a.b", "x".repeat(600), "'; drop table mail_unsubscribes; --", "🛒.🛒", `${"a".repeat(10)}.${"b".repeat(44)}`])("refuses %j", (token) => {
    expect(addressFromUnsubscribeToken(token, key)).toBeNull();
  });

  it("refuses a well-signed value that is not an address", () => {
    expect(addressFromUnsubscribeToken(signValue(Buffer.from("not-an-address").toString("base64url"), "unsubscribe", key), key)).toBeNull();
    expect(addressFromUnsubscribeToken(signValue(Buffer.from("Upper@Case.example").toString("base64url"), "unsubscribe", key), key)).toBeNull();
  });

  it("masks the address for the page", () => {
    expect(maskAddress("grace@example.com")).toBe("gr***@example.com");
    expect(maskAddress("g@example.com")).toBe("g***@example.com");
    expect(maskAddress("nonsense")).toBe("***");
  });
});
