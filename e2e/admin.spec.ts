import { catalog } from "./catalog";
import { expect, expectAccessible, test } from "./fixtures";
import { addToCartAndCheckout, fillContactAndAddress, payOnDelivery, signInByEmail } from "./pages/shopper";

const mug = catalog.product("enamel-camp-mug");

test("staff find a guest's order, ship it with a tracking number the shopper sees and is mailed, take the cash and refund part of it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A guest orders, paying on delivery, and keeps the status page open.
  const email = `ship.me.${Date.now()}@example.com`;
  const guest = await browser.newContext({ locale: "en-US" });
  const shopper = await guest.newPage();
  await addToCartAndCheckout(shopper, `/en/p/${mug.slug}?color=white`);
  await fillContactAndAddress(shopper, { email });
  const number = await payOnDelivery(shopper);
  const statusPage = shopper.url();

  // Staff find it by the guest's email.
  await signInByEmail(page, "ops1@juniperlane.example", "/en/admin/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search orders" }).fill(email);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 order" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: String(number), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(mug.name.en) })).toBeVisible();
  await expectAccessible(page);

  // A shipment without its carrier is refused at the field, keeping the tracking number typed.
  const ship = page.getByRole("form", { name: "Ship" });
  await ship.getByRole("textbox", { name: "Tracking number" }).fill("1Z 999 AA1 0123456784");
  await ship.getByRole("button", { name: "Mark as shipped and email the customer" }).click();
  await expect(ship.getByText("Enter the carrier, e.g. UPS.")).toBeVisible();
  await expect(ship.getByRole("textbox", { name: "Tracking number" })).toHaveValue("1Z 999 AA1 0123456784");
  await expectAccessible(page);
  await ship.getByRole("textbox", { name: "Carrier" }).fill("UPS");
  await ship.getByRole("button", { name: "Mark as shipped and email the customer" }).click();
  await expect(page.getByText("Shipped by ops1@juniperlane.example: UPS 1Z 999 AA1 0123456784")).toBeVisible();
  await expect(page.getByRole("form", { name: "Ship" })).toHaveCount(0);

  // The cash came in; part of it goes back (more than was paid is refused, the amount kept).
  await page.getByRole("form", { name: "Mark as paid" }).getByRole("button", { name: "Mark as paid" }).click();
  await expect(page.getByText("Marked as paid by ops1@juniperlane.example")).toBeVisible();
  const refund = page.getByRole("form", { name: "Refund" });
  await refund.getByRole("textbox", { name: "Amount (USD)" }).fill("100000");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(refund.getByText(/^At most \$[\d,.]+ can be refunded\.$/)).toBeVisible();
  await expect(refund.getByRole("textbox", { name: "Amount (USD)" })).toHaveValue("100000");
  await refund.getByRole("textbox", { name: "Amount (USD)" }).fill("5");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByText("Refund of $5.00 by ops1@juniperlane.example")).toBeVisible();
  await expectAccessible(page);

  // The shopper's status page and mailbox say it is on its way, with the tracking number.
  await shopper.goto(statusPage);
  await expect(shopper.getByText("On its way")).toBeVisible();
  await expect(shopper.getByText(/UPS, tracking number 1Z 999 AA1 0123456784, sent/)).toBeVisible();
  await expectAccessible(shopper);
  // The mail goes out with the next delivery round (at once, or within 15 s).
  await expect(async () => {
    await shopper.goto("/en/dev/mailbox");
    await expect(shopper.getByRole("row", { name: new RegExp(`${email.replace(/[.+]/g, "\\$&")}.*Your order ${number} is on its way`) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000, intervals: [3_000] });
  await guest.close();
});

test("the orders list filters, sorts and pages on the server, and keeps its view in the URL", async ({ page, browser }) => {
  // At least one order paid on delivery and one by card to sort and filter.
  const guest = await browser.newContext({ locale: "en-US" });
  const shopper = await guest.newPage();
  await addToCartAndCheckout(shopper, `/en/p/${mug.slug}?color=white`);
  await fillContactAndAddress(shopper, { email: `list.${Date.now()}@example.com` });
  await payOnDelivery(shopper);
  await guest.close();

  await signInByEmail(page, "ops2@juniperlane.example", "/en/admin/orders?sort=total&dir=asc");
  const totalHeader = page.getByRole("columnheader", { name: "Sort by Total" });
  await expect(totalHeader).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("combobox", { name: "Payment" }).selectOption({ label: "Cash on delivery" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/payment=cash_on_delivery/);
  await expect(page).toHaveURL(/sort=total&dir=asc/);
  const rows = page.getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("Cash on delivery");
  await page.getByRole("link", { name: "Sort by Total" }).click();
  await expect(page.getByRole("columnheader", { name: "Sort by Total" })).toHaveAttribute("aria-sort", "descending");
  await expectAccessible(page);
  // A forged filter is ignored, not an error.
  const forged = await page.goto("/en/admin/orders?status=%3Cscript%3E&page=-4&sort=nope");
  expect(forged?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
});

test("staff change a product's price and the shop shows it on the next load; a save made on a stale copy is refused", async ({ page, browser }) => {
  const board = "/en/p/olive-wood-serving-board";
  // The shop's page is cached before the change, so the test sees that the change reaches it.
  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await shopper.goto(board);
  await expect(shopper.getByRole("heading", { level: 1, name: "Olive Wood Serving Board" })).toBeVisible();
  await expect(shopper.getByText("$77.00")).toHaveCount(0);

  await signInByEmail(page, "ops3@juniperlane.example", "/en/admin/products");
  await page.getByRole("searchbox", { name: "Find a product" }).fill("olive");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: "Olive Wood Serving Board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Olive Wood Serving Board" })).toBeVisible();
  await expectAccessible(page);
  // A second tab on the same product, opened before the first one saves.
  const stale = await page.context().newPage();
  await stale.goto(page.url());

  const price = page.getByRole("textbox", { name: "Price (USD)", exact: true });
  await price.fill("0");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("A price of 0 gives the product away: enter a price above zero.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Price (USD)", exact: true })).toHaveValue("0");
  await page.getByRole("textbox", { name: "Price (USD)", exact: true }).fill("77.00");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The shop shows the change on the next page load." })).toBeVisible();
  await expectAccessible(page);

  await shopper.reload();
  await expect(shopper.getByText("$77.00").first()).toBeVisible();

  await stale.getByRole("textbox", { name: "On hand" }).fill("3");
  await stale.getByRole("button", { name: "Save product" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "Someone" })).toHaveText("Someone else saved this product since you opened it. Reload the page to see their changes, then make yours again.");
  await expect(stale.getByRole("textbox", { name: "On hand" })).toHaveValue("3");
  await expectAccessible(stale);
  await shopper.context().close();
});

test("staff export the catalog as CSV, read each problem of a file by row before anything is written, then import a correct one", async ({ page }) => {
  await signInByEmail(page, "ops4@juniperlane.example", "/en/admin/products/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import products from CSV" })).toBeVisible();
  const exported = await page.request.get("/api/admin/catalog.csv");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const csv = (await exported.text()).replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  expect(header!.startsWith("product_slug,category,status,featured,purchase_limit,option_names,name_en")).toBe(true);
  const columns = header!.split(",");
  const board = lines.find((line) => line.startsWith("glass-water-carafe,"))!;
  const withCell = (line: string, column: string, value: string) => {
    // The board's row has no quoted cells with commas before its numbers: the last columns are plain.
    const cells = line.split(",");
    const fromEnd = columns.length - columns.indexOf(column);
    cells[cells.length - fromEnd] = value;
    return cells.join(",");
  };

  // One bad row: nothing is written, and the problem is named by row and column.
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from([header, withCell(board, "price", "-5")].join("\n")) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "problem" })).toHaveText("1 problem in bad.csv; nothing was imported.");
  await expect(page.getByRole("table", { name: "Problems by row" }).getByRole("row", { name: "2 price Enter 0 or more." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import these changes" })).toHaveCount(0);
  await expectAccessible(page);

  // A correct file: checked, then imported as checked.
  await page.getByLabel("CSV file").setInputFiles({ name: "stock.csv", mimeType: "text/csv", buffer: Buffer.from([header, withCell(board, "stock", "42")].join("\n")) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("Rows: 1. New products: 0, products changed: 0, new variants: 0, variants changed: 1, unchanged: 0.")).toBeVisible();
  await page.getByRole("button", { name: "Import these changes" }).click();
  await expect(page.getByText(/^Imported stock\.csv\./)).toBeVisible();
  await expectAccessible(page);
});

test("an admin invites someone to the staff, who is mailed the way in; the audit log shows who did it", async ({ page }) => {
  const invited = `new.staff.${Date.now()}@example.com`;
  await signInByEmail(page, "ops5@juniperlane.example", "/en/admin/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByRole("textbox", { name: "Email" }).fill("not an email");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(invite.getByRole("textbox", { name: "Email" })).toHaveValue("not an email");
  await invite.getByRole("textbox", { name: "Email" }).fill(invited);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${invited}.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(invited.replace(/[.+]/g, "\\$&")) })).toContainText("Not yet");
  await expectAccessible(page);

  await expect(async () => {
    await page.goto("/en/dev/mailbox");
    await expect(page.getByRole("row", { name: new RegExp(`${invited.replace(/[.+]/g, "\\$&")}.*invited to the Juniper Lane admin`) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000, intervals: [3_000] });

  await page.goto("/en/admin/audit?action=staff.invite");
  await expect(page.getByRole("listitem").filter({ hasText: "ops5@juniperlane.example" }).first()).toContainText("staff.invite");
  await expectAccessible(page);
});

test("staff create a coupon and a shopper can use it on the next request; a duplicate code is refused at its field", async ({ page, browser }) => {
  const code = `TAKE12-${Date.now().toString(36).toUpperCase()}`;
  await signInByEmail(page, "ops6@juniperlane.example", "/en/admin/coupons");
  await expect(page.getByRole("heading", { level: 1, name: "Coupons" })).toBeVisible();
  const create = page.getByRole("form", { name: "New coupon" });
  await create.getByRole("textbox", { name: "Code" }).fill(code.toLowerCase());
  await create.getByRole("textbox", { name: "Percent off" }).fill("12");
  await create.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Coupon ${code} created.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${code} 12% off 0 Always Active`) })).toBeVisible();
  await expectAccessible(page);
  await create.getByRole("textbox", { name: "Code" }).fill(code);
  await create.getByRole("textbox", { name: "Percent off" }).fill("15");
  await create.getByRole("button", { name: "Create coupon" }).click();
  await expect(create.getByText("A coupon with this code already exists.")).toBeVisible();
  await expect(create.getByRole("textbox", { name: "Percent off" })).toHaveValue("15");

  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await addToCartAndCheckout(shopper, `/en/p/${mug.slug}?color=white`);
  await shopper.goto("/en/cart");
  await shopper.getByText("Have a code?").click();
  await shopper.getByRole("textbox", { name: "Discount code" }).fill(code);
  await shopper.getByRole("button", { name: "Apply" }).click();
  await expect(shopper.getByText(`Code ${code} applied.`)).toBeVisible();
  await shopper.context().close();
});

test("staff find a customer, see their orders, and delete the account on request after typing the email again", async ({ page, browser }) => {
  const email = `delete.me.${Date.now()}@example.com`;
  const shopper = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInByEmail(shopper, email);
  await shopper.context().close();

  await signInByEmail(page, "ops7@juniperlane.example", "/en/admin/customers");
  await page.getByRole("searchbox", { name: "Find a customer" }).fill(email);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).click();
  await expect(page.getByRole("heading", { level: 1, name: email })).toBeVisible();
  await expect(page.getByText("No orders yet.")).toBeVisible();
  await expectAccessible(page);

  // The address is isolated in the label (U+2068 … U+2069), so it reads the same in right-to-left languages.
  const confirm = page.getByRole("textbox", { name: new RegExp(`^Type the customer’s email, .?${email.replace(/[.+]/g, "\\$&")}.?, to confirm$`) });
  await confirm.fill("someone.else@example.com");
  await page.getByRole("button", { name: "Delete this customer" }).click();
  await expect(page.getByText("That is not this customer’s email: type it exactly as shown.")).toBeVisible();
  await expect(confirm).toHaveValue("someone.else@example.com");
  await confirm.fill(email);
  await page.getByRole("button", { name: "Delete this customer" }).click();
  await expect(page.getByText("The customer’s account was deleted. Their orders are kept without their details.")).toBeVisible();
  await expectAccessible(page);
});

test("staff add a tax rate: a rate over 100 % is named at its field, a correct one is listed at once", async ({ page }) => {
  await signInByEmail(page, "ops8@juniperlane.example", "/en/admin/taxes");
  await expect(page.getByRole("heading", { level: 1, name: "Taxes" })).toBeVisible();
  const add = page.getByRole("region", { name: "Add a tax rate" });
  await add.getByRole("textbox", { name: "Country" }).fill("nz");
  await add.getByRole("textbox", { name: "Rate (%)" }).fill("150");
  await add.getByRole("combobox", { name: "Called" }).selectOption({ label: "GST" });
  await add.getByRole("button", { name: "Add rate" }).click();
  await expect(add.getByText("Enter a percentage from 0 to 100, like 19 or 7.25.")).toBeVisible();
  await expect(add.getByRole("textbox", { name: "Country" })).toHaveValue("nz");
  await add.getByRole("textbox", { name: "Rate (%)" }).fill("12.5");
  await add.getByRole("button", { name: "Add rate" }).click();
  await expect(page.getByText("New Zealand · 12.5% · GST")).toBeVisible();
  await expectAccessible(page);
});
