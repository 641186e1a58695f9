import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { assignArm } from "../lib/experiments/assignment";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, fillAddress, fillContactAndAddress, signInByEmail } from "./pages/shopper";

// Each test runs an experiment every shopper of the store would see: one at a time, after every other test (the store-wide project).
test.describe.configure({ mode: "serial" });

const stool = catalog.product("folding-camp-stool");
const finalButton = (page: Page) => page.getByRole("button", { name: /^(Place order|Complete purchase) · / });

/** A visitor id the store would assign to `arm`: found by the same hash the store uses, so each browser's arm is known before it visits. */
function visitorIn(experimentKey: string, arms: { key: string; weight: number }[], arm: string): string {
  for (;;) {
    const id = randomUUID();
    if (assignArm(experimentKey, id, arms) === arm) return id;
  }
}

/** A new browser for the visitor `visitorId` (the store's own test traffic, like every e2e request). */
async function shopperAs(browser: Browser, visitorId: string, baseURL: string) {
  const context = await browser.newContext({ locale: "en-US", baseURL, extraHTTPHeaders: { "x-store-traffic": "test" } });
  await context.addCookies([{ name: "vid", value: visitorId, url: baseURL }]);
  return { context, page: await context.newPage() };
}

/** The admin's new experiment, created as a draft and started; each arm as [shown option's label, % of visitors]. */
async function startExperiment(page: Page, { key, name, target, arms }: { key: string; name: string; target: string; arms: [string, string][] }) {
  await page.goto("/en/admin/experiments");
  const form = page.getByRole("form", { name: "New experiment" });
  await form.getByRole("textbox", { name: "Experiment id" }).fill(key);
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await form.getByRole("textbox", { name: "Hypothesis" }).fill("The change lifts orders from checkout.");
  await form.getByRole("combobox", { name: "What it varies" }).selectOption({ label: target });
  for (const [index, [shows, share]] of arms.entries()) {
    await form.getByRole("combobox", { name: `Arm ${index + 1}: shows` }).selectOption({ label: shows });
    await form.getByRole("textbox", { name: `Arm ${index + 1}: % of visitors` }).fill(share);
  }
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Start the experiment" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Running$/ })).toBeVisible();
}

async function stopExperiment(page: Page, key: string) {
  await page.goto(`/en/admin/experiments/${key}`);
  await page.getByRole("button", { name: "Stop the experiment" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Stopped$/ })).toBeVisible();
}

test("an admin runs an experiment on the final button's words: each shopper keeps their arm after a reload and sign-in, and orders count in their arm", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signInByEmail(page, "ops14@juniperlane.example", "/en/admin/experiments");
  await expect(page.getByRole("heading", { level: 1, name: "Experiments" })).toBeVisible();

  // Shares that do not add up are refused at the field, keeping what was typed.
  const form = page.getByRole("form", { name: "New experiment" });
  await form.getByRole("textbox", { name: "Experiment id" }).fill("e2e-final-words");
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Final button words");
  await form.getByRole("textbox", { name: "Hypothesis" }).fill("Naming the purchase lifts orders from checkout.");
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

  // Two new visitors, one in each arm (the admin's default arms: control and variant, 50/50).
  const arms = [
    { key: "control", weight: 50 },
    { key: "variant", weight: 50 },
  ];
  const control = await shopperAs(browser, visitorIn("e2e-final-words", arms, "control"), baseURL!);
  const variant = await shopperAs(browser, visitorIn("e2e-final-words", arms, "variant"), baseURL!);
  for (const [index, shopper] of [control, variant].entries()) {
    await addToCartAndCheckout(shopper.page, `/en/p/${stool.slug}`);
    await fillContactAndAddress(shopper.page, { email: `arm.${index}.${Date.now()}@example.com` });
    await shopper.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  }
  await expect(finalButton(control.page)).toHaveText(/^Place order · \$/);
  await expect(finalButton(variant.page)).toHaveText(/^Complete purchase · \$/);
  await expectAccessible(variant.page);

  // A reload keeps the arm; the order counts in it.
  await variant.page.reload();
  await variant.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(variant.page)).toHaveText(/^Complete purchase · /);
  await finalButton(variant.page).click();
  await expect(variant.page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  await finalButton(control.page).click();
  await expect(control.page.getByText("Confirmed — pay on delivery").first()).toBeVisible();

  // Signing in on the same browser keeps it too.
  await signInByEmail(variant.page, `arm.signed.${Date.now()}@example.com`, "/en/account");
  await addToCartAndCheckout(variant.page, `/en/p/${stool.slug}`);
  await fillAddress(variant.page);
  await variant.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(variant.page)).toHaveText(/^Complete purchase · /);

  // Each order is counted in its shopper's arm (the store's own test traffic included here).
  await page.goto("/en/admin/experiments/e2e-final-words?traffic=all");
  const results = page.getByRole("table", { name: "Results per arm" });
  await expect(results.getByRole("row", { name: /^variant/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(results.getByRole("row", { name: /^control/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expectAccessible(page);

  // Stopped: the next request shows the store's own words again.
  await page.getByRole("button", { name: "Stop the experiment" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Stopped$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop the experiment" })).toHaveCount(0);
  await variant.page.reload();
  await variant.page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(finalButton(variant.page)).toHaveText(/^Place order · /);
  await control.context.close();
  await variant.context.close();
});

test("an experiment on the checkout's layout: one shopper gets one step per screen, another every section open at once, and both can buy", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signInByEmail(page, "ops14@juniperlane.example", "/en/admin/experiments");
  await startExperiment(page, {
    key: "e2e-layout",
    name: "Checkout layout",
    target: "Checkout: the layout",
    arms: [
      ["One step per screen", "50"],
      ["One page, every section open", "50"],
    ],
  });
  const arms = [
    { key: "control", weight: 50 },
    { key: "variant", weight: 50 },
  ];
  const stepByStep = await shopperAs(browser, visitorIn("e2e-layout", arms, "control"), baseURL!);
  const allOpen = await shopperAs(browser, visitorIn("e2e-layout", arms, "variant"), baseURL!);

  // One step per screen: Contact alone, then each step after "Continue", the steps done above it.
  const steps = stepByStep.page;
  await addToCartAndCheckout(steps, `/en/p/${stool.slug}`);
  const section = (name: string) => steps.getByRole("region", { name: new RegExp(`^\\d\\. ${name}$`) });
  await expect(section("Contact")).toBeVisible();
  await expect(section("Delivery address")).toHaveCount(0);
  await expect(section("Payment")).toHaveCount(0);
  await expectAccessible(steps);
  await steps.getByRole("textbox", { name: "Email" }).fill(`steps.${Date.now()}@example.com`);
  await steps.getByRole("button", { name: "Continue" }).click();
  await expect(section("Delivery address")).toBeVisible();
  await expect(section("Delivery method")).toHaveCount(0);
  await fillAddress(steps);
  await steps.getByRole("button", { name: "Continue" }).click();
  // The delivery method is a step of its own here (the store's layout passes it with the address).
  await expect(section("Delivery method").getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(section("Payment")).toHaveCount(0);
  await section("Delivery method").getByRole("button", { name: "Continue" }).click();
  await expect(section("Payment")).toBeVisible();
  await expect(section("Contact").getByRole("button", { name: /Edit/ })).toBeVisible();
  await expectAccessible(steps);
  await steps.getByRole("radio", { name: /Cash on delivery/ }).check();
  await steps.getByRole("button", { name: /^Place order · / }).click();
  await expect(steps.getByText("Confirmed — pay on delivery").first()).toBeVisible();

  // Every section open at once: payment before a field is typed, no "Continue" anywhere.
  const open = allOpen.page;
  await addToCartAndCheckout(open, `/en/p/${stool.slug}`);
  await expect(open.getByRole("radio", { name: /Cash on delivery/ })).toBeVisible();
  await expect(open.getByRole("textbox", { name: "Full name" })).toBeVisible();
  await expect(open.getByRole("button", { name: "Continue" })).toHaveCount(0);
  await expectAccessible(open);
  await fillContactAndAddress(open, { email: `open.${Date.now()}@example.com` });
  await open.getByRole("radio", { name: /Cash on delivery/ }).check();
  await open.getByRole("button", { name: /^Place order · / }).click();
  await expect(open.getByText("Confirmed — pay on delivery").first()).toBeVisible();

  // Both orders count in their arms; stopping brings the store's own layout back.
  await page.goto("/en/admin/experiments/e2e-layout?traffic=all");
  const results = page.getByRole("table", { name: "Results per arm" });
  await expect(results.getByRole("row", { name: /^control/ }).getByRole("cell").nth(1)).toHaveText("1");
  await expect(results.getByRole("row", { name: /^variant/ }).getByRole("cell").nth(1)).toHaveText("1");
  await stopExperiment(page, "e2e-layout");
  await stepByStep.context.close();
  await allOpen.context.close();
  const after = await shopperAs(browser, visitorIn("e2e-layout", arms, "control"), baseURL!);
  await addToCartAndCheckout(after.page, `/en/p/${stool.slug}`);
  await expect(after.page.getByRole("region", { name: "1. Contact" }).getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(after.page.getByRole("region", { name: "2. Delivery address" })).toBeVisible();
  await after.context.close();
});
