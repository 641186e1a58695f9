import { scriptHashes } from "../lib/security/csp-policy.mjs";
import { shirt } from "./catalog";
import { expect, expectsBlockedScript, test } from "./fixtures";
import { signInByEmail } from "./pages/shopper";

test("paths outside every locale are a 404 with the store's not-found page, never a page in language \"api\"", async ({ page, request }) => {
  for (const path of [`/api/p/${shirt.slug}`, `/_next/p/${shirt.slug}`, `/catalog/p/${shirt.slug}`, `/api/c/apparel`, "/api"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const response = await page.goto(`/api/p/${shirt.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/en");
});

test("the Link header is small and never names a forwarded host, however long the path", async ({ request }) => {
  const response = await request.get(`/en/p/${"x".repeat(9_000)}`, {
    headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
  });
  expect(response.status()).toBe(404);
  const headers = response.headersArray();
  const link = headers.filter((h) => h.name.toLowerCase() === "link").map((h) => h.value).join(", ");
  expect(link).not.toContain("evil.example");
  expect(link).not.toContain("xxxxxxxxxx");
  const headerBytes = headers.reduce((sum, h) => sum + h.name.length + h.value.length + 4, 0);
  expect(headerBytes).toBeLessThan(8_000);
});

test("a URL with broken percent-encoding shows the localized not-found page, not a 500", async ({ page }) => {
  const response = await page.goto("/uk/p/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk-UA");
  await expect(page.getByRole("link", { name: /головн/i }).first()).toBeVisible();
  for (const path of ["/en/p/%E0%A4%A", "/api/%E0%A4%A", "/catalog/%E0%A4%A"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("a server action posted from another site is refused with 403; the same post from the store is not", async ({ request, baseURL }) => {
  const post = (origin: string) =>
    request.post("/en/cart", { headers: { Origin: origin, "Next-Action": "00".repeat(21), "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" });
  expect((await post("https://evil.example")).status()).toBe(403);
  expect((await post("null")).status()).toBe(403);
  // An unknown action from the store's own origin passes the check and is Next's to answer.
  expect((await post(baseURL!)).status()).not.toBe(403);
});

test("every kind of page says it may not be framed, takes no plugins and asks for HTTPS only behind an HTTPS proxy", async ({ request }) => {
  for (const path of ["/en", `/en/p/${shirt.slug}`, "/en/cart", "/en/checkout", "/en/account", "/api/health", "/static-reference"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["permissions-policy"], path).toContain("payment=(self");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  const overHttps = (await request.get("/en", { headers: { "X-Forwarded-Proto": "https" } })).headers();
  expect(overHttps["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

/** The script-src directive of the response's full policy (pages also carry the short baseline one). */
function scriptSource(policies: string[]): string {
  const directive = policies.flatMap((policy) => policy.split(";")).map((part) => part.trim()).find((part) => part.startsWith("script-src "));
  expect(directive, "a script-src directive").toBeTruthy();
  return directive!;
}

const policiesOf = (headers: { name: string; value: string }[]) =>
  headers.filter((header) => header.name.toLowerCase() === "content-security-policy").map((header) => header.value);

test("every kind of page runs only its own scripts: a nonce per response, or a cached page's own script hashes, never 'unsafe-inline'", async ({ request }) => {
  const cached = ["/en", "/en/c/apparel", `/en/p/${shirt.slug}`, "/uk/p/no-such-product", "/static-reference", "/no-such-file.txt"];
  const perRequest = ["/en/cart", "/en/checkout", "/en/account", "/en/sign-in", "/en/faq", "/ar/orders", "/en/no-such-page"];
  for (const path of [...cached, ...perRequest]) {
    const response = await request.get(path);
    const source = scriptSource(policiesOf(response.headersArray()));
    expect(source, path).not.toContain("'unsafe-inline'");
    expect(source, path).not.toContain("'unsafe-eval'");
    // The end-to-end store takes cards through the test gateway: Stripe is allowed nowhere.
    expect(source, path).not.toContain("stripe.com");
    const html = await response.text();
    const nonce = source.match(/'nonce-([^']+)'/)?.[1];
    if (cached.includes(path)) {
      expect(nonce, `${path} is cached: no nonce`).toBeUndefined();
      const hashes = scriptHashes(html);
      expect(hashes.length, path).toBeGreaterThan(0);
      for (const hash of hashes) expect(source, `${path}: ${hash}`).toContain(`'${hash}'`);
    } else {
      expect(nonce, path).toBeTruthy();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  // A nonce is new on every response; a cached page's policy is served with it from the cache.
  const nonceOf = async (path: string) => scriptSource(policiesOf((await request.get(path)).headersArray())).match(/'nonce-([^']+)'/)?.[1];
  expect(await nonceOf("/en/cart")).not.toBe(await nonceOf("/en/cart"));
  const again = await request.get(`/en/p/${shirt.slug}`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  for (const hash of scriptHashes(await again.text())) expect(scriptSource(policiesOf(again.headersArray()))).toContain(`'${hash}'`);
});

test("a script injected into a page is blocked, reported, and listed on the admin's security page", async ({ page }) => {
  test.info().annotations.push(expectsBlockedScript);
  await page.goto(`/en/p/${shirt.slug}`);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedByTest = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as { injectedByTest?: boolean }).injectedByTest)).toBeUndefined();
  await signInByEmail(page, "ops17@juniperlane.example", "/en/admin/security");
  const table = page.getByRole("table", { name: "Violations reported in the last 7 days, most recent first" });
  const row = table.getByRole("row").filter({ hasText: `/en/p/${shirt.slug}` }).filter({ hasText: "script-src-elem" });
  await expect(row.first()).toContainText("window.injectedByTest");
  await expect(row.first()).toContainText("inline");
});

test("the CSP report endpoint refuses what is not a report, an oversized body and a post from another site", async ({ request }) => {
  const report = { "csp-report": { "document-uri": "http://localhost/en/cart?token=secret", "effective-directive": "script-src-elem", "blocked-uri": "inline" } };
  expect((await request.post("/api/csp-reports", { headers: { "Content-Type": "application/csp-report" }, data: JSON.stringify(report) })).status()).toBe(204);
  const notJson = await request.post("/api/csp-reports", { headers: { "Content-Type": "application/csp-report" }, data: "alert(1)" });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toEqual({ error: "The body is not JSON." });
  const notReport = await request.post("/api/csp-reports", { data: { "__proto__": { polluted: true }, hello: "world" } });
  expect(notReport.status()).toBe(400);
  expect((await notReport.json()).error).toContain("Expected a CSP violation report");
  const huge = await request.post("/api/csp-reports", { headers: { "Content-Type": "application/csp-report" }, data: "x".repeat(40_000) });
  expect(huge.status()).toBe(413);
  const crossSite = await request.post("/api/csp-reports", { headers: { Origin: "https://evil.example", "Content-Type": "application/csp-report" }, data: JSON.stringify(report) });
  expect(crossSite.status()).toBe(403);
});
