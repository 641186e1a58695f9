import { catalog, shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, fillContactAndAddress, linkFromMailbox, payOnDelivery, signInByEmail } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;

test("a guest buys, saves their details in one click, and the account shows the order", async ({ page }) => {
  const email = uniqueEmail("ada");
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await fillContactAndAddress(page, { email });
  const number = await payOnDelivery(page);
  const save = page.getByRole("region", { name: "Save my details for next time" });
  await expect(save.getByText(`we email ${email} a link`)).toBeVisible();
  await expectAccessible(page);
  await save.getByRole("button", { name: "Save my details" }).click();
  await expect(page.getByText(`Check your inbox: we sent a sign-in link to ${email}.`)).toBeVisible();

  const href = await linkFromMailbox(page, { email, subject: "Your sign-in link for Juniper Lane", linkName: "Sign in" });
  await page.goto(href);
  await expect(page).toHaveURL(/\/en\/account\?welcome=1$/);
  await expect(page.getByText("Welcome! Your order is saved to your account")).toBeVisible();
  await expect(page.getByText("As a thank-you, THANKYOU10 takes 10% off your next order. It’s applied to your cart by itself — you can remove it there.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`^Order ${number} ·`) })).toBeVisible();
  await expect(page.getByText(/Ada Lovelace, 1 Main Street, Portland, OR 97201/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: new RegExp(`^Order ${number} ·`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await page.getByRole("button", { name: "Buy these again" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // The welcome code went onto the account's next cart by itself: shown in cart and checkout, removable.
  await page.goto("/en/cart");
  await expect(page.getByText("Your welcome code THANKYOU10 is applied.")).toBeVisible();
  await expect(page.getByText(/^Discount \(THANKYOU10\)/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/en/checkout");
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByText("Your welcome code THANKYOU10 is applied.")).toBeVisible();
  await summary.getByRole("button", { name: "Remove code THANKYOU10" }).click();
  await expect(summary.getByText("Have a code?")).toBeVisible();
  await expect(summary.getByText(/THANKYOU10/)).toHaveCount(0);

  // The magic link works once.
  await page.context().clearCookies();
  await page.goto(href);
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
});

test("a guest cart merges into the account at sign-in, and another signed-in device sees it live", async ({ page, browser }) => {
  const email = uniqueEmail("grace");
  const deviceB = await browser.newContext();
  const phone = await deviceB.newPage();
  await signInByEmail(phone, email);
  await phone.goto(`/en/p/${mug.slug}?color=white`);
  await phone.getByRole("button", { name: "Add to cart" }).click();
  await expect(phone.getByRole("dialog")).toBeVisible();
  await phone.goto("/en/cart");
  await expect(phone.getByRole("link", { name: mug.name.en })).toBeVisible();

  await page.goto(`/en/p/${shirt.slug}?size=M&color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await signInByEmail(page, email, "/en/cart");
  await expect(page).toHaveURL(/\/en\/cart$/);
  await expect(page.getByRole("link", { name: mug.name.en })).toBeVisible();
  await expect(page.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await expect(phone.getByRole("link", { name: shirt.name.en })).toBeVisible({ timeout: 3_000 });

  // Signing out leaves this device a fresh guest cart; the account keeps its cart.
  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await deviceB.close();
});

test("a returning signed-in shopper types nothing but the payment choice", async ({ page }) => {
  const email = uniqueEmail("mary");
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await fillContactAndAddress(page, { email });
  await payOnDelivery(page);
  await signInByEmail(page, email);
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=sky`);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByText(/Ada Lovelace, 1 Main Street, Portland, OR 97201/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveCount(0);
  const number = await payOnDelivery(page);
  await page.goto("/en/account");
  await expect(page.getByRole("link", { name: new RegExp(`^Order ${number} ·`) })).toBeVisible();
});

test("bad sign-in input, forged sessions and other people's orders get nowhere", async ({ page, context, visit }) => {
  await visit("/en/sign-in");
  const field = page.getByRole("textbox", { name: "Email" });
  await field.fill("not an email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await field.fill(`${"a".repeat(290)}@example.com`);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("That email address is too long.")).toBeVisible();
  await expect(field).toHaveValue(`${"a".repeat(290)}@example.com`);

  // One inbox gets a few links an hour (+tags reach the same inbox); the refusal says when to retry,
  // next to the field, and keeps the address.
  const send = page.getByRole("button", { name: "Email me a sign-in link" });
  const inbox = uniqueEmail("often").split("@");
  const tagged = (tag: string) => `${inbox[0]}+${tag}@${inbox[1]}`;
  for (let i = 0; i < 5; i++) {
    await field.fill(tagged(`${i}`));
    await send.click();
    await expect(page.getByText(`Check your inbox: we sent a sign-in link to ${tagged(`${i}`)}.`, { exact: false })).toBeVisible();
  }
  await field.fill(tagged("last"));
  await send.click();
  const perAddress = /^We’ve sent several links to this address in the last hour\. Please use the latest one, or try again in (60|59) minutes\.$/;
  await expect(page.getByText(perAddress)).toBeVisible();
  await expect(field).toHaveAccessibleDescription(perAddress);
  await expect(field).toHaveValue(tagged("last"));

  // A burst from one browser and network to many addresses is stopped too (the refused request above counted nowhere).
  for (let i = 0; i < 5; i++) {
    const email = uniqueEmail(`burst${i}`);
    await field.fill(email);
    await send.click();
    await expect(page.getByText(`Check your inbox: we sent a sign-in link to ${email}.`, { exact: false })).toBeVisible();
  }
  await field.fill(uniqueEmail("burst-last"));
  await send.click();
  await expect(field).toHaveAccessibleDescription(/^Too many sign-in requests from this device or network\. Try again in (10|9) minutes\.$/);

  // A forged session cookie is just a guest.
  const host = new URL(page.url()).hostname;
  await context.addCookies([{ name: "authjs.session-token", value: "forged-session-token", domain: host, path: "/" }]);
  await visit("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  const admin = await page.goto("/en/admin");
  expect(admin?.status()).toBe(404);
  const someoneElses = await page.goto("/en/account/orders/100001");
  expect(page.url()).toMatch(/\/en\/sign-in/);
  expect(someoneElses?.status()).toBeLessThan(500);
});

test("the admin area opens for the admins listed in ADMIN_EMAILS only", async ({ page, browser }) => {
  await signInByEmail(page, "admin@juniperlane.example");
  await page.goto("/en/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Store admin" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Today" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Reminders sent" })).toBeVisible();
  const shopper = await browser.newContext();
  const other = await shopper.newPage();
  await signInByEmail(other, uniqueEmail("not.admin"));
  for (const path of ["/en/admin", "/en/admin/orders", "/en/admin/orders/100001", "/en/admin/products", "/en/admin/products/stoneware-mug", "/en/admin/products/import"]) {
    expect((await other.goto(path))?.status()).toBe(404);
  }
  expect((await other.request.get("/api/admin/catalog.csv")).status()).toBe(404);
  await shopper.close();
});
