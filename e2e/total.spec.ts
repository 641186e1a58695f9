import type { Page } from "@playwright/test";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { figures, orderSummary as summary, payByCard, payOnDelivery, receiptText } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");
async function addMugAndOpenCart(page: Page) {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
}

test("a US guest without a ZIP code is asked for it, never shown $0.00 tax, and pays the cart's total, itemised on confirmation and receipt", async ({ page }) => {
  await addMugAndOpenCart(page);
  const before = await figures(summary(page));
  expect(before["Tax"]).toBe("Calculated from your ZIP code");
  expect(before["Total before tax"]).toMatch(/^\$\d+\.\d\d$/);
  await expect(summary(page).getByText("$0.00")).toHaveCount(0);
  await expectAccessible(page);

  // Bad input is explained next to the one field and kept.
  const zip = summary(page).getByRole("textbox", { name: "Your ZIP code" });
  await zip.fill("1000");
  await summary(page).getByRole("button", { name: "Show tax" }).click();
  await expect(summary(page).getByText("Enter a 5-digit ZIP code, like 10001.")).toBeVisible();
  await expect(zip).toHaveValue("1000");
  await expect(zip).toHaveAttribute("aria-invalid", "true");
  await zip.fill("10001");
  await summary(page).getByRole("button", { name: "Show tax" }).click();
  await expect(summary(page).getByText("Tax (NY, 8.88%)")).toBeVisible();
  const cart = await figures(summary(page));
  expect(cart["Tax (NY, 8.88%)"]).toMatch(/^\$\d+\.\d\d$/);
  expect(cart["Tax (NY, 8.88%)"]).not.toBe("$0.00");

  // The cart's destination starts the checkout's address: country, ZIP code and the city looked up from it.
  await summary(page).getByRole("link", { name: "Checkout" }).click();
  await expect(page).toHaveURL(/\/en\/checkout$/);
  const email = `total.${Date.now()}@example.com`;
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("region", { name: "Delivery address" }).getByRole("combobox", { name: "Country" })).toHaveValue("US");
  await expect(page.getByRole("textbox", { name: "ZIP code" })).toHaveValue("10001");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("New York");
  await page.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
  await page.getByRole("textbox", { name: "Address" }).fill("5 Fifth Avenue");
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  expect(await figures(summary(page))).toEqual(cart);
  await expect(page.getByRole("button", { name: `Pay ${cart["Total"]}` })).toBeVisible();
  const paid = await payByCard(page);
  expect(paid).toBe(cart["Total"]);

  // The confirmation itemises the same figures, with the delivery method named.
  const items = page.getByRole("region", { name: "Items" });
  const confirmed = await figures(items);
  expect(confirmed).toEqual({
    Subtotal: cart["Subtotal"],
    "Shipping (Standard · USPS Ground Advantage)": cart["Shipping"],
    "Tax (NY, 8.88%)": cart["Tax (NY, 8.88%)"],
    Total: cart["Total"],
  });
  await expectAccessible(page);

  const number = /orders\/(\d+)/.exec(page.url())![1]!;
  const receipt = await receiptText(page, { email, number });
  for (const [label, value] of Object.entries(confirmed)) expect(receipt).toMatch(new RegExp(`${label.replace(/[().$]/g, "\\$&")}\\s+${value!.replace(/[.$]/g, "\\$&")}`));
});

test.describe("with the visitor's state known from the CDN's location headers", () => {
  test.use({ extraHTTPHeaders: { "cf-ipcountry": "US", "cf-region-code": "NY" } });

  test("the cart estimates the state's tax, labelled so, and it equals the tax charged for the address typed, whatever city it names", async ({ page }) => {
    await addMugAndOpenCart(page);
    const cart = await figures(summary(page));
    expect(cart["Estimated tax (NY)"]).toMatch(/^\$\d+\.\d\d$/);
    await expect(summary(page).getByText("Based on your location — your ZIP code gives the exact tax.")).toBeVisible();
    await expectAccessible(page);

    await summary(page).getByRole("link", { name: "Checkout" }).click();
    await page.getByRole("textbox", { name: "Email" }).fill(`estimate.${Date.now()}@example.com`);
    await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
    await page.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
    await page.getByRole("textbox", { name: "ZIP code" }).fill("10001");
    await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("New York");
    // A city from another state: the ZIP code decides the tax, and the summary says which state it used.
    await page.getByRole("textbox", { name: "City" }).fill("Los Angeles");
    await page.getByRole("textbox", { name: "Address" }).fill("5 Fifth Avenue");
    await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
    await expect(summary(page).getByText("Tax (NY, 8.88%)")).toBeVisible();
    const charged = await figures(summary(page));
    expect(charged["Tax (NY, 8.88%)"]).toBe(cart["Estimated tax (NY)"]);
    expect(charged["Total"]).toBe(cart["Total"]);
    expect(await payByCard(page)).toBe(cart["Total"]);
    expect((await figures(page.getByRole("region", { name: "Items" })))["Tax (NY, 8.88%)"]).toBe(cart["Estimated tax (NY)"]);
  });
});

test("a returning shopper sees a first-order code refused before paying, never “total changed”", async ({ page }) => {
  const email = `returning.${Date.now()}@example.com`;
  const checkoutAs = async () => {
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  };
  const fillAddress = async () => {
    await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
    await page.getByRole("combobox", { name: "Country" }).selectOption("US");
    await page.getByRole("textbox", { name: "ZIP code" }).fill("97201");
    await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Portland");
    await page.getByRole("textbox", { name: "Address" }).fill("1 Main Street");
    await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
    // Oregon has no sales tax: a real zero, with the state it is for.
    await expect(summary(page).getByText("Tax (OR)")).toBeVisible();
  };
  await addMugAndOpenCart(page);
  await summary(page).getByRole("link", { name: "Checkout" }).click();
  await checkoutAs();
  await fillAddress();
  await payOnDelivery(page);

  // Second order, same email: the code is taken in the cart (the email is not known there yet)…
  await addMugAndOpenCart(page);
  await page.getByText("Have a code?").click();
  await page.getByRole("textbox", { name: "Discount code" }).fill("WELCOME10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Code WELCOME10 applied.")).toBeVisible();
  await summary(page).getByRole("link", { name: "Checkout" }).click();
  await expect(summary(page).getByText("Discount (WELCOME10)")).toBeVisible();
  // …and refused as soon as checkout knows who is buying, before any payment.
  await checkoutAs();
  await expect(summary(page).getByText("WELCOME10 is for a first order only.")).toBeVisible();
  await expect(summary(page).getByText("Discount (WELCOME10)")).toHaveCount(0);
  await expectAccessible(page);
  await fillAddress();
  const total = (await figures(summary(page)))["Total"]!;
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(page.getByRole("button", { name: `Place order · ${total}` })).toBeVisible();
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  await expect(page.getByText(/total changed/i)).toHaveCount(0);
  expect((await figures(page.getByRole("region", { name: "Items" })))["Total"]).toBe(total);
});

test("a VAT order with a 60-character German street shows the VAT included and stays within a 360 px screen", async ({ page }) => {
  const street = "Hauptstraßenverkehrsordnungsbehördenzentralverwaltungsweg 12";
  expect(street.length).toBe(60);
  await addMugAndOpenCart(page);
  await summary(page).getByRole("link", { name: "Checkout" }).click();
  await page.getByRole("textbox", { name: "Email" }).fill(`berlin.${Date.now()}@example.com`);
  await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await page.getByRole("combobox", { name: "Country" }).selectOption("DE");
  await page.getByRole("textbox", { name: "Postal code" }).fill("10115");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Berlin");
  await page.getByRole("textbox", { name: "Address" }).fill(street);
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  await expect(summary(page).getByText(/^incl\. €\d+\.\d\d VAT$/)).toBeVisible();
  const total = (await figures(summary(page)))["Total"];
  await payOnDelivery(page);
  const confirmed = await figures(page.getByRole("region", { name: "Items" }));
  expect(confirmed["Tax (19%)"]).toMatch(/^incl\. €\d+\.\d\d VAT$/);
  expect(confirmed["Total"]).toBe(total);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByText(street)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
