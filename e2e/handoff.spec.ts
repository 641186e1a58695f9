import type { Browser, BrowserContext, Page } from "@playwright/test";
import { catalog, shirt } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";

const mug = catalog.product("enamel-camp-mug");

async function addToCart(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
}

async function freshDevice(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("the cart lives in a signed, httpOnly cookie for 90 days and survives reloads and a new browser", async ({ page, visit, context, browser }) => {
  await addToCart(page, `/en/p/${shirt.slug}?size=M&color=white`);
  const cookie = (await context.cookies()).find((c) => c.name === "cart");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.value).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(60 * 24 * 3_600_000);
  await page.reload();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // The same cookies in a brand-new browser (closing and reopening it) keep the cart.
  const reopened = await browser.newContext({ storageState: await context.storageState() });
  const again = await reopened.newPage();
  await again.goto("/en/cart");
  await expect(again.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await reopened.close();
  await visit("/en/cart");
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the hand-off link's expiry is told in the shopper's own time zone, named", async ({ page, visit }) => {
    await addToCart(page, `/en/p/${mug.slug}?color=white`);
    await visit("/en/cart");
    await page.getByText("Continue on another device").click();
    await page.getByRole("button", { name: "Show link and QR code" }).click();
    const status = page.getByRole("status").filter({ has: page.locator("time") });
    const expiry = status.locator("time");
    const at = new Date((await expiry.getAttribute("datetime"))!);
    expect(at.getTime() - Date.now()).toBeGreaterThan(25 * 60_000);
    const tokyo = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: "Asia/Tokyo" }).format(at);
    expect(tokyo).toContain("GMT+9");
    await expect(status).toHaveText(`Works once, until ${tokyo}.`);
  });
});

test("a hand-off link and QR code bring the cart to a fresh device, merged with what it had", async ({ page, visit, browser }) => {
  await addToCart(page, `/en/p/${shirt.slug}?size=M&color=white`);
  await visit("/en/cart");
  await page.getByText("Continue on another device").click();
  await page.getByRole("button", { name: "Show link and QR code" }).click();
  const link = page.getByRole("textbox", { name: "Link to this cart" });
  await expect(link).toHaveValue(/\/en\/cart\/continue\/[\w-]{43}$/);
  await expect(page.getByRole("img", { name: "QR code for the link to this cart" })).toBeVisible();
  await expect(page.getByText(/Works once, until/)).toBeVisible();
  await expectAccessible(page);
  const url = await link.inputValue();

  const phone = await freshDevice(browser);
  await addToCart(phone.page, `/en/p/${mug.slug}?color=white`);
  await phone.page.goto(url);
  await expect(phone.page.getByRole("heading", { level: 1, name: "Bring your cart to this device" })).toBeVisible();
  await expect(phone.page.getByText("The cart has 1 item.")).toBeVisible();
  await expectAccessible(phone.page);
  await phone.page.getByRole("button", { name: "Bring my cart here" }).click();
  await expect(phone.page.getByText("Your cart is here: 2 items.")).toBeVisible();
  await phone.page.getByRole("link", { name: "Go to your cart" }).click();
  await expect(phone.page.getByRole("link", { name: shirt.name.en })).toBeVisible();
  await expect(phone.page.getByRole("link", { name: mug.name.en })).toBeVisible();
  await expectAccessible(phone.page);

  // Both devices now hold one cart: the laptop sees the phone's mug live.
  await expect(page.getByRole("link", { name: "Cart, 2 items" })).toBeVisible({ timeout: 3_000 });

  // The link was used: a third device is refused and gets nothing.
  const stranger = await freshDevice(browser);
  await stranger.page.goto(url);
  await expect(stranger.page.getByText(/already been used on another device/)).toBeVisible();
  await expectAccessible(stranger.page);
  await stranger.page.goto("/en/cart");
  await expect(stranger.page.getByText("Your cart is empty.")).toBeVisible();
  await Promise.all([phone.context.close(), stranger.context.close()]);
});

test("“Email me my cart” mails a link that opens the cart elsewhere; a bad address is explained", async ({ page, visit, browser }) => {
  await addToCart(page, `/en/p/${mug.slug}?color=white`);
  await visit("/en/cart");
  await page.getByText("Continue on another device").click();
  const email = page.getByRole("textbox", { name: "Email address" });
  await expect(email).toHaveAttribute("autocomplete", "email");
  await email.fill("not an email");
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(email).toHaveValue("not an email");
  await expectAccessible(page);
  const address = `mira.${Date.now()}@example.com`;
  await email.fill(address);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByText(`Sent to ${address}. The link works once, for 7 days.`)).toBeVisible();

  await visit("/en/dev/mailbox");
  await page.getByRole("row", { name: new RegExp(address.replace(/\./g, "\\.")) }).getByRole("link", { name: "Your cart at Juniper Lane" }).click();
  const href = await page.frameLocator('iframe[title="Email preview"]').getByRole("link", { name: "Open my cart" }).getAttribute("href");
  expect(href).toMatch(/\/en\/cart\/continue\/[\w-]{43}$/);
  const phone = await freshDevice(browser);
  await phone.page.goto(href!);
  await phone.page.getByRole("button", { name: "Bring my cart here" }).click();
  await expect(phone.page.getByText("Your cart is here: 1 item.")).toBeVisible();
  await phone.context.close();
});

test("forged hand-off links and forged cart cookies change nobody's cart", async ({ page, visit, context, browser }) => {
  for (const token of ["forged", "x".repeat(43), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a".repeat(300)]) {
    await visit(`/en/cart/continue/${token}`);
    await expect(page.getByText(/This link isn’t valid/)).toBeVisible();
  }
  // Another shopper's cart id in a cookie without this store's signature is ignored.
  const owner = await freshDevice(browser);
  await addToCart(owner.page, `/en/p/${mug.slug}?color=white`);
  const ownerCookie = (await owner.context.cookies()).find((c) => c.name === "cart")!;
  const [cartId] = ownerCookie.value.split(".");
  await context.addCookies([{ name: "cart", value: `${cartId}.forged-signature`, domain: ownerCookie.domain, path: "/" }]);
  await visit("/en/cart");
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
  await owner.page.goto("/en/cart");
  await expect(owner.page.getByRole("link", { name: mug.name.en })).toBeVisible();
  await owner.context.close();
});

test("the mini-cart and the stepper work by keyboard alone", async ({ page, visit }) => {
  await visit(`/en/p/${mug.slug}?color=white`);
  const add = page.getByRole("button", { name: "Add to cart" });
  await add.focus();
  await page.keyboard.press("Enter");
  const drawer = page.getByRole("dialog");
  await expect(drawer).toBeVisible();
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
  // Tab until "View cart" has focus, never leaving the dialog.
  for (let i = 0; i < 8; i++) {
    if (await drawer.getByRole("link", { name: "View cart" }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/cart$/);
  await page.getByRole("button", { name: `Increase quantity of ${mug.name.en}` }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.locator("output").first()).toHaveText("3");
  await expect(page.getByRole("link", { name: "Cart, 3 items" })).toBeVisible();
});
