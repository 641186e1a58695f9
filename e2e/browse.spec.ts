import { catalog, shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { ListingPage } from "./pages/listing-page";
import { ProductPage } from "./pages/product-page";

test("a shopper browses home → category → filter → product → variant → search", async ({ page, visit }) => {
  await visit("/en");
  await expect(page.getByRole("heading", { level: 1, name: "Everyday goods, made to last" })).toBeVisible();

  await page.getByRole("navigation", { name: "Shop by category" }).getByRole("link", { name: "Apparel" }).click();
  await expect(page).toHaveURL(/\/en\/c\/apparel$/);
  await expect(page.getByRole("heading", { level: 1, name: "Apparel" })).toBeVisible();
  await expectAccessible(page);

  const listing = new ListingPage(page);
  const before = await listing.productLinks().count();
  await listing.filters().getByRole("group", { name: "Size" }).getByRole("checkbox", { name: "M", exact: true }).check();
  await listing.filters().getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/size=M/);
  await expect(listing.productLinks().first()).toBeVisible();
  expect(await listing.productLinks().count()).toBeLessThanOrEqual(before);
  await expect(listing.filters().getByRole("checkbox", { name: "M", exact: true })).toBeChecked();
  await expectAccessible(page);

  await page.getByRole("link", { name: shirt.name.en }).click();
  const product = new ProductPage(page);
  await expect(product.heading()).toHaveText(shirt.name.en);
  // The size filtered on the listing comes along; the colour is still to choose.
  await expect(page).toHaveURL(/size=M/);
  await expect(product.option(/^Size/, "M")).toBeChecked();
  await expect(product.buyButton()).toHaveText("Choose a colour");
  await expectAccessible(page);

  await product.option(/^Colour/, "Navy").check();
  await expect(page).toHaveURL(/color=navy/);
  await expect(product.buyButton()).toHaveText("Add to cart");
  await product.option(/^Size/, "XL").check();
  await expect(page).toHaveURL(/size=XL/);
  await expect(page).toHaveURL(/color=navy/);
  await expect(product.buyButton()).toHaveText("Add to cart");
  await expect(page.getByText("Only 1 left")).toBeVisible();
  await expect(page.getByText(`Limit ${shirt.purchaseLimit} per order`)).toBeVisible();
  await expectAccessible(page);

  const search = page.getByRole("search", { name: "Search the store" }).first();
  await search.getByRole("searchbox", { name: "Search products" }).fill("mug");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=mug/);
  await expect(page.getByRole("heading", { level: 1, name: "Results for “mug”" })).toBeVisible();
  await expect(page.getByRole("link", { name: catalog.product("stoneware-mug").name.en })).toBeVisible();
});

test("sorting re-orders the listing and keeps the filters", async ({ page, visit }) => {
  await visit("/en/c/stationery?stock=1");
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("price-asc");
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).toHaveURL(/stock=1/);
  const prices = await page.getByRole("main").getByRole("article").evaluateAll((cards) =>
    cards.map((card) => Number((card.textContent ?? "").replace(/[^0-9.]/g, " ").trim().split(/\s+/).filter(Boolean).map(Number).find((n) => n > 0) ?? 0)),
  );
  expect(prices.length).toBeGreaterThan(2);
});

test("search with no matches suggests close names and categories", async ({ page, visit }) => {
  await visit("/en/search?q=stonewre");
  await expect(page.getByText("No products match “stonewre”.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Did you mean" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Or browse a category" }).getByRole("link", { name: "Apparel" })).toBeVisible();
});
