import { expect, type Locator, type Page } from "@playwright/test";

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
  await fillAddress(page);
}

/** The delivery address of a shopper in Portland, typed into the open address section. */
export async function fillAddress(page: Page) {
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

export const orderSummary = (page: Page) => page.getByRole("complementary", { name: "Order summary" });

/** The figures of a summary as the shopper reads them: each term with its (first) description. */
export const figures = (scope: Locator) =>
  scope
    .locator("dl")
    .last()
    .evaluate((list) => Object.fromEntries([...list.querySelectorAll(":scope > div")].map((row) => [row.querySelector("dt")!.textContent, row.querySelector("dd")!.textContent])));

/** Pays with the test gateway's always-approved card; returns the amount the Pay button named. */
export async function payByCard(page: Page) {
  await page.getByRole("textbox", { name: "Card number" }).fill("4242 4242 4242 4242");
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("12/34");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("123");
  const pay = page.getByRole("button", { name: /^Pay \S/ });
  const amount = (await pay.textContent())!.replace("Pay ", "");
  await pay.click();
  await expect(page.getByText("Paid — we’re preparing it").first()).toBeVisible();
  return amount;
}

/** The text of the receipt for the order with `number`, from the dev mailbox. */
export async function receiptText(page: Page, { email, number }: { email: string; number: string }) {
  await page.goto("/en/dev/mailbox");
  await page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).getByRole("link", { name: `Your order ${number} at Juniper Lane` }).click();
  const preview = page.frameLocator('iframe[title="Email preview"]');
  await expect(preview.getByText("Thank you for your order", { exact: false })).toBeVisible();
  return preview.locator("body").innerText();
}

/** "Deliver to" in the header: country and postal code. The dropdown stays open after a change of currency, to show the note. */
export async function deliverTo(page: Page, country: string, postalCode = "") {
  const form = page.getByRole("group", { name: "Deliver to" });
  if (!(await form.isVisible())) await page.getByText(/^Deliver to/).first().click();
  await form.getByRole("combobox", { name: "Country" }).selectOption({ label: country });
  await form.getByRole("textbox", { name: "Postal code (optional)" }).fill(postalCode);
  // A cached page reloads as the new destination's market; a refused destination reloads nothing.
  const cached = (await page.locator("main[data-cached-shell]").count()) > 0;
  const reloaded = cached ? page.waitForEvent("load", { timeout: 5_000 }).catch(() => undefined) : undefined;
  await page.getByRole("button", { name: "Update" }).click();
  await reloaded;
}
