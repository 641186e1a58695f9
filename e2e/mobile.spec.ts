import { shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { fillContactAndAddress, payOnDelivery } from "./pages/shopper";

test("the shop works on a phone without sideways scrolling", async ({ page, visit }) => {
  for (const path of ["/en", "/en/c/apparel", "/en/contact", `/en/p/${shirt.slug}`, `/ar/p/${shirt.slug}`]) {
    await visit(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
  await page.getByRole("group", { name: /^Colour|^اللون|^رنگ/ }).getByRole("radio").first().check();
  await expect(page).toHaveURL(/color=/);
});

test("on a phone the checkout summary is a bar with the total that opens in place", async ({ page, visit }) => {
  await visit("/en/p/enamel-camp-mug?color=white");
  // The page's own button; a sticky copy waits at the foot of the screen while it is out of view.
  await page.getByRole("main").getByRole("button", { name: "Add to cart" }).first().click();
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/en\/checkout$/);
  const toggle = page.getByRole("button", { name: /Show order summary · 1 item \$\d+\.\d\d/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Increase quantity of Enamel Camp Mug" })).toBeHidden();
  await expect(page.getByText(/Step 1 of 4: Contact/)).toBeVisible();
  await toggle.click();
  await expect(page.getByRole("button", { name: "Increase quantity of Enamel Camp Mug" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await fillContactAndAddress(page, { email: `phone.${Date.now()}@example.com` });
  await payOnDelivery(page);
});

test("on a phone a long pause on the cart offers help once, never while the shopper is busy", async ({ page, visit }) => {
  await visit("/en/p/enamel-camp-mug?color=white");
  await page.getByRole("main").getByRole("button", { name: "Add to cart" }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // Time runs on the test's clock from here: 45 s without a touch, a key or a scroll.
  await page.clock.install();
  await page.goto("/en/cart");
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  const dialog = page.getByRole("dialog", { name: "Before you go: can we help?" });
  await page.clock.runFor(30_000);
  await expect(dialog).toHaveCount(0);
  await page.mouse.wheel(0, 200);
  await page.clock.runFor(30_000);
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(20_000);
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(60_000);
  await expect(dialog).toHaveCount(0);
  // Real time again before the closing audit: a refresh the minute of fake time set off may still be
  // settling, and on the frozen clock the page's title would wait for it forever.
  await page.clock.resume();
  await expect(page).toHaveTitle(/Your cart/);
  await expect(dialog).toHaveCount(0);
});
