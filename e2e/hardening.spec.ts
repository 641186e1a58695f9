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
