import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, signInByEmail } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
const savedVisa = "Visa ending in 4242 · expires 12/34";

/** What a purchase costs the shopper: button and link clicks, and fields typed into. */
function effort() {
  let clicks = 0;
  let typed = 0;
  return {
    async click(target: Locator) {
      clicks++;
      await target.click();
    },
    async type(field: Locator, value: string) {
      typed++;
      await field.fill(value);
    },
    get clicks() {
      return clicks;
    },
    get typed() {
      return typed;
    },
  };
}

/** A new account's first order: address and card typed once, the card saved on request. */
async function firstOrderSavingTheCard(page: Page, email: string) {
  await signInByEmail(page, email);
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await page.getByRole("textbox", { name: "ZIP code" }).fill("97201");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Portland");
  await page.getByRole("textbox", { name: "Address" }).fill("1 Main Street");
  await page.getByRole("textbox", { name: "Card number" }).fill("4242 4242 4242 4242");
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("12 / 34");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("123");
  await page.getByRole("checkbox", { name: "Save this card for next time" }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
}

test("a signed-in shopper with a saved card pays typing nothing, in three clicks from the product page, and can remove the card", async ({ page }) => {
  await firstOrderSavingTheCard(page, uniqueEmail("saver"));

  const spent = effort();
  await page.goto(`/en/p/${mug.slug}?color=sky`);
  await spent.click(page.getByRole("button", { name: "Add to cart" }));
  await spent.click(page.getByRole("dialog").getByRole("link", { name: "Checkout" }));
  await expect(page).toHaveURL(/\/en\/checkout$/);
  await expect(page.getByRole("radio", { name: savedVisa })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Card number" })).toHaveCount(0);
  await expect(page.getByText(/Ada Lovelace, 1 Main Street, Portland, OR 97201/)).toBeVisible();
  await expectAccessible(page);
  await spent.click(page.getByRole("button", { name: /^Pay \$\d+\.\d\d$/ }));
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
  expect(spent.clicks).toBeLessThanOrEqual(3);
  expect(spent.typed).toBeLessThanOrEqual(1);

  // "Use another card" brings the card fields back; the saved one stays offered.
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await page.getByRole("radio", { name: "Use another card" }).check();
  await expect(page.getByRole("textbox", { name: "Card number" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Save this card for next time" })).not.toBeChecked();

  await page.goto("/en/account");
  const cards = page.getByRole("region", { name: "Saved cards" });
  await expect(cards.getByRole("listitem").filter({ hasText: "Visa ending in 4242 · expires 12/34" })).toBeVisible();
  await expectAccessible(page);
  await cards.getByRole("button", { name: "Remove Visa ending in 4242" }).click();
  await expect(cards.getByText(/^No saved cards\./)).toBeVisible();
  await page.goto("/en/checkout");
  await expect(page.getByRole("radio", { name: savedVisa })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Card number" })).toBeVisible();
});

test("a saved card that isn't the shopper's is refused next to the payment choice; another card then pays and nothing typed is lost", async ({ page }) => {
  await firstOrderSavingTheCard(page, uniqueEmail("tamper"));
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=sky`);
  await expect(page.getByRole("radio", { name: savedVisa })).toBeChecked();
  // The request names a card id that is not this account's (as if someone else's were posted).
  let tampered = false;
  await page.route("**/en/checkout", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body?.includes("savedCardId")) return route.continue();
    tampered = true;
    await route.continue({ postData: body.replace(/(name="[^"]*savedCardId"\r\n\r\n)[0-9a-f-]{36}/, `$1${randomUUID()}`) });
  });
  await page.getByRole("button", { name: /^Pay / }).click();
  const refusal = "This saved card can’t be used. Nothing was charged — choose another card.";
  await expect(page.getByRole("group", { name: "Card to pay with" })).toHaveAccessibleDescription(refusal);
  expect(tampered).toBe(true);
  await expect(page.getByText(/Ada Lovelace, 1 Main Street, Portland, OR 97201/)).toBeVisible();
  await expectAccessible(page);
  await page.unrouteAll();

  await page.getByRole("radio", { name: "Use another card" }).check();
  await expect(page.getByText(refusal)).toHaveCount(0);
  await page.getByRole("textbox", { name: "Card number" }).fill("5555 5555 5555 4444");
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("11 / 33");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("321");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
});
