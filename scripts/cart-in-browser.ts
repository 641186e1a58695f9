import type { Page } from "@playwright/test";

/** Puts one mug in this browser's cart through the real product page, as a shopper would. */
export async function addMugToCart(page: Page, base: string) {
  await page.goto(`${base}/en/p/enamel-camp-mug?color=white`);
  // `first()`: on a phone the sticky bar repeats the button.
  await page.getByRole("button", { name: "Add to cart" }).first().click();
  await page.getByRole("dialog").waitFor();
}
