import { describe, expect, it } from "vitest";
import { catalogTags, nextPromotionChange, tagsAnnounced, tagsOf } from "./cache-tags";

describe("catalog cache tags", () => {
  it("retires a product's own page and the listings when the database announces that product", () => {
    const announced = tagsAnnounced("product:brushed-fleece-hoodie");
    expect(announced).toEqual([catalogTags.product("brushed-fleece-hoodie"), catalogTags.listing]);
    // The product page read carries its own tag; another product's page carries neither.
    expect(tagsOf({ product: "brushed-fleece-hoodie" }).some((tag) => announced.includes(tag))).toBe(true);
    expect(tagsOf({ product: "enamel-camp-mug" }).some((tag) => announced.includes(tag))).toBe(false);
    expect(tagsOf("categories").some((tag) => announced.includes(tag))).toBe(false);
    expect(tagsOf("listing").some((tag) => announced.includes(tag))).toBe(true);
  });

  it("retires everything of the catalog on a category change, and only pricing on a pricing change", () => {
    for (const scope of [{ product: "x" }, "listing", "categories"] as const) expect(tagsOf(scope)).toContain(tagsAnnounced("*")[0]);
    expect(tagsOf("pricing")).toEqual(tagsAnnounced("pricing"));
    expect(tagsOf("listing")).not.toContain(catalogTags.pricing);
    expect(tagsAnnounced("something else")).toEqual([]);
  });

  it("finds the next moment a promotion starts or ends", () => {
    const now = Date.parse("2026-11-30T12:00:00Z");
    const promotions = [
      { startsAt: "2026-11-01T00:00:00Z", endsAt: "2026-12-02T00:00:00Z" },
      { startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-05T00:00:00Z" },
    ];
    expect(nextPromotionChange(promotions, now)).toBe(Date.parse("2026-12-01T08:00:00Z"));
    expect(nextPromotionChange(promotions, Date.parse("2026-12-06T00:00:00Z"))).toBeNull();
  });
});
