import type { Locator, Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, test } from "./fixtures";

/** The attacks of issue 11 replayed: each fails with a clear status, and nothing happens beyond the limit. */

const mug = catalog.product("enamel-camp-mug");
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
const rowsTo = (page: Page, pattern: string) => page.getByRole("row", { name: new RegExp(pattern) });
const escape = (text: string) => text.replace(/[.+]/g, "\\$&");

/** Clicks and waits for the server action's answer: two refusals in a row can read the same. */
async function submit(page: Page, button: Locator) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), button.click()]);
}

test("20 posts to Auth.js's sign-in endpoint for one address send 5 links; the rest are 429 with Retry-After", async ({ request, page }) => {
  const victim = uniqueEmail("victim");
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answers = [];
  for (let i = 0; i < 20; i++) {
    const response = await request.post("/api/auth/signin/email", { form: { email: victim, csrfToken, callbackUrl: "/en/account" }, maxRedirects: 0 });
    answers.push({ status: response.status(), retryAfter: response.headers()["retry-after"] });
  }
  expect(answers.slice(0, 5).map((a) => a.status)).toEqual([302, 302, 302, 302, 302]);
  expect(answers.slice(5).map((a) => a.status)).toEqual(Array(15).fill(429));
  expect(Number(answers[19]!.retryAfter)).toBeGreaterThan(3000);
  await page.goto("/en/dev/mailbox");
  await expect(rowsTo(page, escape(victim))).toHaveCount(5);
});

test("“Email me my cart” reaches one inbox 3 times an hour, however many carts ask", async ({ page, context }) => {
  const [local, domain] = uniqueEmail("inbox").split("@");
  const sendCartTo = async (address: string) => {
    await page.goto("/en/cart");
    await page.getByText("Continue on another device").click();
    await page.getByRole("textbox", { name: "Email address" }).fill(address);
    await submit(page, page.getByRole("button", { name: "Send link" }));
  };
  const addMug = async () => {
    await page.goto(`/en/p/${mug.slug}?color=white`);
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
  };
  await addMug();
  for (const tag of ["1", "2", "3"]) {
    await sendCartTo(`${local}+${tag}@${domain}`);
    await expect(page.getByText(`Sent to ${local}+${tag}@${domain}.`, { exact: false })).toBeVisible();
  }
  // A new browser with a new cart: the inbox has had its share.
  await context.clearCookies();
  await addMug();
  await sendCartTo(`${local}@${domain}`);
  const refusal = /^We’ve already sent several carts by email in the last hour\. Please check the inbox \(and spam folder\), or try again in (60|59) minutes\.$/;
  await expect(page.getByText(refusal)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Email address" })).toHaveValue(`${local}@${domain}`);
  await page.goto("/en/dev/mailbox");
  await expect(rowsTo(page, `${escape(local!)}(\\+\\d)?@${escape(domain!)}`)).toHaveCount(3);
});

test("a contact-form flood from one sender stops after 3 messages, says when to retry and keeps the text", async ({ page }) => {
  const sender = uniqueEmail("flood");
  const form = page.getByRole("form", { name: "Send us a message" });
  const fill = async (i: number) => {
    await page.goto("/en/contact");
    await form.getByRole("textbox", { name: "Your name" }).fill("Spammer");
    await form.getByRole("textbox", { name: "Email" }).fill(sender);
    await form.getByRole("textbox", { name: "Message" }).fill(`Buy now at https://spam.example/${i} — limited offer!`);
    await submit(page, form.getByRole("button", { name: "Send message" }));
  };
  for (let i = 0; i < 3; i++) {
    await fill(i);
    await expect(page.getByRole("status")).toContainText("We received your message");
  }
  await fill(3);
  await expect(form.getByText(/^You’ve already sent us several messages in the last hour, and we’ll answer them\. To send another, try again in (60|59) minutes\.$/)).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Message" })).toHaveValue("Buy now at https://spam.example/3 — limited offer!");

  await page.goto("/en/dev/mailbox");
  await expect(rowsTo(page, escape(sender))).toHaveCount(3);
  await rowsTo(page, escape(sender)).first().getByRole("link").click();
  const preview = page.frameLocator('iframe[title="Email preview"]');
  await expect(preview.getByText("We received your message, and a person from our team will reply", { exact: false })).toBeVisible();
  await expect(preview.getByText(/spam\.example|Spammer/)).toHaveCount(0);
});

test("guessing order numbers for an email stops after 10 tries, with when to retry", async ({ page }) => {
  const email = uniqueEmail("known");
  await page.goto("/en/orders");
  const number = page.getByRole("textbox", { name: "Order number" });
  const emailField = page.getByRole("textbox", { name: "Email" });
  await emailField.fill(email);
  for (let guess = 0; guess < 10; guess++) {
    await number.fill(String(100_001 + guess));
    await submit(page, page.getByRole("button", { name: "Find my order" }));
    await expect(emailField).toHaveAccessibleDescription("We couldn’t find an order with that number and email. Check both and try again.");
  }
  await number.fill("100011");
  await submit(page, page.getByRole("button", { name: "Find my order" }));
  const refusal = /^Too many order lookups in a short time\. Try again in (60|59) minutes\.$/;
  await expect(page.getByText(refusal)).toBeVisible();
  await expect(emailField).toHaveAccessibleDescription(refusal);
  await expect(emailField).toHaveValue(email);
});

test("trying coupon codes one after another stops after 10, next to the field", async ({ page }) => {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.goto("/en/cart");
  await page.getByText("Have a code?").click();
  const field = page.getByRole("textbox", { name: "Discount code" });
  for (let i = 0; i < 10; i++) {
    await field.fill(`GUESS${i}`);
    await submit(page, page.getByRole("button", { name: "Apply" }));
    await expect(field).toHaveAccessibleDescription(`We don’t recognise the code GUESS${i}.`);
  }
  await field.fill("WELCOME10");
  await submit(page, page.getByRole("button", { name: "Apply" }));
  await expect(field).toHaveAccessibleDescription(/^Too many codes tried in a short time\. Try again in (10|9) minutes\.$/);
  await expect(field).toHaveValue("WELCOME10");
  await expect(page.getByText("Code WELCOME10 applied.")).toHaveCount(0);
});
