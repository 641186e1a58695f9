import { describe, expect, it } from "vitest";
import { classifySource, formatSessionCookie, parseSessionCookie } from "./session";
import { classifyTraffic } from "./traffic";

const page = (query = "") => new URL(`https://shop.example/en/p/hoodie${query}`);

describe("classifySource", () => {
  it.each([
    ["https://www.google.com/", "search"],
    ["https://www.google.de/search?q=hoodie", "search"],
    ["https://duckduckgo.com/", "search"],
    ["https://www.bing.com/search?q=x", "search"],
    ["https://yandex.ru/", "search"],
    ["https://search.brave.com/search?q=x", "search"],
    ["https://l.facebook.com/l.php?u=x", "social"],
    ["https://t.co/abc", "social"],
    ["https://x.com/store", "social"],
    ["https://www.instagram.com/", "social"],
    ["https://m.youtube.com/watch?v=1", "social"],
    ["https://mail.google.com/mail/u/0/", "email"],
    ["https://outlook.live.com/mail/0/inbox", "email"],
    ["android-app://com.google.android.gm/", "email"],
    ["https://blog.example.org/best-hoodies", "referral"],
  ])("referrer %s → %s", (referrer, expected) => {
    expect(classifySource({ url: page(), referrer })).toBe(expected);
  });

  it("no referrer is direct; an unreadable one too", () => {
    expect(classifySource({ url: page(), referrer: null })).toBe("direct");
    expect(classifySource({ url: page(), referrer: "not a url" })).toBe("direct");
  });

  it("campaign parameters come before the referrer: mail campaigns are email, the rest campaign", () => {
    expect(classifySource({ url: page("?utm_source=newsletter&utm_medium=email"), referrer: "https://www.google.com/" })).toBe("email");
    expect(classifySource({ url: page("?utm_source=mail"), referrer: null })).toBe("email");
    expect(classifySource({ url: page("?utm_source=google&utm_medium=cpc"), referrer: "https://www.google.com/" })).toBe("campaign");
  });

  it("a reminder's restore link is the reminder's, whatever else it carries", () => {
    expect(classifySource({ url: new URL("https://shop.example/en/cart/continue/abc?via=reminder&utm_source=mail"), referrer: null })).toBe("reminder");
  });

  it("the store's own host keeps the visit's earlier source, or is direct when the visit had ended", () => {
    expect(classifySource({ url: page(), referrer: "https://shop.example/en", previous: "search" })).toBe("search");
    expect(classifySource({ url: page(), referrer: "https://www.shop.example/en" })).toBe("direct");
  });
});

describe("classifyTraffic", () => {
  const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";
  it.each([
    [chrome, null, "human"],
    [null, null, "human"],
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null, "bot"],
    ["Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", null, "bot"],
    ["curl/8.5.0", null, "bot"],
    // The e2e suite's headless browser says so itself: test traffic, not a bot.
    ["Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/124.0 Safari/537.36", "test", "test"],
    [chrome, "synthetic", "synthetic"],
    [chrome, " TEST ", "test"],
    [chrome, "admin", "human"],
  ] as const)("%s with marker %s → %s", (userAgent, marker, expected) => {
    expect(classifyTraffic({ userAgent, marker })).toBe(expected);
  });
});

describe("the visit cookie", () => {
  it("round-trips and refuses anything tampered with", () => {
    const session = { id: "2f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11", source: "social" as const };
    expect(parseSessionCookie(formatSessionCookie(session))).toEqual(session);
    expect(parseSessionCookie("2f1c2a52-4d1e-4c1b-9d35-0b8f3e1a9c11.hacked")).toBeNull();
    expect(parseSessionCookie("1")).toBeNull();
    expect(parseSessionCookie(undefined)).toBeNull();
    expect(parseSessionCookie(`${"a".repeat(100)}.direct`)).toBeNull();
  });
});
