import { expect, type Page } from "@playwright/test";

/** Steps a shopper takes again and again, written once: buying, reading mail, signing in. */

export async function addToCartAndCheckout(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/en\/checkout$/);
}

/** Types email and address as a shopper who never presses "Continue": each section opens once the one before is valid. */
export async function fillContactAndAddress(page: Page, { email }: { email: string }) {
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await page.getByRole("combobox", { name: "Country" }).selectOption("US");
  await page.getByRole("textbox", { name: "ZIP code" }).fill("97201");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Portland");
  await page.getByRole("textbox", { name: "Address" }).fill("1 Main Street");
}

export async function payOnDelivery(page: Page) {
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  return Number(/orders\/(\d+)/.exec(page.url())![1]);
}

/** The newest mail to `email` with `subject` in the dev mailbox: the first link with `linkName` in it. */
export async function linkFromMailbox(page: Page, { email, subject, linkName }: { email: string; subject: string | RegExp; linkName: string }) {
  await page.goto("/en/dev/mailbox");
  await page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).getByRole("link", { name: subject }).first().click();
  const href = await page.frameLocator('iframe[title="Email preview"]').getByRole("link", { name: linkName }).getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** Signs in by magic link: asks for it, opens it from the dev mailbox, lands on `landing`. */
export async function signInByEmail(page: Page, email: string, landing = "/en/account") {
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(landing)}`);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`Check your inbox: we sent a sign-in link to ${email.toLowerCase()}.`, { exact: false })).toBeVisible();
  const href = await linkFromMailbox(page, { email: email.toLowerCase(), subject: "Your sign-in link for Juniper Lane", linkName: "Sign in" });
  await page.goto(href);
  return href;
}
