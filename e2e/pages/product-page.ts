import type { Page } from "@playwright/test";

/** The product page as a shopper meets it: option radio groups, price, stock and the buy button. */
export class ProductPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  optionGroup(name: RegExp | string) {
    return this.page.getByRole("group", { name });
  }

  option(group: RegExp | string, value: RegExp | string) {
    return this.optionGroup(group).getByRole("radio", { name: value });
  }

  buyButton() {
    return this.page.getByRole("main").getByRole("button", { name: /add to cart|choose|sold out/i });
  }

  async jsonLd(): Promise<Record<string, unknown>> {
    const text = await this.page.locator('script[type="application/ld+json"]').first().textContent();
    return JSON.parse(text ?? "{}");
  }
}
