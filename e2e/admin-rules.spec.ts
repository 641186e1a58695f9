import sharp from "sharp";
import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, fillContactAndAddress, payOnDelivery, signInByEmail } from "./pages/shopper";

// A product no other test looks at: its reviews, images and stock can change here.
const stool = catalog.product("folding-camp-stool");
const stoolSku = stool.slug.toUpperCase();

test("staff take a phone order: a bad line is named, the price is read out, the order is placed once and shown as a phone order", async ({ page }) => {
  await signInByEmail(page, "ops9@juniperlane.example", "/en/admin/orders");
  await page.getByRole("link", { name: "New phone order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New phone order" })).toBeVisible();
  await expectAccessible(page);

  const email = `phone.${Date.now()}@example.com`;
  await page.getByRole("textbox", { name: "Customer's email" }).fill(email);
  await page.getByRole("textbox", { name: "Full name" }).fill("Margaret Hamilton");
  await page.getByRole("textbox", { name: "Street address" }).fill("1 Main Street");
  await page.getByRole("textbox", { name: "Postal code" }).fill("97201");
  await page.getByRole("textbox", { name: "City" }).fill("Portland");
  await page.getByRole("textbox", { name: "State, province or region" }).fill("OR");
  await page.getByRole("textbox", { name: "Items (SKU and quantity)" }).fill(`${stoolSku} 1\nNO-SUCH-THING 2`);
  await page.getByRole("button", { name: "Check price" }).click();
  await expect(page.getByText("Line 2: there is no active product with SKU NO-SUCH-THING.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Customer's email" })).toHaveValue(email);
  await expectAccessible(page);

  await page.getByRole("textbox", { name: "Items (SKU and quantity)" }).fill(`${stoolSku} 1`);
  await page.getByRole("combobox", { name: "Payment" }).selectOption({ label: "Cash on delivery" });
  await page.getByRole("button", { name: "Check price" }).click();
  const summary = page.getByRole("region", { name: "Order summary" });
  await expect(summary.getByRole("row", { name: new RegExp(`${stoolSku}.*${stool.name.en}`) })).toBeVisible();
  await expect(summary.getByRole("term").filter({ hasText: /^Total$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Order \d+$/ })).toBeVisible();
  await expect(page.getByText("Phone order taken by ops9@juniperlane.example")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(stool.name.en) })).toBeVisible();
  await expectAccessible(page);
});

test("staff add a shipping zone the shop lists at once, schedule a promotion, then delete both", async ({ page, browser }) => {
  await signInByEmail(page, "ops10@juniperlane.example", "/en/admin/pricing");
  await expect(page.getByRole("heading", { level: 1, name: "Pricing" })).toBeVisible();
  await expectAccessible(page);

  // A new zone for a country the store does not ship to yet.
  const addZone = page.getByRole("form", { name: "Add a zone" });
  await addZone.getByRole("textbox", { name: "Zone id" }).fill("oceania");
  await addZone.getByRole("textbox", { name: "Countries" }).fill("NZ, US");
  await addZone.getByRole("button", { name: "Create zone" }).click();
  await expect(addZone.getByText(/Already in another zone/)).toBeVisible();
  await expectAccessible(page);
  await addZone.getByRole("textbox", { name: "Countries" }).fill("NZ");
  await addZone.getByRole("button", { name: "Create zone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /oceania/ })).toBeVisible();

  const addMethod = page.getByRole("region", { name: "Add a method" });
  await addMethod.getByRole("textbox", { name: "Carrier" }).fill("NZ Post");
  await addMethod.getByRole("textbox", { name: "Tier 1: price" }).fill("25");
  await addMethod.getByRole("textbox", { name: "Business days in transit, at least" }).fill("5");
  await addMethod.getByRole("textbox", { name: "Business days in transit, at most" }).fill("9");
  await addMethod.getByRole("button", { name: "Add method" }).click();
  await expect(page.getByText("Method added.")).toBeVisible();
  await expectAccessible(page);

  // The shop's shipping page lists it on the next request, named by its country.
  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await shopper.goto("/en/shipping");
  await expect(shopper.getByRole("row", { name: /New Zealand.*NZ Post/ })).toBeVisible();

  // A promotion that starts next year is scheduled, not running.
  await page.goto("/en/admin/pricing");
  const addPromotion = page.getByRole("form", { name: "New promotion" });
  const nextYear = new Date().getUTCFullYear() + 1;
  await addPromotion.getByRole("textbox", { name: "Promotion id" }).fill("e2e-next-year");
  await addPromotion.getByRole("textbox", { name: "Percent off (1 to 90)" }).fill("15");
  await addPromotion.getByLabel("Starts").fill(`${nextYear}-01-10T09:00`);
  await addPromotion.getByLabel("Ends").fill(`${nextYear}-01-05T09:00`);
  await addPromotion.getByRole("button", { name: "Create promotion" }).click();
  await expect(addPromotion.getByText("The end must come after the start.")).toBeVisible();
  await expectAccessible(page);
  await addPromotion.getByLabel("Ends").fill(`${nextYear}-01-20T09:00`);
  await addPromotion.getByRole("button", { name: "Create promotion" }).click();
  await expect(page.getByRole("row", { name: /e2e-next-year.*15% off.*Scheduled/ })).toBeVisible();

  await page.getByRole("link", { name: "Edit e2e-next-year" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Promotion e2e-next-year" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete promotion" }).click();
  await expect(page.getByText("The promotion was deleted.")).toBeVisible();

  await page.goto("/en/admin/pricing/warehouse");
  await expect(page.getByRole("heading", { level: 1, name: "Warehouse and delivery days" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/en/admin/pricing/shipping/oceania");
  await page.getByRole("checkbox", { name: "Yes, delete zone oceania" }).check();
  await page.getByRole("button", { name: "Delete this zone and its methods" }).click();
  await expect(page.getByText("The zone was deleted.")).toBeVisible();
  await shopper.goto("/en/shipping");
  await expect(shopper.getByRole("row", { name: /New Zealand/ })).toHaveCount(0);
  await shopper.context().close();
});

test("staff change a store setting the checkout uses on the next request; a bad value is named at its field", async ({ page, browser }) => {
  await signInByEmail(page, "ops11@juniperlane.example", "/en/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectAccessible(page);

  const recovery = page.getByRole("region", { name: "Abandoned-cart recovery" });
  await recovery.getByRole("textbox", { name: "Reminder delays" }).fill("24h, 1h");
  await recovery.getByRole("button", { name: "Save" }).click();
  await expect(recovery.getByText("Enter one or more delays such as 1h, 24h, 72h, each longer than the one before.")).toBeVisible();
  await expect(recovery.getByRole("textbox", { name: "Reminder delays" })).toHaveValue("24h, 1h");
  await expectAccessible(page);

  // This address is an admin's (ADMIN_EMAILS), so the payment settings are open to it too.
  await expect(page.getByRole("region", { name: "Payments" }).getByRole("button", { name: "Save" })).toBeVisible();

  const checkout = page.getByRole("region", { name: "Checkout" });
  await checkout.getByRole("checkbox", { name: "Ask for a company name" }).check();
  await checkout.getByRole("button", { name: "Save" }).click();
  await expect(checkout.getByText("Saved. The store uses it from the next request.")).toBeVisible();

  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await addToCartAndCheckout(shopper, `/en/p/${stool.slug}`);
  await shopper.getByRole("textbox", { name: "Email" }).fill(`company.${Date.now()}@example.com`);
  await shopper.getByRole("region", { name: "Contact" }).getByRole("button", { name: "Continue" }).click();
  await expect(shopper.getByRole("textbox", { name: /Company/ })).toBeVisible();

  await page.reload();
  await page.getByRole("region", { name: "Checkout" }).getByRole("button", { name: "Back to the defaults" }).click();
  await expect(page.getByText("Back to the defaults.")).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByRole("textbox", { name: "Address", exact: true })).toBeVisible();
  await expect(shopper.getByRole("textbox", { name: /Company/ })).toHaveCount(0);
  await shopper.context().close();
});

test("staff hide a review the product page then neither shows nor counts, and publish it again; category texts are required in every language", async ({ page, browser }) => {
  await signInByEmail(page, "ops12@juniperlane.example", `/en/admin/reviews?q=${stool.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "2 reviews" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row", { name: /Fishing companion/ });
  await row.getByRole("button", { name: "Hide" }).click();
  await expect(page.getByText("The review is hidden from the shop.")).toBeVisible();

  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await shopper.goto(`/en/p/${stool.slug}`);
  await expect(shopper.getByText("Sturdy but low")).toBeVisible();
  await expect(shopper.getByText("Fishing companion")).toHaveCount(0);
  await expect(shopper.getByText(/from 1 review/).first()).toBeVisible();

  await page.getByRole("row", { name: /Fishing companion/ }).getByRole("button", { name: "Publish again" }).click();
  await expect(page.getByText("The review is in the shop again.")).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByText("Fishing companion")).toBeVisible();
  await shopper.context().close();

  await page.goto("/en/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();
  await expectAccessible(page);
  const outdoor = catalog.categories.find((category) => category.slug === "outdoor")!;
  await page.getByRole("link", { name: `Edit ${outdoor.name.en}` }).click();
  await expectAccessible(page);
  const ukrainianName = page.getByRole("group", { name: "Українська" }).getByRole("textbox", { name: "Name" });
  await ukrainianName.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a name, up to 100 characters.")).toBeVisible();
  await expectAccessible(page);
});

test("staff add a product image (its type checked from its bytes) that the product page shows, then remove it", async ({ page, browser }) => {
  await signInByEmail(page, "ops13@juniperlane.example", `/en/admin/products/${stool.slug}`);
  const images = page.getByRole("region", { name: "Images" });
  await expect(images).toBeVisible();
  const before = await images.getByRole("listitem").count();
  await expectAccessible(page);

  await images.getByLabel("Image file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("this is not an image, just text") });
  await images.getByRole("button", { name: "Upload" }).click();
  await expect(images.getByText(/This file is not a JPEG, PNG, WebP or AVIF image/)).toBeVisible();
  await expectAccessible(page);

  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#2f6f4f" } }).png().toBuffer();
  await images.getByLabel("Image file").setInputFiles({ name: "stool-in-use.png", mimeType: "image/png", buffer: png });
  await images.getByRole("button", { name: "Upload" }).click();
  await expect(images.getByText("Image added.")).toBeVisible();
  await expect(images.getByRole("listitem")).toHaveCount(before + 1);
  await expect(images.getByText("900 × 600 px")).toBeVisible();

  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await shopper.goto(`/en/p/${stool.slug}`);
  await expect(shopper.locator('img[src*="%2Fmedia%2F"], img[src*="/media/"]').first()).toBeAttached();

  const added = images.getByRole("listitem").last();
  await added.getByRole("button", { name: /^Remove/ }).click();
  await added.getByRole("button", { name: "Yes, remove" }).click();
  await expect(images.getByRole("listitem")).toHaveCount(before);
  await expect(images.getByText("Image removed.")).toBeVisible();
  await shopper.context().close();
});

test("staff read the funnel with the store's own test traffic included, and a ten-year period is refused at its field", async ({ page, browser }) => {
  // A shopper of this run orders first (its requests say they are the store's tests).
  const guest = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "x-store-traffic": "test" } });
  const shopper = await guest.newPage();
  await addToCartAndCheckout(shopper, `/en/p/${stool.slug}`);
  await fillContactAndAddress(shopper, { email: `funnel.${Date.now()}@example.com` });
  await payOnDelivery(shopper);
  await guest.close();

  await signInByEmail(page, "ops15@juniperlane.example", "/en/admin/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "Store tests" }).check();
  await page.getByRole("button", { name: "Show" }).click();
  const funnel = page.getByRole("table", { name: /^Visits reaching each step/ });
  // This run's own shoppers (marked as store tests) reached the checkout and ordered.
  await expect(funnel.getByRole("row").filter({ hasText: /Order placed/ }).getByRole("cell").first()).not.toHaveText(/^0$/);
  await expect(page.getByRole("table", { name: "Core figures against the previous period" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("From").fill("2010-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("Choose a period of at most one year.")).toBeVisible();
  await expectAccessible(page);
});
