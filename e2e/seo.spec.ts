import { catalog, shirt } from "./catalog";
import { expect, test } from "./fixtures";

test("sitemap.xml lists every product in every locale with hreflang alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const product of catalog.products) {
    for (const locale of ["en", "fa", "ar", "uk"]) expect(xml).toContain(`/${locale}/p/${product.slug}</loc>`);
  }
  expect(xml).toContain('hreflang="fa-IR"');
});

test("robots.txt allows the shop and points at the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});

test("pages carry canonical and hreflang links", async ({ page, visit }) => {
  await visit(`/uk/p/${shirt.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/uk/p/${shirt.slug}$`));
  for (const lang of ["en-US", "fa-IR", "ar", "uk-UA", "x-default"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }
  await expect(page).toHaveTitle(new RegExp(shirt.name.uk));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", shirt.shortDescription.uk);
});

test("the store reports its database health, its mail queue and its job queue", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ok",
    database: { kind: "pglite", status: "up" },
    mail: { waiting: expect.any(Number), failed: expect.any(Number) },
    // The maintenance duties run as jobs from the server's start: none has failed.
    queue: { due: expect.any(Number), failed: 0 },
  });
});

test("a first visit gets an httpOnly visitor cookie that is not Secure on plain http", async ({ page, visit, context }) => {
  await visit("/en/faq");
  const visitor = (await context.cookies()).find((c) => c.name === "vid");
  expect(visitor).toMatchObject({ httpOnly: true, secure: false, sameSite: "Lax" });
  expect(visitor!.expires - Date.now() / 1000).toBeGreaterThan(300 * 24 * 3600);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
