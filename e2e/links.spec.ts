import { expect, test } from "@playwright/test";

/**
 * Crawls the storefront from every locale's home page and follows every same-origin link
 * (pages and review photos) until none are left: each must answer below 400.
 */
test("every link on every seeded page leads somewhere real", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const queue = ["/en", "/fa", "/ar", "/uk"];
  const seen = new Set(queue);
  const broken: string[] = [];
  let pagesCrawled = 0;

  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 3 });
    if (response.status() >= 400) {
      broken.push(`${response.status()} ${path}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pagesCrawled++;
    const html = await response.text();
    for (const match of html.matchAll(/<a\s[^>]*href="([^"#]+)[^"]*"/g)) {
      const raw = match[1]!.replaceAll("&amp;", "&");
      if (/^(mailto|tel):/.test(raw)) continue;
      const url = new URL(raw, origin + path);
      if (url.origin !== origin) continue;
      // Filter and sort permutations are endless; their first page is enough.
      if (url.pathname.includes("/c/") && url.search) url.search = "";
      const next = url.pathname + url.search;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(pagesCrawled).toBeGreaterThan(200);
});
