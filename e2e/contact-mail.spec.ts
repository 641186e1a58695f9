import { expect, expectAccessible, test } from "./fixtures";

test("contact form validates inline, keeps what was typed and mails a fixed confirmation to the dev mailbox", async ({ page, visit }) => {
  await visit("/en/contact");
  const form = page.getByRole("form", { name: "Send us a message" });
  const email = form.getByRole("textbox", { name: "Email" });
  await email.fill("not-an-email");
  await email.blur();
  await expect(form.getByText("Please enter an email address like name@example.com.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("autocomplete", "email");
  await expectAccessible(page);

  await form.getByRole("textbox", { name: "Your name" }).fill("Olena");
  await form.getByRole("textbox", { name: "Message" }).fill("short");
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(form.getByText("Please fix 2 fields below.")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Your name" })).toHaveValue("Olena");
  await expect(form.getByRole("textbox", { name: "Message" })).toHaveValue("short");

  const address = `olena.${Date.now()}@example.com`;
  await email.fill(address);
  await form.getByRole("textbox", { name: "Message" }).fill("Does the linen shirt run small? I am usually an M.");
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("status")).toContainText(`Thanks, Olena. We received your message and sent a confirmation to ${address}.`);

  await visit("/en/dev/mailbox");
  const row = page.getByRole("row", { name: new RegExp(address.replace(/\./g, "\\.")) });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "We received your message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "We received your message" })).toBeVisible();
  const preview = page.frameLocator('iframe[title="Email preview"]');
  await expect(preview.getByText("We received your message, and a person from our team will reply", { exact: false })).toBeVisible();
  // The confirmation goes to whatever address was typed, so it repeats nothing typed.
  await expect(preview.getByText(/linen shirt|Olena/)).toHaveCount(0);
});

test("the confirmation mail is written in the shopper's language", async ({ page, visit }) => {
  await visit("/uk/contact");
  const form = page.getByRole("form");
  const address = `taras.${Date.now()}@example.com`;
  await form.locator('input[name="name"]').fill("Тарас");
  await form.locator('input[name="email"]').fill(address);
  await form.locator('textarea[name="message"]').fill("Чи можна повернути товар через 20 днів?");
  await form.getByRole("button").click();
  await expect(page.getByRole("status")).toContainText(address);
  await visit("/uk/dev/mailbox");
  const row = page.getByRole("row", { name: new RegExp(address.replace(/\./g, "\\.")) });
  await expect(row.getByRole("link")).not.toHaveText("We received your message");
});
