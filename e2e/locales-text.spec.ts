import { expect, expectAccessible, test } from "./fixtures";
import {
  addMugAndCheckout,
  englishLeftovers,
  expectPhoneReadsLeftToRight,
  fillContactAndAddress,
  latinDigitsOutsideCodes,
  messages,
  mug,
  overflowingElements,
  payOnDelivery,
} from "./pages/locale-text";

/** Issue 13: one digit style per locale, codes that never reverse, no English left over, no text running out of its box. */

test("in Persian every number on the checkout and the confirmation is in Persian digits, codes aside", async ({ page }) => {
  await addMugAndCheckout(page, "fa");
  expect(await latinDigitsOutsideCodes(page)).toEqual([]);
  await expectAccessible(page);
  await fillContactAndAddress(page, "fa");
  await page.getByRole("textbox", { name: messages.fa.checkout.cardNumber, exact: true }).fill("4242424242424242");
  // Every section done but payment: summaries, step badges and the pay button are on the page.
  await expect(page.getByRole("navigation", { name: messages.fa.checkout.progress }).locator('[aria-current="step"]')).toContainText(messages.fa.checkout.sections.payment);
  expect(await latinDigitsOutsideCodes(page)).toEqual([]);
  await expectAccessible(page);
  await payOnDelivery(page, "fa");
  // The order number is in the heading, in Persian digits, isolated.
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-ltr-code]")).toHaveText(/^[۰-۹]{6}$/);
  expect(await latinDigitsOutsideCodes(page)).toEqual([]);
});

for (const locale of ["fa", "ar"] as const) {
  test(`the support phone reads left to right in ${locale}, in the shop and at checkout`, async ({ page, visit }) => {
    await visit(`/${locale}/p/${mug.slug}`);
    await expectPhoneReadsLeftToRight(page, page.getByRole("region", { name: messages[locale].promise.label }));
    await expectPhoneReadsLeftToRight(page, page.getByRole("contentinfo"));
    await addMugAndCheckout(page, locale);
    await expectPhoneReadsLeftToRight(page, page.getByRole("banner"));
  });
}

for (const locale of ["fa", "ar", "uk"] as const) {
  test(`no English is left on the ${locale} checkout and confirmation`, async ({ page }) => {
    await addMugAndCheckout(page, locale);
    expect(await englishLeftovers(page, locale)).toEqual([]);
    await fillContactAndAddress(page, locale);
    await page.getByRole("textbox", { name: messages[locale].checkout.cardNumber, exact: true }).fill("4242");
    expect(await englishLeftovers(page, locale)).toEqual([]);
    await expectAccessible(page);
    await payOnDelivery(page, locale);
    expect(await englishLeftovers(page, locale)).toEqual([]);
  });
}

for (const locale of ["fa", "ar", "uk"] as const) {
  test(`no English is left on the ${locale} product page and cart`, async ({ page, visit }) => {
    await visit(`/${locale}/p/${mug.slug}?color=white`);
    expect(await englishLeftovers(page, locale)).toEqual([]);
    await page.getByRole("button", { name: messages[locale].product.addToCart }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await englishLeftovers(page, locale)).toEqual([]);
    await visit(`/${locale}/cart`);
    expect(await englishLeftovers(page, locale)).toEqual([]);
  });
}

test("the footer's support hours are written in each language with the store's time zone named", async ({ page, visit }) => {
  const hours = { en: /Mon\s–\sFri .*\(Pacific Time\)/, fa: /دوشنبه.*۱۸:۰۰.*\(وقت غرب امریکا\)/, ar: /الاثنين.*\(توقيت المحيط الهادي\)/, uk: /пн\s–\sпт 08:00–18:00.*\(за північноамериканським тихоокеанським часом\)/ };
  for (const [locale, text] of Object.entries(hours)) {
    await visit(`/${locale}/cart`);
    await expect(page.getByRole("contentinfo").getByText(text)).toBeVisible();
  }
});

test("in Ukrainian at 1280 px nothing runs out of its box on the listing with filters, product, cart and checkout", async ({ page, visit }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await visit("/uk/c/apparel?color=navy&size=M");
  expect(await overflowingElements(page)).toEqual([]);
  // Colour swatches keep their size beside the longest names.
  const filters = page.getByRole("form", { name: messages.uk.listing.filters });
  for (const swatch of await filters.locator("label span[aria-hidden][style]").all()) {
    const box = (await swatch.boundingBox())!;
    expect(Math.round(box.width)).toBe(16);
    expect(Math.round(box.height)).toBe(16);
  }
  await visit(`/uk/p/${mug.slug}?color=white`);
  expect(await overflowingElements(page)).toEqual([]);
  await addMugAndCheckout(page, "uk");
  expect(await overflowingElements(page)).toEqual([]);
  await expectAccessible(page);
  await visit("/uk/cart");
  expect(await overflowingElements(page)).toEqual([]);
});
