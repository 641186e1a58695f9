import { catalog, shirt } from "./catalog";
import { expect, test } from "./fixtures";
import { ProductPage } from "./pages/product-page";

test.describe("product page", () => {
  test("options are radio groups that work by keyboard and write the choice to the URL", async ({ page, visit }) => {
    await visit(`/en/p/${shirt.slug}`);
    const product = new ProductPage(page);
    const white = product.option(/^Colour/, "White");
    await white.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/color=white/);
    await expect(white).toBeChecked();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/color=(?!white)/);
  });

  test("a shared link keeps the chosen variant", async ({ page, visit }) => {
    await visit(`/en/p/${shirt.slug}?size=M&color=white`);
    const product = new ProductPage(page);
    await expect(product.option(/^Size/, "M")).toBeChecked();
    await expect(product.option(/^Colour/, "White")).toBeChecked();
    await expect(product.buyButton()).toHaveText("Add to cart");
    await expect(page.getByText("In stock, ready to ship")).toBeVisible();
  });

  test("a sold-out combination says what to change, never a bare out-of-stock", async ({ page, visit }) => {
    await visit(`/en/p/${shirt.slug}?color=sky`);
    const product = new ProductPage(page);
    await expect(product.option(/^Size/, "S (sold out)")).toBeVisible();
    await expect(product.buyButton()).toHaveText("Choose a size");
    await product.option(/^Size/, "S (sold out)").check();
    await expect(page.getByText("This combination is sold out — try another size")).toBeVisible();
    await expect(product.buyButton()).toBeDisabled();
  });

  test("shows price with savings, ratings, reviews with photos and the returns promise", async ({ page, visit }) => {
    const onSale = catalog.products.find((p) => p.variants.every((v) => v.compareAtPrice) && p.reviews.some((r) => r.photos?.length))!;
    await visit(`/en/p/${onSale.slug}`);
    await expect(page.getByText(/You save \$\d+\.\d\d \(\d+%\)/)).toBeVisible();
    await expect(page.getByRole("link", { name: /out of 5 from \d+ reviews?/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Reviews" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Photo from .+’s review/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Read the returns policy" })).toHaveAttribute("href", "/en/returns");
  });

  test("publishes Product structured data with price, availability and rating", async ({ page, visit }) => {
    await visit(`/en/p/${shirt.slug}`);
    const data = await new ProductPage(page).jsonLd();
    expect(data).toMatchObject({ "@type": "Product", name: shirt.name.en });
    const offers = data.offers as { price: string; priceCurrency: string; availability: string }[];
    expect(offers).toHaveLength(shirt.variants.length);
    expect(offers[0]!.price).toMatch(/^\d+\.\d\d$/);
    expect(offers.some((o) => o.availability === "https://schema.org/OutOfStock")).toBe(true);
    expect(data.aggregateRating).toMatchObject({ "@type": "AggregateRating", reviewCount: shirt.reviews.length });
  });

  test("the gallery follows the chosen colour and thumbnails are buttons", async ({ page, visit }) => {
    await visit(`/en/p/${shirt.slug}?color=navy`);
    const gallery = page.getByRole("region", { name: "Product images" });
    await expect(gallery.getByRole("img", { name: `${shirt.name.en} in Navy` })).toBeVisible();
    const second = gallery.getByRole("button", { name: /Show image 2 of/ });
    await second.click();
    await expect(second).toHaveAttribute("aria-pressed", "true");
  });

  test("a product without options can be bought straight away", async ({ page, visit }) => {
    const simple = catalog.products.find((p) => p.optionNames.length === 0 && p.variants[0]!.stock > 5)!;
    await visit(`/en/p/${simple.slug}`);
    await expect(new ProductPage(page).buyButton()).toHaveText("Add to cart");
    await expect(page.getByRole("radio")).toHaveCount(0);
  });
});
