import { expect, expectAccessible, test } from "./fixtures";
import { signInByEmail } from "./pages/shopper";

const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
/** What a request that came through a reverse proxy from another machine carries. */
const outside = { "x-forwarded-for": "203.0.113.9" };

test("from outside, the mailbox and every mail in it are a 404: a stranger cannot sign in as a shopper", async ({ page, browser }) => {
  const victim = uniqueEmail("victim");
  await page.setExtraHTTPHeaders(outside);
  // The stranger asks the store to send the victim a sign-in link…
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(victim);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`Check your inbox: we sent a sign-in link to ${victim}.`, { exact: false })).toBeVisible();

  // …which is there, for the machine that serves the store…
  const local = await browser.newContext();
  const localPage = await local.newPage();
  await localPage.goto("/en/dev/mailbox");
  const mailPath = await localPage.getByRole("row", { name: new RegExp(victim.replace(/\./g, "\\.")) }).getByRole("link").getAttribute("href");
  expect(mailPath).toMatch(/^\/en\/dev\/mailbox\/\d+$/);
  await local.close();

  // …but not for the stranger: neither the list nor the mail exists.
  for (const path of ["/en/dev/mailbox", mailPath!, "/ar/dev/mailbox", `${mailPath!.replace("/en/", "/uk/")}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await page.goto(mailPath!);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText(victim)).toHaveCount(0);

  // A made-up link signs nobody in either.
  await page.goto(`/api/auth/callback/email?token=${"a".repeat(64)}&email=${encodeURIComponent(victim)}&callbackUrl=%2Fen%2Faccount`);
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("behind any proxy header or under another host name, the mailbox is a 404", async ({ request }) => {
  expect((await request.get("/en/dev/mailbox")).status()).toBe(200);
  const proxied: Record<string, string>[] = [
    outside,
    { "x-forwarded-for": "203.0.113.9, 127.0.0.1" },
    { "x-real-ip": "203.0.113.9" },
    { forwarded: "for=203.0.113.9;proto=https" },
    { "x-forwarded-host": "shop.example.com" },
    { host: "shop.example.com" },
    { host: "192.168.1.20:3000" },
  ];
  for (const headers of proxied) {
    const response = await request.get("/en/dev/mailbox", { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(404);
    expect(await response.text()).not.toContain("Dev mailbox");
  }
});

test("a signed-in admin reads the outbox from anywhere; a signed-in shopper does not", async ({ page, browser }) => {
  await signInByEmail(page, "admin@juniperlane.example");
  await page.setExtraHTTPHeaders(outside);
  expect((await page.goto("/en/dev/mailbox"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dev mailbox" })).toBeVisible();
  await page.getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByRole("link", { name: "Back to the mailbox" })).toBeVisible();

  const shopper = await browser.newContext();
  const other = await shopper.newPage();
  await signInByEmail(other, uniqueEmail("shopper"));
  await other.setExtraHTTPHeaders(outside);
  expect((await other.goto("/en/dev/mailbox"))?.status()).toBe(404);
  await expectAccessible(other);
  await shopper.close();
});
