import { expect, expectAccessible, test } from "./fixtures";
import { addMugAndCheckout, messages, mug, overflowingElements } from "./pages/locale-text";

/** Issue 13 on a phone (Pixel 7, narrowed to 360 and 320 px): Ukrainian's long words stay in their boxes; the header keeps one row. */

test.describe("a 360 px screen in Ukrainian", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test.describe.configure({ timeout: 120_000 });

  test("nothing runs out of its box on the listing with its filters open, product, cart and checkout", async ({ page, visit }) => {
    await visit("/uk/c/apparel?color=navy&size=M");
    expect(await overflowingElements(page)).toEqual([]);
    await page.getByRole("button", { name: new RegExp(messages.uk.listing.filters) }).click();
    const drawer = page.getByRole("dialog", { name: messages.uk.listing.filters });
    await expect(drawer).toBeVisible();
    expect(await overflowingElements(page)).toEqual([]);
    for (const swatch of await drawer.locator("label span[aria-hidden][style]").all()) {
      const box = (await swatch.boundingBox())!;
      expect([Math.round(box.width), Math.round(box.height)]).toEqual([16, 16]);
    }
    await expectAccessible(page);
    await visit(`/uk/p/${mug.slug}?color=white`);
    expect(await overflowingElements(page)).toEqual([]);
    await addMugAndCheckout(page, "uk");
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessible(page);
    await visit("/uk/cart");
    expect(await overflowingElements(page)).toEqual([]);
  });
});

for (const width of [360, 320]) {
  test.describe(`a ${width} px header`, () => {
    test.use({ viewport: { width, height: 780 } });
    for (const locale of ["uk", "en", "fa"] as const) {
      test(`keeps the logo, cart and menu button in one row in ${locale}`, async ({ page, visit }) => {
        await visit(`/${locale}/c/apparel`);
        const banner = page.getByRole("banner");
        const m = messages[locale];
        const logo = (await banner.getByRole("link", { name: m.nav.home.replace("{storeName}", "Juniper Lane") }).boundingBox())!;
        const menu = (await banner.getByRole("button", { name: m.nav.menu }).boundingBox())!;
        // The menu button's centre lies within the logo's row (the logo may wrap onto two lines, never the button).
        const centre = menu.y + menu.height / 2;
        expect(centre).toBeGreaterThan(logo.y);
        expect(centre).toBeLessThan(logo.y + logo.height);
        expect(menu.x).toBeGreaterThanOrEqual(0);
        expect(menu.x + menu.width).toBeLessThanOrEqual(width);
      });
    }
  });
}
