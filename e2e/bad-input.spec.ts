import { expect, test } from "./fixtures";

test("an unknown product or category is a real 404 in the shopper's language", async ({ page }) => {
  for (const [path, title] of [
    ["/en/p/no-such-product", "Page not found"],
    ["/uk/c/no-such-category", null],
    ["/fa/does/not/exist", null],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    if (title) await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: /home|головн|صفحه|الرئيسية/i }).first()).toBeVisible();
  }
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("malformed listing parameters are ignored with a clear note, never a 500", async ({ page, visit }) => {
  await visit("/en/c/apparel?min=abc&max=xyz&page=-1&size=%3Cscript%3E&sort=%27%3B--");
  await expect(page.getByRole("status")).toContainText("The price filter needs numbers, so it was ignored.");
  await expect(page.getByRole("heading", { level: 2, name: /\d+ products/ })).toBeVisible();
  await visit("/en/c/apparel?page=999");
  await expect(page.getByRole("heading", { level: 2, name: /\d+ products/ })).toBeVisible();
});

test("a 10 kB search or one made of operators is handled calmly", async ({ page, visit }) => {
  await visit(`/en/search?q=${"shirt%20".repeat(1500)}`);
  await expect(page.getByText("That search was long, so we used the first 100 characters.")).toBeVisible();
  await visit("/en/search?q=%27%20%26%20%21%20%3A*%20%7C");
  await expect(page.getByText(/Type what you are looking for/)).toBeVisible();
});
