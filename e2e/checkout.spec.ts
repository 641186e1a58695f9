import type { Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { fillContactAndAddress as fillAddress, payOnDelivery } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");

/** Counts the shopper's clicks (keyboard typing is not a click). */
function clickCounter() {
  let clicks = 0;
  return {
    async click(locator: ReturnType<Page["getByRole"]>) {
      clicks++;
      await locator.click();
    },
    get count() {
      return clicks;
    },
  };
}

/** Fields the shopper can see and fill (inputs, selects, text areas) on the page right now. */
const fieldsInView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("main input:not([type=hidden]), main select, main textarea")].filter((el) => (el as HTMLElement).offsetParent !== null).length,
  );

const progress = (page: Page) => page.getByRole("navigation", { name: "Checkout progress" });

async function addMugAndCheckout(page: Page, clicks = clickCounter()) {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await clicks.click(page.getByRole("button", { name: "Add to cart" }));
  await clicks.click(page.getByRole("dialog").getByRole("link", { name: "Checkout" }));
  await expect(page).toHaveURL(/\/en\/checkout$/);
  return clicks;
}

/** Email and address typed straight through: no "Continue" click (and no click at all) is needed. */
async function fillContactAndAddress(page: Page, email = `guest.${Date.now()}@example.com`) {
  await fillAddress(page, { email });
  return email;
}

test("a guest pays by test card in three clicks (Add to cart, Checkout, Pay), with the progress bar following each section", async ({ page, visit }) => {
  const clicks = await addMugAndCheckout(page);
  await expect(progress(page).locator('[aria-current="step"]')).toContainText("Contact: current step");
  await expectAccessible(page);
  expect(await fieldsInView(page)).toBeLessThanOrEqual(12);
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveAttribute("autocomplete", "email");
  // Four sections and no promised fifth step: the pay button places the order, and says so.
  await expect(progress(page).getByRole("listitem")).toHaveText([/^1\s*Contact/, /^2\s*Delivery address/, /^3\s*Delivery method/, /^4\s*Payment/]);
  await expect(page.getByText(/Review/)).toHaveCount(0);
  await expect(page.getByText("Nothing is charged until you place your order; the summary shows everything you pay.")).toBeVisible();
  const email = await fillContactAndAddress(page);
  await expect(progress(page).getByRole("button", { name: "Contact: done" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Card number" })).toHaveAttribute("autocomplete", "cc-number");
  await expect(page.getByRole("button", { name: /^Pay / })).toHaveAccessibleDescription(/^By tapping Pay you place your order\./);
  await expectAccessible(page);

  // Going on into the payment fields completes the address and the preselected delivery method.
  await page.getByRole("textbox", { name: "Card number" }).fill("4242424242424242");
  await expect(progress(page).getByRole("button", { name: "Delivery address: done" })).toBeVisible();
  await expect(progress(page).getByRole("button", { name: "Delivery method: done" })).toBeVisible();
  await expect(progress(page).locator('[aria-current="step"]')).toContainText("Payment: current step");
  await expect(page.getByText(/Ada Lovelace, 1 Main Street, Portland, OR 97201/)).toBeVisible();
  expect(await fieldsInView(page)).toBeLessThanOrEqual(12);
  await expect(page.getByRole("textbox", { name: "Card number" })).toHaveValue("4242 4242 4242 4242");
  // Saving a card is for account holders; a guest is not offered it.
  await expect(page.getByRole("checkbox", { name: "Save this card for next time" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("12 / 34");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("123");
  const pay = page.getByRole("button", { name: /^Pay \$\d+\.\d\d$/ });
  const total = (await pay.textContent())!.replace("Pay ", "");
  await clicks.click(pay);

  await expect(page).toHaveURL(/\/en\/orders\/\d{6}\?key=[\w-]+&placed=1$/);
  await expect(page.getByText("Thank you! Your order is confirmed.")).toBeVisible();
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
  await expect(page.getByText(`We’ve sent a receipt to ${email}.`)).toBeVisible();
  await expect(page.getByText(total).last()).toBeVisible();
  expect(clicks.count).toBeLessThanOrEqual(3);
  await expectAccessible(page);
  const number = /orders\/(\d+)/.exec(page.url())![1]!;
  await visit("/en/dev/mailbox");
  await expect(page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) }).getByRole("link", { name: `Your order ${number} at Juniper Lane` })).toBeVisible();
  // The cart is closed by the order.
  await page.goto("/en/cart");
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
});

test("a guest pays on delivery in four clicks from the product page (Add to cart, Checkout, Cash on delivery, Place order)", async ({ page }) => {
  const clicks = await addMugAndCheckout(page);
  await fillContactAndAddress(page);
  await clicks.click(page.getByRole("radio", { name: /Cash on delivery/ }));
  await expect(page.getByRole("textbox", { name: "Card number" })).toHaveCount(0);
  await expect(page.getByText("By tapping Place order you place your order.")).toBeVisible();
  await clicks.click(page.getByRole("button", { name: /^Place order · \$\d+\.\d\d$/ }));
  await expect(page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  await expect(page.getByText(/Please have \$\d+\.\d\d ready for the courier/)).toBeVisible();
  expect(clicks.count).toBeLessThanOrEqual(4);
});

test("after an order the cart leads back to it, so a confirmation lost to an error is never lost", async ({ page }) => {
  await addMugAndCheckout(page);
  await fillContactAndAddress(page);
  const number = await payOnDelivery(page);
  await page.goto("/en/cart");
  await expect(page.getByRole("status").filter({ hasText: `Your order ${number} was placed.` })).toBeVisible();
  await page.getByRole("link", { name: "View your order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
});

test("a declined card keeps everything typed, then another card succeeds", async ({ page }) => {
  await addMugAndCheckout(page);
  const email = await fillContactAndAddress(page);
  await page.getByRole("textbox", { name: "Card number" }).fill("4000 0000 0000 0002");
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("12/34");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("123");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByText("Your card was declined. Nothing was charged — try another card or choose another payment method.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Card number" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  // Reload: the address and email come back from the server; card details are never stored.
  await page.reload();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(/Ada Lovelace, 1 Main Street/)).toBeVisible();
  await page.getByRole("textbox", { name: "Card number" }).fill("4242 4242 4242 4242");
  await page.getByRole("textbox", { name: "Expiry date (MM / YY)" }).fill("12/34");
  await page.getByRole("textbox", { name: "Security code (CVC)" }).fill("123");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
});

test("changing a quantity in the summary updates every figure and the pay button", async ({ page }) => {
  await addMugAndCheckout(page);
  const summary = page.getByRole("complementary", { name: "Order summary" });
  const pay = page.getByRole("button", { name: /^Pay / });
  await fillContactAndAddress(page);
  const before = await pay.textContent();
  await summary.getByRole("button", { name: `Increase quantity of ${mug.name.en}` }).click();
  await expect(summary.locator("output")).toHaveText("2");
  await expect(pay).not.toHaveText(before!);
  await expect(summary.getByRole("link", { name: mug.name.en })).toHaveAttribute("href", /\/en\/p\/enamel-camp-mug\?color=white/);
});

test("checkout works by keyboard alone", async ({ page }) => {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/checkout$/);
  await page.getByRole("textbox", { name: "Email" }).focus();
  await page.keyboard.type(`keys.${Date.now()}@example.com`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();
  await page.keyboard.type("Grace Hopper");
  await page.keyboard.press("Tab"); // country (already the US)
  await page.keyboard.press("Tab");
  await page.keyboard.type("10001");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("New York");
  await expect(page.getByRole("combobox", { name: "State" })).toHaveValue("NY");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab"); // state (filled in from the ZIP)
  await page.keyboard.press("Tab");
  await page.keyboard.type("5 Fifth Avenue");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Card number" })).toBeVisible();
  await page.getByRole("textbox", { name: "Card number" }).focus();
  await page.keyboard.type("4242424242424242");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1234");
  await page.keyboard.press("Tab");
  await page.keyboard.type("123");
  await expect(page.getByRole("textbox", { name: "Expiry date (MM / YY)" })).toHaveValue("1234");
  await expect(page.getByRole("button", { name: /^Pay / })).toBeEnabled();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
});

test("typing and tabbing through opens each section without Continue, never moves focus, and says what opened", async ({ page }) => {
  await addMugAndCheckout(page);
  const email = page.getByRole("textbox", { name: "Email" });
  await email.focus();
  await page.keyboard.type(`tabs.${Date.now()}@example.com`);
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeVisible();
  await expect(email).toBeFocused();
  await expect(page.getByText("Delivery address is open below.")).toBeAttached();
  // Tab goes on past the consent box, the text-reminder box (the e2e store offers texts) and the optional "Continue" into the address; the contact folds away.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();
  await expect(progress(page).getByRole("button", { name: "Contact: done" })).toBeVisible();
  await page.keyboard.type("Grace Hopper");
  await page.keyboard.press("Tab"); // country (already the US)
  await page.keyboard.press("Tab");
  await page.keyboard.type("10001");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("New York");
  await expect(page.getByRole("combobox", { name: "State" })).toHaveValue("NY");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab"); // state (filled in from the ZIP)
  await page.keyboard.press("Tab");
  await page.keyboard.type("5 Fifth Avenue");
  await expect(page.getByText("Delivery method is open below.")).toBeAttached();
  await expect(page.getByRole("textbox", { name: "Address" })).toBeFocused();
  const cardNumber = page.getByRole("textbox", { name: "Card number" });
  for (let i = 0; i < 12 && !(await cardNumber.evaluate((field) => field === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(cardNumber).toBeFocused();
  await expect(progress(page).getByRole("button", { name: "Delivery address: done" })).toBeVisible();
  await expect(progress(page).getByRole("button", { name: "Delivery method: done" })).toBeVisible();
  await expect(page.getByText(/Grace Hopper, 5 Fifth Avenue, New York, NY 10001/)).toBeVisible();
  await page.keyboard.type("4242424242424242");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1234");
  await page.keyboard.press("Tab");
  await page.keyboard.type("123");
  await expect(page.getByRole("button", { name: /^Pay / })).toBeEnabled();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Paid — we’re preparing it")).toBeVisible();
});

test("bad input gets a specific message next to the field and loses nothing", async ({ page }) => {
  await addMugAndCheckout(page);
  const email = page.getByRole("textbox", { name: "Email" });
  await email.fill("not-an-email");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(email).toBeFocused();
  await email.fill(`odd.${Date.now()}@example.com`);
  await page.getByRole("region", { name: "1. Contact" }).getByRole("button", { name: "Continue" }).click();
  const name = page.getByRole("textbox", { name: "Full name" });
  await name.fill("x".repeat(5000));
  await name.blur();
  await expect(page.getByText("Please keep this under 100 characters.")).toBeVisible();
  await name.fill("<script>alert(1)</script>");
  await name.blur();
  await expect(page.getByText("Use letters, numbers and common punctuation only.")).toBeVisible();
  await name.fill("Ada 🚀");
  await name.blur();
  await expect(page.getByText("Use letters, numbers and common punctuation only.")).toBeVisible();
  await name.fill("مریم میرزاخانی");
  await name.blur();
  await expect(page.getByText("Use letters, numbers and common punctuation only.")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Country" }).selectOption("DE");
  const postal = page.getByRole("textbox", { name: "Postal code" });
  await postal.fill("97201-12");
  await postal.blur();
  await expect(page.getByText("This doesn’t look like a postal code for Germany (for example 10115).")).toBeVisible();
  await expectAccessible(page);
  await postal.fill("10115");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Berlin");
  await page.getByRole("textbox", { name: "Address" }).fill("Unter den Linden 1");
  await page.getByRole("region", { name: "2. Delivery address" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/مریم میرزاخانی, Unter den Linden 1, 10115 Berlin/)).toBeVisible();

  // A tampered total is never charged: the server's figures win and the shopper is told.
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  // Tamper with the request itself: the total the browser sends becomes 0.01.
  let tampered = false;
  await page.route("**/en/checkout", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body?.includes("expectedTotal")) return route.continue();
    tampered = true;
    await route.continue({ postData: body.replace(/(name="[^"]*expectedTotal"\r\n\r\n)\d+/, "$11") });
  });
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page.getByText(/The total changed to €\d+\.\d\d since you opened checkout/)).toBeVisible();
  expect(tampered).toBe(true);
  await expect(page.getByText(/مریم میرزاخانی/)).toBeVisible();
});

test("a cart emptied in another tab stops the checkout with a clear message and keeps the details", async ({ page, context }) => {
  await addMugAndCheckout(page);
  const email = await fillContactAndAddress(page);
  const other = await context.newPage();
  await other.goto("/en/cart");
  await other.getByRole("button", { name: `Remove ${mug.name.en}` }).click();
  await expect(other.getByText("Your cart is empty.")).toBeVisible();
  // The checkout tab follows live: no order can be placed for an empty cart, nothing is charged.
  await expect(page.getByText(/Your cart was emptied, perhaps in another tab or on another device. Nothing was charged/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pay|^Place order/ })).toHaveCount(0);
  await other.getByRole("button", { name: "Undo" }).click();
  await expect(other.getByRole("link", { name: mug.name.en })).toBeVisible();
  await page.goto("/en/checkout");
  await expect(page.getByText(email)).toBeVisible();
  await other.close();
});

test("a guest finds an order by number and email; a forged link shows nothing", async ({ page, visit }) => {
  await addMugAndCheckout(page);
  const email = await fillContactAndAddress(page);
  await page.getByRole("radio", { name: /Bank transfer/ }).check();
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page.getByRole("heading", { name: "How to pay by bank transfer" })).toBeVisible();
  const number = /orders\/(\d+)/.exec(page.url())![1]!;
  await visit(`/en/orders/${number}?key=forged`);
  await expect(page.getByText(/This link to the order isn’t valid/)).toBeVisible();
  await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
  await visit("/en/orders");
  await page.getByRole("textbox", { name: "Order number" }).fill(number);
  await page.getByRole("textbox", { name: "Email" }).fill("someone.else@example.com");
  await page.getByRole("button", { name: "Find my order" }).click();
  await expect(page.getByText(/We couldn’t find an order with that number and email/)).toBeVisible();
  await page.getByRole("textbox", { name: "Email" }).fill(email.toUpperCase());
  await page.getByRole("button", { name: "Find my order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(page.getByText("Waiting for your bank transfer").first()).toBeVisible();
});

test("Persian shoppers check out right-to-left, typing Persian digits", async ({ page }) => {
  const fa = (await import("../messages/fa/ui.json", { with: { type: "json" } })).default;
  await page.goto(`/fa/p/${mug.slug}?color=white`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("button", { name: fa.product.addToCart }).click();
  await page.getByRole("dialog").getByRole("link", { name: fa.cart.checkout }).click();
  await expect(page).toHaveURL(/\/fa\/checkout$/);
  await page.getByRole("textbox", { name: fa.checkout.email }).fill(`maryam.${Date.now()}@example.com`);
  await page.getByRole("textbox", { name: fa.checkout.fullName }).fill("مریم میرزاخانی");
  await page.getByRole("combobox", { name: fa.checkout.country }).selectOption("IR");
  await page.getByRole("textbox", { name: fa.checkout.postalCode }).fill("۱۲۳۴۵۶۷۸۹۰");
  await page.getByRole("textbox", { name: fa.checkout.city }).fill("تهران");
  await page.getByRole("textbox", { name: fa.checkout.line1 }).fill("خیابان ولیعصر، پلاک ۱۲");
  await page.getByRole("radio", { name: new RegExp(fa.checkout.methods.cash_on_delivery) }).check();
  // Printed as Iran's post prints it (city before street), joined with the Persian comma.
  await expect(page.getByText(/مریم میرزاخانی، تهران، خیابان ولیعصر/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: new RegExp(`^${fa.checkout.placeOrder.split(" ")[0]}`) }).click();
  await expect(page.getByText(fa.order.statuses.pay_on_delivery).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a mistyped email domain gets a one-tap suggestion that fixes the field", async ({ page }) => {
  await addMugAndCheckout(page);
  const email = page.getByRole("textbox", { name: "Email" });
  const typed = `jane.${Date.now()}@gmial.com`;
  const suggested = typed.replace("gmial", "gmail");
  await email.fill(typed);
  await expect(page.getByRole("button", { name: /^Did you mean/ })).toHaveCount(0);
  await email.blur();
  const suggestion = page.getByRole("button", { name: `Did you mean ${suggested}?` });
  await expect(suggestion).toBeVisible();
  await expectAccessible(page);
  await suggestion.click();
  await expect(email).toHaveValue(suggested);
  await expect(email).toBeFocused();
  await expect(page.getByRole("button", { name: /^Did you mean/ })).toHaveCount(0);
  // The address section has opened by itself below; Continue here folds the contact section.
  await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(suggested)).toBeVisible();
  // The sign-in form offers the same.
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill("ada@hotmial.com");
  await page.getByRole("textbox", { name: "Email" }).blur();
  await page.getByRole("button", { name: "Did you mean ada@hotmail.com?" }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("ada@hotmail.com");
});

test("the checkout is enclosed: logo, secure note, help and Back to cart, but no search, categories or footer", async ({ page, visit }) => {
  await addMugAndCheckout(page);
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Juniper Lane home" })).toBeVisible();
  await expect(header.getByText("Secure checkout", { exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "Help: +1 503 555 0142" })).toHaveAttribute("href", /^tel:/);
  await expect(page.getByRole("search")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Shop by category" })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);

  // With one item in the cart the summary's steppers are real 44 px targets (axe: target-size), in both directions.
  for (const locale of ["en", "fa"]) {
    await visit(`/${locale}/checkout`);
    for (const button of await page.getByRole("complementary").getByRole("button").all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height), `${locale}: ${await button.getAttribute("aria-label")}`).toBeGreaterThanOrEqual(44);
    }
  }

  await visit("/en/checkout");
  await header.getByRole("link", { name: "Back to cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await expect(page.getByRole("navigation", { name: "Shop by category" })).toBeVisible();
});
