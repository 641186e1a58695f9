import fa from "../messages/fa/ui.json" with { type: "json" };
import type { Page } from "@playwright/test";
import { shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";

async function addShirt(page: Page, visit: (path: string) => Promise<void>) {
  await visit(`/en/p/${shirt.slug}?size=M&color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await closeMiniCart(page);
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
}

async function closeMiniCart(page: Page) {
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
}

const summary = (page: Page) => page.getByRole("complementary", { name: "Order summary" });
const total = async (page: Page) => (await summary(page).locator("dt", { hasText: /^Total$/ }).locator("xpath=..").locator("dd").textContent()) ?? "";

test("the cart shows shipping, tax and total, and every figure follows the destination", async ({ page, visit }) => {
  await addShirt(page, visit);
  await page.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: shirt.name.en })).toHaveAttribute("href", `/en/p/${shirt.slug}?size=M&color=white`);
  await expect(summary(page).getByText(/^Add \$\d+\.\d\d more for free standard shipping$/)).toBeVisible();
  await expect(summary(page).getByRole("progressbar", { name: "Progress towards free shipping" })).toBeVisible();
  await expectAccessible(page);

  const form = summary(page).getByRole("group", { name: "Deliver to" });
  await form.getByRole("combobox", { name: "Country" }).selectOption({ label: "United States" });
  await form.getByRole("textbox", { name: "Postal code (optional)" }).fill("94110");
  await summary(page).getByRole("button", { name: "Update" }).click();
  await expect(summary(page).getByText("Tax (CA, 8.25%)")).toBeVisible();
  const usTotal = await total(page);

  await form.getByRole("combobox", { name: "Country" }).selectOption({ label: "Germany" });
  await form.getByRole("textbox", { name: "Postal code (optional)" }).fill("10115");
  await summary(page).getByRole("button", { name: "Update" }).click();
  await expect(summary(page).getByText(/^incl\. €\d+\.\d\d VAT$/)).toBeVisible();
  await expect(summary(page).getByText(/DHL Parcel International/)).toBeVisible();
  expect(await total(page)).not.toBe(usTotal);

  const standardTotal = await total(page);
  await summary(page).getByRole("radio", { name: /Express · DHL Express Worldwide/ }).check();
  await expect.poll(() => total(page)).not.toBe(standardTotal);
  await page.reload();
  await expect(summary(page).getByRole("radio", { name: /Express · DHL Express Worldwide/ })).toBeChecked();
});

test("quantities respect the purchase limit and removing a line empties the cart", async ({ page, visit }) => {
  await addShirt(page, visit);
  await visit("/en/cart");
  const increase = page.getByRole("button", { name: `Increase quantity of ${shirt.name.en}` });
  await increase.click();
  await expect(page.locator("output").first()).toHaveText("2");
  await increase.click();
  await expect(page.locator("output").first()).toHaveText("3");
  await increase.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(`Limit ${shirt.purchaseLimit} per order.`);
  await expect(page.locator("output").first()).toHaveText("3");
  await expect(page.getByRole("link", { name: "Cart, 3 items" })).toBeVisible();
  await page.getByRole("button", { name: `Remove ${shirt.name.en}` }).click();
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
  await expect(page.getByText(`Removed ${shirt.name.en}.`)).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("output").first()).toHaveText("3");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

test("discount codes are checked on the server with specific messages, and nothing is lost", async ({ page, visit }) => {
  await addShirt(page, visit);
  await visit("/en/cart");
  await page.getByText("Have a code?").click();
  const field = page.getByRole("textbox", { name: "Discount code" });
  // Waits for the server's answer: two refusals in a row can read the same.
  const apply = async (code: string) => {
    await field.fill(code);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Apply" }).click()]);
  };

  await apply("summer20");
  await expect(page.getByText(/^SUMMER20 expired on \w{3} \d+, \d{4}\.$/)).toBeVisible();
  await expect(field).toHaveValue("summer20");

  await apply("x".repeat(10_240));
  await expect(page.getByText("Codes use letters, numbers and dashes only (up to 32 characters).")).toBeVisible();

  await apply("<b>DROP TABLE</b>");
  await expect(page.getByText("Codes use letters, numbers and dashes only (up to 32 characters).")).toBeVisible();

  await apply("SAVE15");
  await expect(page.getByText(/^Add \$\d+\.\d\d more to use SAVE15\.$/)).toBeVisible();

  await apply("welcome10");
  await expect(page.getByText("Code WELCOME10 applied.")).toBeVisible();
  await expect(summary(page).getByText("Discount (WELCOME10)")).toBeVisible();
  await expect(page.getByRole("link", { name: shirt.name.en })).toBeVisible();
});

test("the cart works right-to-left with localized figures", async ({ page, visit }) => {
  await visit(`/fa/p/${shirt.slug}?size=M&color=white`);
  await page.getByRole("main").getByRole("button", { name: fa.product.addToCart }).click();
  await closeMiniCart(page);
  await visit("/fa/cart");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: fa.cart.title })).toBeVisible();
  const aside = page.getByRole("complementary", { name: fa.cart.summary });
  await expect(aside.getByText(fa.cart.total)).toBeVisible();
  await expect(aside.getByText(/[۰-۹]/).first()).toBeVisible();
});

test("after adding, a mini-cart opens with the line, subtotal and a way on; Esc closes it", async ({ page, visit }) => {
  await visit(`/en/p/${shirt.slug}?size=L&color=navy`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  const drawer = page.getByRole("dialog", { name: "✓ Added to your cart." });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText(shirt.name.en)).toBeVisible();
  await expect(drawer.getByText("L · Navy")).toBeVisible();
  await expect(drawer.getByText(/^\$\d+\.\d\d$/)).toBeVisible();
  await expect(drawer.getByText(/free standard shipping/)).toBeVisible();
  await expectAccessible(page);
  // Focus is kept inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await drawer.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await expect(page.locator("output").first()).toHaveText("2");
});

test("a hidden tab says the cart is waiting and the title comes back", async ({ page, visit }) => {
  await addShirt(page, visit);
  const title = await page.title();
  const setVisibility = (state: "hidden" | "visible") =>
    page.evaluate((value) => {
      Object.defineProperty(document, "visibilityState", { value, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    }, state);
  await setVisibility("hidden");
  await expect(page).toHaveTitle("(1) Your cart is waiting");
  await setVisibility("visible");
  await expect(page).toHaveTitle(title);
});

test("a line can be saved for later and moved back; hearts keep a wishlist without an account", async ({ page, visit }) => {
  await addShirt(page, visit);
  await visit("/en/cart");
  await page.getByRole("button", { name: "Save for later" }).click();
  const saved = page.getByRole("region", { name: "Saved for later" });
  await expect(saved.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
  await expectAccessible(page);
  await saved.getByRole("button", { name: "Move to cart" }).click();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Saved for later" })).toHaveCount(0);

  await visit(`/en/p/${shirt.slug}`);
  const heart = page.getByRole("button", { name: `Save ${shirt.name.en} to your wishlist` });
  await heart.click();
  await expect(page.getByRole("button", { name: `Remove ${shirt.name.en} from your wishlist` })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: "Wishlist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wishlist" })).toBeVisible();
  await expect(page.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await page.getByRole("button", { name: `Remove ${shirt.name.en} from your wishlist` }).click();
  await expect(page.getByText(/Your wishlist is empty/)).toBeVisible();
});

test("a returning visitor with items sees a gentle reminder once per visit", async ({ page, visit, context }) => {
  await addShirt(page, visit);
  await visit("/en/faq");
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
  // Closing the browser ends the visit: its session cookie is gone, the cart is not.
  await context.clearCookies({ name: "visit" });
  await visit("/en");
  const reminder = page.getByRole("status").filter({ hasText: "Welcome back — 1 item is still in your cart." });
  await expect(reminder).toBeVisible();
  await expect(reminder.getByRole("link", { name: "View cart" })).toHaveAttribute("href", "/en/cart");
  await visit("/en/shipping");
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
});

test("the cart recommends what the shopper looked at, never what is already in it", async ({ page, visit }) => {
  await visit("/en/p/enamel-camp-mug");
  await addShirt(page, visit);
  await visit("/en/cart");
  const recommended = page.getByRole("region", { name: "You might also like" });
  await expect(recommended.getByRole("link", { name: /Enamel Camp Mug/ })).toBeVisible();
  await expect(recommended.getByRole("link", { name: shirt.name.en })).toHaveCount(0);
});

test("two browsers on one cart see each other's changes live", async ({ page, visit, context, browser }) => {
  await addShirt(page, visit);
  // A second device holding the same cart (the hand-off and sign-in flows give it the cookie).
  const other = await browser.newContext({ storageState: await context.storageState() });
  const laptop = await other.newPage();
  await laptop.goto("/en/cart");
  await expect(laptop.locator("output").first()).toHaveText("1");

  await visit("/en/cart");
  await page.getByRole("button", { name: `Increase quantity of ${shirt.name.en}` }).click();
  await expect(page.locator("output").first()).toHaveText("2");
  await expect(laptop.locator("output").first()).toHaveText("2", { timeout: 2_000 });
  await expect(laptop.getByRole("link", { name: "Cart, 2 items" })).toBeVisible();
  await other.close();
});

test("a tab opened with an empty cart shows the first item added in another tab, without a reload", async ({ page, context, visit }) => {
  // The tab listens once its stream is open; only then is the other tab's change something to hear.
  const listening = page.waitForResponse((response) => response.url().endsWith("/api/cart/stream") && response.status() === 200);
  await visit("/en/faq");
  await expect(page.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await listening;
  const otherTab = await context.newPage();
  await addShirt(otherTab, async (path) => {
    await otherTab.goto(path);
  });
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible({ timeout: 5_000 });
  await otherTab.close();
});
