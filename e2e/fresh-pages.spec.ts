import { catalog } from "./catalog";
import { expect, test } from "./fixtures";
import { ProductPage } from "./pages/product-page";
import { deliverTo, fillContactAndAddress, payOnDelivery } from "./pages/shopper";

// Catalog pages are served from a cache; these prove the cache never shows what is no longer true
// and never carries one shopper's parts to another.

const bag = catalog.product("leather-mini-bucket-bag");
const lastUnit = bag.variants.find((v) => v.options.color === "black" && v.stock === 1)!;

test("after an order takes the last unit, the product page shows it sold out on the next request", async ({ page, browser, visit }) => {
  expect(lastUnit, "the seed keeps one black bag").toBeDefined();
  // Another shopper's visit first puts the page, with the black bag in stock, in the cache.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`/en/p/${bag.slug}?color=black`);
  await expect(new ProductPage(otherPage).option(/^Colou?r/, "Black")).toBeChecked();

  await visit(`/en/p/${bag.slug}?color=black`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await fillContactAndAddress(page, { email: `last.bag.${Date.now()}@example.com` });
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  await payOnDelivery(page);

  await otherPage.reload();
  await expect(new ProductPage(otherPage).option(/^Colou?r/, "Black (sold out)")).toBeVisible();
  await other.close();
});

test("a cached page never carries one shopper's cart or destination to another", async ({ page, browser, visit }) => {
  const mug = catalog.product("enamel-camp-mug");
  await visit(`/en/p/${mug.slug}?color=white`);
  await deliverTo(page, "Germany", "10115");
  // The page comes back as Germany's: euros, and the shopper's own address in the delivery box.
  await expect(page.getByRole("main").getByText(/^€\d+\.99$/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Shipping to Germany 10115" })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await expect(page.getByRole("main").getByText(/^€\d+\.99$/).first()).toBeVisible();

  // A second shopper on the same page right after: their own empty cart, dollars, no German address.
  const other = await browser.newContext({ locale: "en-US" });
  const otherPage = await other.newPage();
  const response = await otherPage.goto(`/en/p/${mug.slug}?color=white`);
  // Nor may a CDN in front of the store: Next sends its own Vary, so CDNs are told not to keep it.
  expect(response!.headers()["cdn-cache-control"]).toBe("private");
  expect(response!.headers()["surrogate-control"]).toBe("no-store");
  await expect(otherPage.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await expect(otherPage.getByRole("main").getByText(/^\$\d+\.\d\d$/).first()).toBeVisible();
  await expect(otherPage.getByRole("main").getByText(/€/)).toHaveCount(0);
  await expect(otherPage.getByText("10115")).toHaveCount(0);
  await other.close();
});
