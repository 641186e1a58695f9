import type { Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";

const mug = catalog.product("enamel-camp-mug");

/** The ecommerce events on the page's dataLayer (E7), as an ad tag would read them. */
const dataLayerEvents = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: { event?: string; ecommerce?: { currency: string; value: number; items: { item_name: string; quantity: number }[] } }[] }).dataLayer ?? []).filter(
      (entry) => entry.ecommerce,
    ),
  );

async function addMug(page: Page) {
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("dialog").getByRole("link", { name: "Checkout" })).toBeVisible();
}

test("product views, adds and checkout starts reach the dataLayer only once the shopper allows advertising measurement", async ({ page, visit }) => {
  // Nothing before the shopper chose.
  await visit(`/en/p/${mug.slug}?color=white`);
  await addMug(page);
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toBeVisible();
  expect(await dataLayerEvents(page)).toEqual([]);

  // The footer leads to the choice; it is off until allowed.
  await visit("/en/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy choices" }).click();
  await expect(page.getByRole("radio", { name: "Don’t allow" })).toBeChecked();
  await page.getByRole("radio", { name: "Allow", exact: true }).check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your choice is saved on this browser." })).toBeVisible();
  await expectAccessible(page);

  await visit(`/en/p/${mug.slug}?color=white`);
  await expect.poll(async () => (await dataLayerEvents(page)).map((entry) => entry.event)).toEqual(["view_item"]);
  const [view] = await dataLayerEvents(page);
  expect(view!.ecommerce).toMatchObject({ currency: "USD", items: [{ item_name: mug.name.en, quantity: 1 }] });
  expect(view!.ecommerce!.value).toBeGreaterThan(0);
  await addMug(page);
  await expect.poll(async () => (await dataLayerEvents(page)).map((entry) => entry.event)).toEqual(["view_item", "add_to_cart"]);

  // The mini-cart's link moves within the app: the page's dataLayer lives on, as a tag manager expects.
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await expect.poll(async () => (await dataLayerEvents(page)).map((entry) => entry.event)).toEqual(["view_item", "add_to_cart", "begin_checkout"]);
  const start = (await dataLayerEvents(page)).at(-1);
  expect(start!.ecommerce!.items).toEqual([expect.objectContaining({ item_name: mug.name.en, quantity: 2 })]);

  // Taking it back stops them again.
  await visit("/en/privacy");
  await expect(page.getByRole("radio", { name: "Allow", exact: true })).toBeChecked();
  await page.getByRole("radio", { name: "Don’t allow" }).check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await visit(`/en/p/${mug.slug}?color=white`);
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeEnabled();
  expect(await dataLayerEvents(page)).toEqual([]);
});

test("a browser sending Global Privacy Control gets no retargeting events, whatever was chosen", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "en-US" });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
  await context.addCookies([{ name: "ad_consent", value: "granted", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await addMug(page);
  expect(await dataLayerEvents(page)).toEqual([]);
  await page.goto("/en/privacy");
  await expect(page.getByText("Your browser sends Global Privacy Control, so advertising measurement stays off whatever you choose here.")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
