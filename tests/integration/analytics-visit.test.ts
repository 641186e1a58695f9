import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

import type { NextResponse } from "next/server";

const sid = (response: NextResponse) => response.cookies.get("sid")?.value;

describe("the visit cookie (proxy)", () => {
  it("starts a visit on a page request, credited to its referrer, on the response and on this very request", async () => {
    const response = await proxy(new NextRequest("http://shop.test/en/faq", { headers: { referer: "https://www.google.com/" } }));
    const value = sid(response);
    expect(value).toMatch(/^[0-9a-f-]{36}\.search$/);
    expect(response.cookies.get("sid")).toMatchObject({ maxAge: 1800, httpOnly: true, sameSite: "lax", path: "/" });
    expect(response.headers.get("x-middleware-request-cookie")).toContain(`sid=${value}`);
  });

  it("renews a running visit for 30 more minutes, keeping its id and source whatever the new referrer", async () => {
    const running = "2f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11.social";
    const response = await proxy(
      new NextRequest("http://shop.test/en/cart", { headers: { cookie: `vid=6f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11; sid=${running}`, referer: "http://shop.test/en" } }),
    );
    expect(sid(response)).toBe(running);
    expect(response.cookies.get("sid")).toMatchObject({ maxAge: 1800 });
  });

  it("a campaign link starts a campaign visit; a tampered cookie is a new visit; a prefetch touches nothing", async () => {
    const campaign = await proxy(new NextRequest("http://shop.test/en/p/hoodie?utm_source=newsletter&utm_medium=email"));
    expect(sid(campaign)).toMatch(/\.email$/);
    const tampered = await proxy(new NextRequest("http://shop.test/en/cart", { headers: { cookie: "sid=1" } }));
    expect(sid(tampered)).toMatch(/^[0-9a-f-]{36}\.direct$/);
    const prefetch = await proxy(
      new NextRequest("http://shop.test/en/cart", { headers: { cookie: "vid=6f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11", "next-router-prefetch": "1" } }),
    );
    expect(sid(prefetch)).toBeUndefined();
  });

  it("API routes and files get no visit", async () => {
    const api = await proxy(new NextRequest("http://shop.test/api/shopper", { method: "POST" }));
    expect(sid(api)).toBeUndefined();
  });
});
