import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, payOnDelivery } from "./pages/shopper";

/** Addresses that fit each country (issue 13): no postal code in the Emirates, a State from the ZIP in the US. */
const mug = catalog.product("enamel-camp-mug");

test("a UAE shopper checks out without any postal code, choosing the emirate, and the confirmation prints the address", async ({ page }) => {
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await page.getByRole("textbox", { name: "Email" }).fill(`uae.${Date.now()}@example.com`);
  const address = page.getByRole("region", { name: "Delivery address" });
  await address.getByRole("textbox", { name: "Full name" }).fill("Fatima Al Mansouri");
  await address.getByRole("combobox", { name: "Country" }).selectOption("AE");
  // The Emirates have no postal codes and no city field: the emirate is asked for instead.
  await expect(address.getByRole("textbox", { name: /Postal code|ZIP code/ })).toHaveCount(0);
  await expect(address.getByRole("textbox", { name: /City/ })).toHaveCount(0);
  const emirate = address.getByRole("combobox", { name: "Emirate" });
  await expect(emirate).toHaveAttribute("autocomplete", "shipping address-level1");
  await emirate.selectOption({ label: "Dubai" });
  await address.getByRole("textbox", { name: "Address" }).fill("Villa 12, Al Wasl Road");
  await expectAccessible(page);
  const number = await payOnDelivery(page);
  expect(number).toBeGreaterThan(0);
  const shipTo = page.locator("dd").filter({ hasText: "Villa 12, Al Wasl Road" });
  await expect(shipTo.locator("span")).toHaveText(["Fatima Al Mansouri", "Villa 12, Al Wasl Road", "Dubai", "United Arab Emirates"]);
});

test("a US shopper's ZIP chooses the State by itself, a contradicting state is named next to the field, and the confirmation prints 'Portland, OR 97205'", async ({ page }) => {
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  await page.getByRole("textbox", { name: "Email" }).fill(`zip.${Date.now()}@example.com`);
  const address = page.getByRole("region", { name: "Delivery address" });
  await address.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await address.getByRole("combobox", { name: "Country" }).selectOption("US");
  const zip = address.getByRole("textbox", { name: "ZIP code" });
  await expect(zip).toHaveAttribute("inputmode", "numeric");
  await zip.fill("97205");
  const state = address.getByRole("combobox", { name: "State" });
  await expect(state).toHaveAttribute("autocomplete", "shipping address-level1");
  await expect(state).toHaveValue("OR");
  await expect(state.locator("option:checked")).toHaveText("Oregon");
  await expect(address.getByRole("textbox", { name: "City" })).toHaveValue("Portland");

  await state.focus();
  await state.selectOption({ label: "California" });
  await state.blur();
  await expect(state).toHaveAttribute("aria-invalid", "true");
  await expect(state).toHaveAccessibleDescription("ZIP 97205 is in Oregon, not California. Check the ZIP code or the state.");
  await expectAccessible(page);

  await state.selectOption("OR");
  await expect(state).not.toHaveAttribute("aria-invalid", "true");
  await expect(address.getByText(/is in Oregon, not California/)).toHaveCount(0);
  await address.getByRole("textbox", { name: "Address" }).fill("1 Main Street");
  // Going on to payment completes the address section, whose summary prints it the US way.
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await expect(address.getByText("Ada Lovelace, 1 Main Street, Portland, OR 97205, United States")).toBeVisible();
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page.getByText("Confirmed — pay on delivery").first()).toBeVisible();
  const shipTo = page.locator("dd").filter({ hasText: "1 Main Street" });
  await expect(shipTo.locator("span")).toHaveText(["Ada Lovelace", "1 Main Street", "Portland, OR 97205", "United States"]);
});

test("numeric keypads only where the postal code is all digits", async ({ page }) => {
  await addToCartAndCheckout(page, `/en/p/${mug.slug}?color=white`);
  const address = page.getByRole("region", { name: "Delivery address" });
  await page.getByRole("textbox", { name: "Email" }).fill(`keys.${Date.now()}@example.com`);
  for (const [country, inputMode] of [["DE", "numeric"], ["SA", "numeric"], ["UA", "numeric"], ["GB", "text"], ["NL", "text"]] as const) {
    await address.getByRole("combobox", { name: "Country" }).selectOption(country);
    await expect(address.getByRole("textbox", { name: /Postal code/ }), country).toHaveAttribute("inputmode", inputMode);
  }
  // Saudi Arabia's postal code may be left empty.
  await address.getByRole("combobox", { name: "Country" }).selectOption("SA");
  await expect(address.getByRole("textbox", { name: "Postal code (optional)" })).toBeVisible();
});
