import { describe, expect, it } from "vitest";
import { clientIp, ipLimitKey, normalizeIp } from "./client-ip";

const headers = (init: Record<string, string>) => new Headers(init);

describe("clientIp", () => {
  it("takes the rightmost X-Forwarded-For entry: the address the hop in front of the store saw", () => {
    // The client wrote the first two; the proxy appended the last.
    expect(clientIp(headers({ "x-forwarded-for": "10.0.0.1, 127.0.0.1, 203.0.113.9" }))).toBe("203.0.113.9");
    // No proxy: Next.js itself puts the socket's address there.
    expect(clientIp(headers({ "x-forwarded-for": "::ffff:192.0.2.4" }))).toBe("192.0.2.4");
  });

  it("reads the header the CDN sets when one is configured", () => {
    const request = headers({ "x-forwarded-for": "198.51.100.7, 172.70.1.1", "cf-connecting-ip": "198.51.100.7" });
    expect(clientIp(request, "cf-connecting-ip")).toBe("198.51.100.7");
    expect(clientIp(request)).toBe("172.70.1.1");
  });

  it("is null without an address, or when the entry is not one", () => {
    expect(clientIp(headers({}))).toBeNull();
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9, not-an-ip" }))).toBeNull();
    expect(clientIp(headers({ "x-forwarded-for": "<script>" }))).toBeNull();
  });
});

describe("normalizeIp", () => {
  it("drops brackets, ports and the IPv4-mapped prefix, and lower-cases IPv6", () => {
    expect(normalizeIp(" 192.0.2.4:8080 ")).toBe("192.0.2.4");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("unknown")).toBeNull();
  });
});

describe("ipLimitKey", () => {
  it("counts IPv4 addresses one by one and IPv6 per /64", () => {
    expect(ipLimitKey("203.0.113.9")).toBe("203.0.113.9");
    expect(ipLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(ipLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(ipLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipLimitKey("::1")).toBe("0:0:0:0::/64");
  });

  it("puts requests without an address in one shared bucket", () => {
    expect(ipLimitKey(null)).toBe("unknown");
  });
});
