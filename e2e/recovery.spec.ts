import { createECDH, randomBytes } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { fillAddress, payOnDelivery, signInByEmail } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");

// The end-to-end server runs with RECOVERY_DELAYS=1m,… (playwright.config.ts): the first reminder
// goes out a minute after the shopper leaves.

/** A time zone where it is daytime now, so the reminder is not held back by the quiet hours (21:00–08:00). */
function daytimeZone(): string {
  const zones = ["Pacific/Kiritimati", "Pacific/Auckland", "Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin", "UTC", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu"];
  const hourIn = (timeZone: string) => Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date()));
  return zones.find((zone) => hourIn(zone) >= 10 && hourIn(zone) <= 18)!;
}

async function newShopper(browser: Browser, timezoneId?: string) {
  const context = await browser.newContext({ locale: "en-US", ...(timezoneId && { timezoneId }) });
  return { context, page: await context.newPage() };
}

test("a shopper who leaves the checkout gets a reminder whose link brings the cart back on another browser, where the order is placed", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = `left.cart.${Date.now()}@example.com`;

  // The shopper adds a mug, types their email at checkout and leaves.
  const leaving = await newShopper(browser, daytimeZone());
  await leaving.page.goto(`/en/p/${mug.slug}?color=white`);
  await leaving.page.getByRole("button", { name: "Add to cart" }).click();
  await leaving.page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  // The email is saved as it is typed (E1): the form's draft goes to the server on its own.
  const saved = leaving.page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/en/checkout"));
  await leaving.page.getByRole("textbox", { name: "Email" }).fill(email);
  await saved;
  // They ask for a text too (E3): a number a text cannot reach is named at the field.
  await leaving.page.getByRole("checkbox", { name: "Text me a reminder if I don’t finish" }).check();
  const mobile = leaving.page.getByRole("textbox", { name: "Mobile number" });
  await mobile.fill("12");
  await mobile.blur();
  await expect(leaving.page.getByText("Enter a mobile number we can text, with its country code, e.g. +1 503 555 0142.")).toBeVisible();
  await expectAccessible(leaving.page);
  const phoneSaved = leaving.page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/en/checkout") && (r.request().postData() ?? "").includes("555 0199"));
  await mobile.fill("+1 503 555 0199");
  await phoneSaved;
  await expect(leaving.page.getByText("Enter a mobile number we can text, with its country code, e.g. +1 503 555 0142.")).toHaveCount(0);
  await leaving.context.close();

  // A minute later the reminder is in the dev mailbox, with one-click unsubscribe headers.
  await expect(async () => {
    await page.goto("/en/dev/mailbox");
    await expect(page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).getByRole("link", { name: "You left something in your cart at Juniper Lane" }).click();
  await expect(page.getByText(/List-Unsubscribe-Post/)).toBeVisible();
  await expect(page.getByText("List-Unsubscribe=One-Click")).toBeVisible();
  const preview = page.frameLocator('iframe[title="Email preview"]');
  await expect(preview.getByText("Enamel Camp Mug")).toBeVisible();
  const restore = await preview.getByRole("link", { name: "Back to your cart" }).getAttribute("href");
  const unsubscribe = await preview.getByRole("link", { name: "Unsubscribe from cart reminders" }).getAttribute("href");
  expect(restore).toMatch(/\/en\/cart\/continue\/[\w-]{43}\?via=reminder$/);
  await expectAccessible(page);

  // The text went out with the email, to the dev outbox, with its own restore link.
  await expect(async () => {
    await page.goto("/en/dev/sms");
    await expect(page.getByRole("row", { name: /\+15035550199/ })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [2_000] });
  await expect(page.getByRole("row", { name: /\+15035550199/ })).toContainText(/Juniper Lane: you left 1 item in your cart \(.+\)\. Finish on any device: http\S+\/en\/cart\/continue\/[\w-]{43}\?via=reminder Reply STOP to opt out\./);
  await expectAccessible(page);

  // The link opens the cart in a browser that never saw it; the order is placed there.
  const returning = await newShopper(browser);
  await returning.page.goto(restore!);
  await expect(returning.page.getByRole("heading", { level: 1, name: "Your cart is waiting" })).toBeVisible();
  await expectAccessible(returning.page);
  await returning.page.getByRole("button", { name: "Bring my cart here" }).click();
  await returning.page.getByRole("link", { name: "Go to your cart" }).click();
  await expect(returning.page.getByRole("link", { name: mug.name.en })).toBeVisible();
  await returning.page.goto("/en/checkout");
  // What the shopper typed before comes along with the cart: the contact step is done.
  await expect(returning.page.getByRole("region", { name: "1. Contact" }).getByText(email)).toBeVisible();
  await fillAddress(returning.page);
  await payOnDelivery(returning.page);
  await expectAccessible(returning.page);

  // The same link now leads to the order, not to a second checkout.
  const again = await newShopper(browser);
  await again.page.goto(restore!);
  await expect(again.page.getByRole("link", { name: /^See order \d+$/ })).toBeVisible();
  await again.context.close();
  await returning.context.close();

  // The merchant sees the order counted as recovered by a reminder (G5).
  await signInByEmail(page, "admin@juniperlane.example", "/en/admin");
  const recovered = page.getByRole("term").filter({ hasText: "Orders recovered by reminders" }).locator("xpath=following-sibling::dd");
  await expect(recovered).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole("table", { name: "Reminders sent" }).getByRole("row", { name: /^Step 1 · email/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Reminders sent" }).getByRole("row", { name: /^Step 1 · SMS/ })).toBeVisible();
  // E5: the cart reached the checkout, a new shopper's: hot, with every reminder.
  await expect(page.getByRole("table", { name: "Carts by segment" }).getByRole("row", { name: /Hot: reached checkout New All reminders/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Webhook deliveries (latest 20)" })).toBeVisible();
  await expectAccessible(page);

  // Unsubscribing takes one press, and says what still comes.
  await page.goto(unsubscribe!);
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from cart reminders" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText(/will get no more cart reminders/)).toBeVisible();
  await expectAccessible(page);
});

test("a shopper can ask for a reminder on this device by push, and turn it off", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  await context.grantPermissions(["notifications"]);
  // The test browser reaches no push service: its subscription is one a browser would make (real P-256 keys, an FCM endpoint).
  const keys = { p256dh: createECDH("prime256v1").generateKeys().toString("base64url"), auth: randomBytes(16).toString("base64url") };
  await context.addInitScript((keys) => {
    let current: PushSubscription | null = null;
    PushManager.prototype.subscribe = async () => {
      const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomUUID()}`;
      current = { endpoint, expirationTime: null, toJSON: () => ({ endpoint, expirationTime: null, keys }), unsubscribe: async () => ((current = null), true) } as unknown as PushSubscription;
      return current;
    };
    PushManager.prototype.getSubscription = async () => current;
    // The headless shell refuses notifications whatever the context grants: answer as a browser whose shopper allows them when asked.
    let permission: NotificationPermission = "default";
    Object.defineProperty(Notification, "permission", { get: () => permission });
    Notification.requestPermission = async () => (permission = "granted");
  }, keys);
  const page = await context.newPage();
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "View cart" }).click();

  await page.getByText("Get a reminder on this device").click();
  await expect(page.getByText("One notification if you don’t finish, three at most. No account needed.")).toBeVisible();
  await page.getByRole("button", { name: "Remind me" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We’ll remind you on this device if you don’t finish." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Turn off reminders" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reminders on this device are off." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remind me" })).toBeVisible();
  await context.close();
});

test("forged restore and unsubscribe links change nothing and say so", async ({ page, visit }) => {
  for (const token of ["forged", "x".repeat(60), "%3Cscript%3E"]) {
    await visit(`/en/unsubscribe/${token}`);
    await expect(page.getByText("This unsubscribe link isn’t valid. Check that you copied all of it from the email. Nothing was changed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
  }
  const oneClick = await page.request.post("/api/unsubscribe/forged");
  expect(oneClick.status()).toBe(400);
});

/** The pointer leaving the page at the top, as it does on its way to the tab bar (retried until the page listens). */
async function leaveAtTheTop(page: Page, dialog: Locator) {
  await expect(async () => {
    await page.evaluate(() => document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 400, clientY: 0, relatedTarget: null })));
    await expect(dialog).toBeVisible({ timeout: 500 });
  }).toPass();
}

test("a shopper with items who heads for the tab bar is offered help once per visit, by keyboard too", async ({ page, visit }) => {
  const dialog = page.getByRole("dialog", { name: "Before you go: can we help?" });
  // An empty cart is never interrupted.
  await visit("/en/cart");
  await page.evaluate(() => document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 400, clientY: 0, relatedTarget: null })));
  await expect(dialog).toHaveCount(0);

  await visit(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "View cart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await leaveAtTheTop(page, dialog);
  // Focus starts at the dialog's heading: the exit survey below makes it tall, and a phone would scroll past the help to reach Close.
  await expect(dialog.getByRole("heading", { name: "Before you go: can we help?" })).toBeFocused();
  await expect(dialog.getByRole("link", { name: "Call +1 503 555 0142" })).toHaveAttribute("href", "tel:+15035550142");
  await expect(dialog.getByRole("link", { name: "Read the FAQ" })).toHaveAttribute("href", "/en/faq");
  await expectAccessible(page);
  // G3: the one question of the exit survey, answered by keyboard.
  const reasons = dialog.getByRole("group", { name: "What stopped you today?" });
  await reasons.getByRole("radio", { name: "Delivery was too slow" }).check();
  await dialog.getByRole("button", { name: "Send answer" }).press("Enter");
  await expect(dialog.getByText("Thank you — that helps us make the shop better. You can close this now.")).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  // Once per visit: not again on this page, nor at checkout.
  await page.evaluate(() => document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 400, clientY: 0, relatedTarget: null })));
  await page.goto("/en/checkout");
  await expect(page.getByRole("textbox", { name: "Email" })).toBeVisible();
  await page.evaluate(() => document.documentElement.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 400, clientY: 0, relatedTarget: null })));
  await expect(dialog).toHaveCount(0);
});
