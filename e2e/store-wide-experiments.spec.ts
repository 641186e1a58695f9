import type { Browser, Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, fillContactAndAddress, signInByEmail } from "./pages/shopper";

const stool = catalog.product("folding-camp-stool");
const finalButton = (page: Page) => page.getByRole("button", { name: /^(Place order|Complete purchase) · / });

/** A new shopper up to the final button, paying on delivery: which words it shows. */
async function shopperAtFinalButton(browser: Browser, index: number) {
  const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "x-store-traffic": "test" } });
  const page = await context.newPage();
  await addToCartAndCheckout(page, `/en/p/${stool.slug}`);
  await fillContactAndAddress(page, { email: `arm.${index}.${Date.now()}@example.com` });
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  const button = finalButton(page);
  await button.scrollIntoViewIfNeeded();
  const words = (await button.textContent())!.startsWith("Complete purchase") ? "complete" : "control";
  return { context, page, words };
}

test("an admin runs an experiment on the final button's words: each shopper keeps their arm after a reload and sign-in, and orders count in their arm", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signInByEmail(page, "ops14@juniperlane.example", "/en/admin/experiments");
  await expect(page.getByRole("heading", { level: 1, name: "Experiments" })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "New experiment" });
  await form.getByRole("textbox", { name: "Experiment id" }).fill("e2e-final-words");
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Final button words");
  await form.getByRole("textbox", { name: "Hypothesis" }).fill("Naming the purchase lifts orders from checkout.");
  await form.getByRole("combobox", { name: "Arm 2: shows" }).selectOption({ label: "Complete purchase · total" });
  await form.getByRole("textbox", { name: "Arm 2: % of visitors" }).fill("40");
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(form.getByText("The shares add up to 90 %: they must add up to 100.")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Experiment id" })).toHaveValue("e2e-final-words");
  await expectAccessible(page);
  await form.getByRole("textbox", { name: "Arm 2: % of visitors" }).fill("50");
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Final button words" })).toBeVisible();
  await page.getByRole("button", { name: "Start the experiment" }).click();
  // Running now: the page offers to stop it instead.
  await expect(page.getByRole("button", { name: "Stop the experiment" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Running$/ })).toBeVisible();
  await expectAccessible(page);

  // New shoppers until both arms have one (each new browser is a new visitor, 50/50).
  const shoppers: Awaited<ReturnType<typeof shopperAtFinalButton>>[] = [];
  for (let index = 0; index < 10 && new Set(shoppers.map((shopper) => shopper.words)).size < 2; index++) shoppers.push(await shopperAtFinalButton(browser, index));
  const complete = shoppers.find((shopper) => shopper.words === "complete")!;
  const control = shoppers.find((shopper) => shopper.words === "control")!;
  expect(complete).toBeDefined();
  expect(control).toBeDefined();
  await expect(finalButton(complete.page)).toHaveText(/^Complete purchase · \$/);
  await expectAccessible(complete.page);

  // A reload keeps the arm; so does signing in on the same browser.
  await complete.page.reload();
  await complete.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(complete.page)).toHaveText(/^Complete purchase · /);
  await finalButton(complete.page).click();
  await expect(complete.page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  await signInByEmail(complete.page, `arm.signed.${Date.now()}@example.com`, "/en/account");
  await addToCartAndCheckout(complete.page, `/en/p/${stool.slug}`);
  await fillContactAndAddress(complete.page, { email: `arm.again.${Date.now()}@example.com` });
  await complete.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(complete.page)).toHaveText(/^Complete purchase · /);

  await finalButton(control.page).click();
  await expect(control.page.getByText("Confirmed — pay on delivery").first()).toBeVisible();

  // Each order is counted in its shopper's arm (the store's own test traffic included here).
  await page.goto("/en/admin/experiments/e2e-final-words?traffic=all");
  const results = page.getByRole("table", { name: "Results per arm" });
  await expect(results.getByRole("row", { name: /^complete/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(results.getByRole("row", { name: /^control/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Stop the experiment" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Stopped$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop the experiment" })).toHaveCount(0);
  await complete.page.reload();
  await complete.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(complete.page)).toHaveText(/^Place order · /);
  for (const shopper of shoppers) await shopper.context.close();
});
