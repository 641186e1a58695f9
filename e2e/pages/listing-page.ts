import type { Page } from "@playwright/test";

export class ListingPage {
  constructor(readonly page: Page) {}

  filters() {
    return this.page.getByRole("form", { name: /filters/i });
  }

  productLinks() {
    return this.page.getByRole("main").getByRole("article").getByRole("link");
  }

  resultsHeading() {
    return this.page.getByRole("heading", { name: /\d+ products?|no products/i });
  }
}
