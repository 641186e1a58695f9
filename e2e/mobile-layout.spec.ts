import type { Page } from "@playwright/test";
import en from "../messages/en/ui.json" with { type: "json" };
import fa from "../messages/fa/ui.json" with { type: "json" };
import { catalog, shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { ListingPage } from "./pages/listing-page";
import { ProductPage } from "./pages/product-page";
import { payOnDelivery, signInByEmail } from "./pages/shopper";

/** The phone layout (issue 12): runs in the mobile project (Pixel 7, 412 × 839) unless a test sets a narrower screen. */

const mug = catalog.product("enamel-camp-mug");
/** A German street name of 60 letters with no place to break it. */
const longStreet = "Oberstaatsanwaltschaftsgebäudeverwaltungsamtsnebenstraßenweg";

/**
 * An emulated phone widens its layout viewport to fit content that overflows, so `innerWidth`
 * would hide the problem: the page's own scroll width must fit the device's width.
 */
async function expectNoSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `scroll width of ${page.url()}`).toBeLessThanOrEqual(width);
}

/** Adds one white enamel mug with the page's own button (not the sticky copy) and closes the mini-cart. */
async function addMug(page: Page) {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await new ProductPage(page).buyButton().first().click();
  const miniCart = page.getByRole("dialog", { name: /Added to your cart/ });
  await expect(miniCart).toBeVisible();
  await miniCart.getByRole("button", { name: "Continue shopping" }).click();
}

/** The shown targets smaller than 44 × 44 px, as "name: W×H". */
async function smallTargets(targets: ReturnType<Page["getByRole"]>) {
  const small: string[] = [];
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    if (!box || (box.width >= 44 && box.height >= 44)) continue;
    const name = (await target.getAttribute("aria-label")) ?? (await target.textContent());
    small.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return small;
}

const storefront = ["", "/c/apparel", "/c/apparel?color=navy&size=M", `/p/${shirt.slug}`, "/search?q=mug", "/shipping", "/returns", "/faq", "/contact", "/privacy", "/terms", "/sign-in", "/orders", "/wishlist", "/cart"];

for (const width of [360, 320]) {
  test.describe(`a ${width} px screen`, () => {
    test.use({ viewport: { width, height: 780 } });
    test.describe.configure({ timeout: 180_000 });
    const check = async (page: Page, visit: (path: string) => Promise<void>, path: string) => {
      await visit(path);
      await expectNoSidewaysScroll(page, width);
    };

    for (const locale of ["en", "fa"]) {
      test(`no storefront page scrolls sideways in ${locale}`, async ({ page, visit }) => {
        for (const path of storefront) await check(page, visit, `/${locale}${path}`);
      });
    }

    test("cart, checkout, confirmation and account fit in English and Persian, with a 60-letter street name", async ({ page, visit }) => {
      await addMug(page);
      for (const locale of ["en", "fa"]) await check(page, visit, `/${locale}/cart`);
      await check(page, visit, "/en/checkout");
      const email = `long.street.${width}.${Date.now()}@example.com`;
      await page.getByRole("textbox", { name: "Email" }).fill(email);
      await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
      await page.getByRole("textbox", { name: "Full name" }).fill("Anna Schmidt");
      await page.getByRole("combobox", { name: "Country" }).selectOption("DE");
      await page.getByRole("textbox", { name: "Postal code" }).fill("10115");
      await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Berlin");
      await page.getByRole("textbox", { name: "Address" }).fill(`${longStreet} 12`);
      // The draft is saved as the section is completed; the Persian checkout below reads it back, so wait for that save.
      const saved = page.waitForResponse((response) => {
        const body = response.request().postData() ?? "";
        return response.request().method() === "POST" && body.includes(longStreet) && body.includes("completed");
      });
      await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
      await saved;
      await expect(page.getByText(longStreet)).toBeVisible();
      await expectNoSidewaysScroll(page, width);
      await check(page, visit, "/fa/checkout");
      await expect(page.getByText(longStreet)).toBeVisible();

      await page.goto("/en/checkout");
      await payOnDelivery(page);
      const confirmation = new URL(page.url());
      await expect(page.getByText(longStreet)).toBeVisible();
      await expectNoSidewaysScroll(page, width);
      await check(page, visit, confirmation.pathname.replace(/^\/en\//, "/fa/") + confirmation.search);

      // Signing in keeps the address on the account, where it is shown again.
      await signInByEmail(page, email);
      await expect(page).toHaveURL(/\/en\/account$/);
      for (const locale of ["en", "fa"]) {
        await check(page, visit, `/${locale}/account`);
        await expect(page.getByText(longStreet, { exact: false }).first()).toBeVisible();
      }
    });
  });
}

test("the header is compact: destination and languages fold behind one button", async ({ page, visit }) => {
  await visit("/en");
  const screen = page.viewportSize()!;
  const header = (await page.getByRole("banner").boundingBox())!;
  expect(header.y + header.height, "header bottom on a Pixel 7").toBeLessThanOrEqual(screen.height * 0.3);

  const menu = page.getByRole("button", { name: "Delivery country and language" });
  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(languages).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(languages.getByRole("link", { name: "فارسی" })).toBeVisible();
  await expect(page.getByText(/^Deliver to United States/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Delivery country and language" })).toBeInViewport();
  await expectAccessible(page);
  await languages.getByRole("link", { name: "English" }).focus();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(languages).toBeHidden();

  // The search box stays one tap away, full width.
  const search = (await page.getByRole("searchbox", { name: "Search products" }).boundingBox())!;
  expect(search.width).toBeGreaterThan(screen.width / 2);
});

test("on the product page the name and an Add to cart button are on the first screen", async ({ page, visit }) => {
  await visit(`/en/p/${mug.slug}?color=white`);
  await expect(page.getByRole("heading", { level: 1, name: mug.name.en })).toBeInViewport({ ratio: 1 });
  // Either the page's own button or, while it is below the fold, the sticky bar's copy (the last one in the page).
  await expect(page.getByRole("main").getByRole("button", { name: "Add to cart" }).last()).toBeInViewport({ ratio: 1 });
});

test("the product page's sticky bar adds the same variant, and asks for a missing choice like the page's own button", async ({ page, visit }) => {
  await visit(`/en/p/${mug.slug}?color=white`);
  const bar = page.getByRole("region", { name: "Quick buy" });
  const own = new ProductPage(page).buyButton().first();
  await own.scrollIntoViewIfNeeded();
  await expect(bar).toBeHidden();
  await page.getByRole("heading", { level: 2, name: "Reviews" }).scrollIntoViewIfNeeded();
  await expect(own).not.toBeInViewport();
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText(mug.name.en);
  await expectAccessible(page);

  // By keyboard: the bar's button is a real button that submits the page's own form.
  await bar.getByRole("button", { name: "Add to cart" }).focus();
  await page.keyboard.press("Enter");
  const miniCart = page.getByRole("dialog", { name: /Added to your cart/ });
  await expect(miniCart).toContainText(mug.name.en);
  await expect(miniCart).toContainText("White");
  await expect(miniCart).toContainText("Quantity: 1");
  await miniCart.getByRole("button", { name: "Continue shopping" }).click();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // Before a size and colour are chosen, the bar adds nothing: it takes the shopper to the size.
  await visit(`/en/p/${shirt.slug}`);
  await page.getByRole("heading", { level: 2, name: "Reviews" }).scrollIntoViewIfNeeded();
  await bar.getByRole("button", { name: "Choose a size and colour" }).click();
  await expect(page.getByRole("group", { name: /^Size/ }).getByRole("radio").first()).toBeFocused();
  await expect(page.getByRole("group", { name: /^Size/ })).toBeInViewport();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
});

test("the cart's sticky bar shows the total and Checkout, and never covers a focused field", async ({ page, visit }) => {
  await addMug(page);
  await visit("/en/cart");
  const bar = page.getByRole("region", { name: "Order total and checkout" });
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(bar).toBeInViewport();
  const total = await summary.locator("dt", { hasText: /^Total( before tax)?$/ }).locator("+ dd").textContent();
  await expect(bar).toContainText(total!);
  await expectAccessible(page);

  // A field being typed in is never under the bar: the bar steps aside until the field is left.
  const postalCode = summary.getByRole("textbox", { name: "Postal code" });
  await postalCode.focus();
  await expect(bar).toBeHidden();
  await expect(postalCode).toBeInViewport({ ratio: 1 });
  await postalCode.blur();
  await expect(bar).toBeVisible();

  // Anything else focused near the bottom stays above the bar.
  const lastFooterLink = page.getByRole("contentinfo").getByRole("link").last();
  await lastFooterLink.focus();
  const link = (await lastFooterLink.boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(link.y + link.height).toBeLessThanOrEqual(barBox.y);

  // The summary's own Checkout in view: one Checkout is enough.
  await summary.getByRole("link", { name: "Checkout" }).scrollIntoViewIfNeeded();
  await expect(bar).toBeHidden();
  await page.getByRole("heading", { level: 1, name: "Your cart" }).scrollIntoViewIfNeeded();
  await bar.getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/en\/checkout$/);
});

test("tap targets in the cart and the checkout summary are at least 44 × 44 px", async ({ page, visit }) => {
  await addMug(page);
  await visit("/en/cart");
  const lines = page.getByRole("region", { name: "Your cart" });
  await expect(lines.getByRole("button", { name: `Increase quantity of ${mug.name.en}` })).toBeVisible();
  expect(await smallTargets(lines.getByRole("button"))).toEqual([]);
  expect(await smallTargets(page.getByRole("complementary", { name: "Order summary" }).getByRole("link", { name: "Checkout" }))).toEqual([]);

  for (const locale of ["en", "fa"]) {
    await visit(`/${locale}/checkout`);
    const summary = page.getByRole("complementary", { name: (locale === "en" ? en : fa).checkout.summary });
    // The first button is the phone's "Show order summary" toggle.
    const toggle = summary.getByRole("button").first();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    // axe's target-size rule (WCAG 2.2) on the open summary with one item in the cart.
    await expectAccessible(page);
    expect(await smallTargets(summary.getByRole("button")), locale).toEqual([]);
  }
});

test("the checkout is enclosed: logo, secure note, help and Back to cart, no search, categories or footer", async ({ page, visit }) => {
  await addMug(page);
  await visit("/en/checkout");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Juniper Lane home" })).toBeVisible();
  await expect(header.getByText("Secure checkout")).toBeVisible();
  await expect(header.getByRole("link", { name: "Help: +1 503 555 0142" })).toHaveAttribute("href", /^tel:/);
  await expect(page.getByRole("search")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Shop by category" })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  const headerBox = (await header.boundingBox())!;
  expect(headerBox.height).toBeLessThanOrEqual(120);
  await header.getByRole("link", { name: "Back to cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
});

test("the filters open in a drawer by keyboard, apply, and leave the results near the top", async ({ page, visit }) => {
  await visit("/en/c/apparel");
  const listing = new ListingPage(page);
  const open = page.getByRole("button", { name: "Filters", exact: true });
  await expect(listing.filters()).toBeHidden();
  await expect(listing.productLinks().first()).toBeInViewport();

  await open.focus();
  await page.keyboard.press("Enter");
  const drawer = page.getByRole("dialog", { name: "Filters" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Close filters" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(open).toBeFocused();

  await page.keyboard.press("Enter");
  const size = drawer.getByRole("group", { name: "Size" }).getByRole("checkbox", { name: "M", exact: true });
  await size.focus();
  await page.keyboard.press("Space");
  await expect(size).toBeChecked();
  await drawer.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/size=M/);
  await expect(page.getByRole("button", { name: "Filters 1 filter on" })).toBeVisible();
  await expect(listing.productLinks().first()).toBeInViewport();
});

test("a size and colour filtered on the listing open preselected on the product page", async ({ page, visit }) => {
  await visit("/en/c/apparel?color=navy&size=M");
  await page.getByRole("link", { name: shirt.name.en }).click();
  await expect(page).toHaveURL(new RegExp(`/en/p/${shirt.slug}\\?color=navy&size=M$`));
  const product = new ProductPage(page);
  await expect(product.option(/^Colour/, "Navy")).toBeChecked();
  await expect(product.option(/^Size/, "M")).toBeChecked();
  await expect(product.buyButton().first()).toHaveText("Add to cart");
});
