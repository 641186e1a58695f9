import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

const visitorIdPattern = /vid=([0-9a-f-]{36})/;

describe("proxy", () => {
  it("sends a visitor without a locale to one, keeping the query", async () => {
    const response = await proxy(new NextRequest("http://shop.test/p/linen-camp-shirt?size=M", { headers: { "accept-language": "uk" } }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://shop.test/uk/p/linen-camp-shirt?size=M");
  });

  it("gives a first-time visitor an id on the response and on this very request", async () => {
    const response = await proxy(new NextRequest("http://shop.test/en/faq", { headers: { cookie: "theme=dark", "user-agent": "UA" } }));
    const setCookie = response.headers.get("set-cookie") ?? "";
    const id = visitorIdPattern.exec(setCookie)?.[1];
    expect(id).toBeDefined();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toEqual(expect.arrayContaining(["cookie", "user-agent"]));
    expect(response.headers.get("x-middleware-request-cookie")).toMatch(new RegExp(`^theme=dark; vid=${id}; sid=[0-9a-f-]{36}\\.direct$`));
    expect(response.headers.get("x-middleware-request-user-agent")).toBe("UA");
  });

  it("marks the cookie Secure behind an HTTPS proxy", async () => {
    const response = await proxy(new NextRequest("http://shop.test/en", { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("set-cookie")).toMatch(/Secure/i);
  });

  it("sends no Link header built from the requested path or a forwarded host", async () => {
    const longPath = `/en/p/${"x".repeat(9_000)}`;
    const response = await proxy(
      new NextRequest(`http://shop.test${longPath}`, { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }),
    );
    const link = response.headers.get("link") ?? "";
    expect(link.length).toBeLessThan(1_000);
    expect(link).not.toContain("evil.example");
    const headerBytes = [...response.headers].reduce((sum, [name, value]) => sum + name.length + value.length, 0);
    expect(headerBytes).toBeLessThan(4_000);
  });

  it("refuses a write from another site with 403 and lets a same-origin one through", async () => {
    const post = (origin: string) =>
      proxy(new NextRequest("http://shop.test/en/checkout", { method: "POST", headers: { origin, host: "shop.test", "next-action": "7f00" } }));
    expect((await post("https://evil.example")).status).toBe(403);
    const same = await post("http://shop.test");
    expect(same.status).toBe(200);
    expect(same.headers.get("x-middleware-next")).toBe("1");
  });

  it("sends a path with broken percent-encoding to the localized 404", async () => {
    const response = await proxy(new NextRequest("http://shop.test/uk/p/%E0%A4%A"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://shop.test/uk/_malformed-url");
    const elsewhere = await proxy(new NextRequest("http://shop.test/%E0%A4%A/p"));
    expect(elsewhere.headers.get("location")).toBe("http://shop.test/en/_malformed-url");
    const api = await proxy(new NextRequest("http://shop.test/api/%E0%A4%A"));
    expect(api.headers.get("location")).toBe("http://shop.test/en/_malformed-url");
  });

  it("serves catalog pages from the shell for the shopper's destination, remembering its locale in the locale routing's cookie", async () => {
    const product = await proxy(
      new NextRequest("http://shop.test/en/p/brushed-fleece-hoodie?size=M&color=sage&utm_source=mail", {
        headers: { cookie: "deliver_to=DE:10115", "accept-language": "en-US" },
      }),
    );
    expect(product.headers.get("x-middleware-rewrite")).toBe(`http://shop.test/en/shell/de_us/p/brushed-fleece-hoodie/${encodeURIComponent("color=sage&size=M")}`);
    expect(product.headers.get("x-middleware-next")).toBeNull();
    expect(product.headers.get("set-cookie")).toContain("vid=");
    expect(product.headers.get("set-cookie")).toContain("locale=en");
    const returning = await proxy(new NextRequest("http://shop.test/fa/c/apparel", { headers: { cookie: "locale=fa; vid=6f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11" } }));
    expect(returning.headers.get("x-middleware-rewrite")).toBe("http://shop.test/fa/shell/-/c/apparel");
    // A returning visitor's id stays as it is; only the visit (`sid`, 30 minutes) is renewed.
    expect(returning.headers.get("set-cookie")).not.toMatch(/vid=|locale=/);
    const cart = await proxy(new NextRequest("http://shop.test/en/cart"));
    expect(cart.headers.get("x-middleware-rewrite")).toBeNull();
    expect(cart.headers.get("x-middleware-next")).toBe("1");
  });

  it("only checks the encoding of an API route or a file it sees for its percent sign", async () => {
    for (const path of ["/catalog/linen%20shirt.jpg", "/api/cart/stream%20"]) {
      const response = await proxy(new NextRequest(`http://shop.test${path}`, { method: "POST", headers: { origin: "https://other.example" } }));
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
      expect(response.headers.get("set-cookie"), path).toBeNull();
    }
  });

  it("leaves a returning visitor's id alone", async () => {
    const vid = "6f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11";
    const response = await proxy(new NextRequest("http://shop.test/en", { headers: { cookie: `vid=${vid}` } }));
    expect(response.headers.get("set-cookie") ?? "").not.toMatch(/vid=/);
  });
});
