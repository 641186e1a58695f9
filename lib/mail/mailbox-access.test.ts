import { describe, expect, it } from "vitest";
import { isLocalRequest } from "./mailbox-access";

const local = "http://localhost:3000";
const request = (init: Record<string, string>) => new Headers(init);

describe("isLocalRequest", () => {
  it("lets a browser on the serving machine in (Next.js stamps the socket's loopback address)", () => {
    expect(isLocalRequest(request({ host: "localhost:3000", "x-forwarded-for": "::1", "x-forwarded-host": "localhost:3000" }), local)).toBe(true);
    expect(isLocalRequest(request({ host: "127.0.0.1:3102", "x-forwarded-for": "127.0.0.1" }), "http://127.0.0.1:3102")).toBe(true);
    expect(isLocalRequest(request({ host: "[::1]:3000", "x-forwarded-for": "::ffff:127.0.0.1" }), local)).toBe(true);
  });

  it("refuses a request that came through a proxy naming another client", () => {
    const host = { host: "localhost:3000" };
    expect(isLocalRequest(request({ ...host, "x-forwarded-for": "203.0.113.9" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, "x-forwarded-for": "203.0.113.9, 127.0.0.1" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, "x-real-ip": "203.0.113.9" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, forwarded: "for=203.0.113.9;proto=https" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, forwarded: 'for="[2001:db8::17]:4711"' }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, forwarded: "for=_hidden" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, forwarded: "proto=https" }), local)).toBe(false);
    expect(isLocalRequest(request({ ...host, forwarded: "for=127.0.0.1" }), local)).toBe(true);
  });

  it("refuses a Host that is not a loopback name (a proxy, a LAN address, DNS rebinding)", () => {
    for (const host of ["shop.example.com", "192.168.1.20:3000", "localhost.evil.example:3000", "127.0.0.1.nip.io", "", "bad host"]) {
      expect(isLocalRequest(request({ host, "x-forwarded-for": "127.0.0.1" }), local), host).toBe(false);
    }
    expect(isLocalRequest(request({ host: "localhost:3000", "x-forwarded-host": "shop.example.com" }), local)).toBe(false);
    expect(isLocalRequest(request({ "x-forwarded-for": "127.0.0.1" }), local)).toBe(false);
  });

  it("is never local when the store's own address (SITE_URL) is not a loopback one", () => {
    expect(isLocalRequest(request({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1" }), "https://shop.example.com")).toBe(false);
  });
});
