import { mkdirSync } from "node:fs";
import fa from "../messages/fa/ui.json" with { type: "json" };
import { shirt } from "./catalog";
import { expect, test } from "./fixtures";

const locales = [
  { locale: "en", lang: "en-US", dir: "ltr", home: "Everyday goods, made to last" },
  { locale: "fa", lang: "fa-IR", dir: "rtl" },
  { locale: "ar", lang: "ar", dir: "rtl" },
  { locale: "uk", lang: "uk-UA", dir: "ltr" },
] as const;

const pages = ["", "/c/apparel", `/p/${shirt.slug}`, "/search?q=mug", "/shipping", "/returns", "/faq", "/contact", "/privacy", "/terms"];

for (const { locale, lang, dir } of locales) {
  test(`every page renders in ${locale} with lang=${lang} and dir=${dir}`, async ({ page, visit }) => {
    // Ten pages, each audited by axe: about five seconds each on two busy cores.
    test.setTimeout(120_000);
    for (const path of pages) {
      await visit(`/${locale}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
}

test("product names, prices and dates are localized", async ({ page, visit }) => {
  await visit(`/fa/p/${shirt.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shirt.name.fa);
  // Persian digits in the price.
  await expect(page.getByRole("main").getByText(/[۰-۹]/).first()).toBeVisible();
  await visit(`/uk/p/${shirt.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shirt.name.uk);
});

test("the language switcher keeps the page and the chosen variant", async ({ page, visit }) => {
  await visit(`/en/p/${shirt.slug}?size=M&color=white`);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/p/${shirt.slug}\\?size=M&color=white$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shirt.name.ar);
});

test("the product page mirrors in RTL (screenshot kept as an artifact)", async ({ page, visit }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await visit(`/fa/p/${shirt.slug}?color=navy`);
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  const gallery = await page.getByRole("region", { name: fa.product.gallery }).boundingBox();
  // In RTL the gallery (first in source order) sits on the right, the details on the left.
  expect(gallery!.x).toBeGreaterThan(heading!.x);
  mkdirSync("artifacts", { recursive: true });
  const path = "artifacts/product-page-fa-rtl.png";
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("product-page-fa-rtl", { path, contentType: "image/png" });
});

test("the header's search box has room to type in every language", async ({ page, visit }) => {
  for (const { locale } of locales) {
    await visit(`/${locale}/c/apparel`);
    const box = (await page.getByRole("banner").getByRole("searchbox").boundingBox())!;
    expect(box.width, locale).toBeGreaterThanOrEqual(250);
  }
});
