import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { deliverTo, figures, orderSummary, payByCard, payOnDelivery, receiptText } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");
const euros = /^€\d+\.\d\d$/;

test("a German shopper sees euros with VAT beside the price from the listing to the receipt", async ({ page, visit }) => {
  await visit("/en/c/outdoor");
  await expect(page.getByRole("main").getByText(/^\$\d+\.\d\d$/).first()).toBeVisible();
  await deliverTo(page, "Germany", "10115");
  await expect(page.getByRole("status").filter({ hasText: "Prices are now in Euro (EUR) for delivery to Germany." })).toBeVisible();
  await expectAccessible(page);

  // Listing: every card in euros, ending in .99 (the market's rounding), with "incl. VAT" beside it.
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: mug.name.en }) });
  await expect(card.getByText(/^€\d+\.99$/).first()).toBeVisible();
  await expect(card.getByText("incl. VAT", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText(/\$\d/)).toHaveCount(0);
  const listed = (await card.getByText(/^€\d+\.99$/).first().textContent())!;

  // Product page: the same price, the VAT note, and shipping in euros.
  await visit(`/en/p/${mug.slug}?color=white`);
  await expect(page.getByRole("main").getByText(listed, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("main").getByText("incl. VAT", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Shipping to Germany 10115" }).getByText(/€\d+\.\d\d/).first()).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "View cart" }).click();

  // Cart: the line and the totals in euros, the VAT inside the total.
  await expect(page.getByRole("main").getByText(listed, { exact: true }).first()).toBeVisible();
  const cart = await figures(orderSummary(page));
  expect(cart["Total"]).toMatch(euros);
  await expect(orderSummary(page).getByText(/^incl\. €\d+\.\d\d VAT$/)).toBeVisible();
  await expectAccessible(page);

  // Checkout: Germany and the postal code come from the cart; the card is charged the cart's total in euros.
  await orderSummary(page).getByRole("link", { name: "Checkout" }).click();
  const email = `berlin.euros.${Date.now()}@example.com`;
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("DE");
  await expect(page.getByRole("textbox", { name: "Postal code" })).toHaveValue("10115");
  await page.getByRole("textbox", { name: "Full name" }).fill("Anna Schmidt");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Berlin");
  await page.getByRole("textbox", { name: "Address" }).fill("Unter den Linden 5");
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  expect(await figures(orderSummary(page))).toEqual(cart);
  await expectAccessible(page);
  expect(await payByCard(page)).toBe(cart["Total"]);

  // Confirmation and receipt: the same euros, itemised.
  const confirmed = await figures(page.getByRole("region", { name: "Items" }));
  expect(confirmed["Total"]).toBe(cart["Total"]);
  expect(confirmed["Tax (19%)"]).toMatch(/^incl\. €\d+\.\d\d VAT$/);
  const number = /orders\/(\d+)/.exec(page.url())![1]!;
  const receipt = await receiptText(page, { email, number });
  expect(receipt).toMatch(new RegExp(`Total\\s+${cart["Total"]!.replace(/[.]/g, "\\.")}`));
  expect(receipt).not.toMatch(/\$\d/);
});

test("a destination in another market mid-checkout switches the currency with a note, and one outside every market keeps the cart in dollars", async ({ page }) => {
  await page.goto(`/en/p/${mug.slug}?color=white`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Checkout" }).click();
  await page.getByRole("textbox", { name: "Email" }).fill(`markets.${Date.now()}@example.com`);
  await page.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await page.getByRole("textbox", { name: "Full name" }).fill("Taras Shevchenko");
  await page.getByRole("textbox", { name: "Address" }).fill("Khreshchatyk 1");

  await page.getByRole("combobox", { name: "Country" }).selectOption("UA");
  await page.getByRole("textbox", { name: "Postal code" }).fill("01001");
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Kyiv");
  await expect(page.getByRole("combobox", { name: "Oblast" })).toHaveValue("30");
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Prices are now in Ukrainian Hryvnia (UAH) for delivery to Ukraine." })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Place order|^Pay/ })).toHaveText(/₴/);
  expect((await figures(orderSummary(page)))["Total"]).toMatch(/^₴[\d,]+\.00$/); // whole hryvnias
  await expectAccessible(page);

  // Poland has no market of its own: said so, priced in dollars, and the cart is still there.
  await page.getByRole("button", { name: "Edit Delivery address" }).click();
  await page.getByRole("combobox", { name: "Country" }).selectOption("PL");
  await page.getByRole("textbox", { name: "Postal code" }).fill("00-950");
  await page.getByRole("textbox", { name: "City" }).fill("Warszawa");
  await page.getByRole("region", { name: "Delivery address" }).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We don’t price in the currency of Poland yet: prices are in US Dollar (USD)" })).toBeVisible();
  const dollars = (await figures(orderSummary(page)))["Total"]!;
  expect(dollars).toMatch(/^\$\d+\.\d\d$/);
  await expect(orderSummary(page).getByRole("link", { name: mug.name.en })).toBeVisible();
  await payOnDelivery(page);
  expect((await figures(page.getByRole("region", { name: "Items" })))["Total"]).toBe(dollars);
});
