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
