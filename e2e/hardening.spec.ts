import { shirt } from "./catalog";
import { expect, test } from "./fixtures";

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
