import { shirt } from "./catalog";
import { expect, test } from "./fixtures";

test("the shop works on a phone without sideways scrolling", async ({ page, visit }) => {
  for (const path of ["/en", "/en/c/apparel", "/en/contact", `/en/p/${shirt.slug}`, `/ar/p/${shirt.slug}`]) {
    await visit(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
  await page.getByRole("group", { name: /^Colour|^اللون|^رنگ/ }).getByRole("radio").first().check();
  await expect(page).toHaveURL(/color=/);
});
