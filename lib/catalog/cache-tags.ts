/** What a cached read (and so every cached page that made it) depends on. */
export type CatalogScope = { product: string } | "listing" | "categories" | "pricing";

export const catalogTags = {
  all: "catalog:all",
  listing: "catalog:listing",
  pricing: "catalog:pricing",
  product: (slug: string) => `catalog:product:${slug}`,
};

/** The cache tags of a read of `scope`; pages collect the tags of the reads they make. */
export function tagsOf(scope: CatalogScope): string[] {
  if (scope === "pricing") return [catalogTags.pricing];
  if (scope === "listing") return [catalogTags.listing, catalogTags.all];
  if (scope === "categories") return [catalogTags.all];
  return [catalogTags.product(scope.product), catalogTags.all];
}

/** The tags an announcement on the catalog channel retires (payloads: migration 0012). */
export function tagsAnnounced(payload: string): string[] {
  if (payload === "pricing") return [catalogTags.pricing];
  if (payload === "*") return [catalogTags.all];
  if (payload.startsWith("product:")) return [catalogTags.product(payload.slice("product:".length)), catalogTags.listing];
  return [];
}

/** The next moment after `now` at which a promotion starts or ends, or null. */
export function nextPromotionChange(promotions: { startsAt: string; endsAt: string }[], now: number): number | null {
  const moments = promotions.flatMap((p) => [Date.parse(p.startsAt), Date.parse(p.endsAt)]).filter((t) => t > now);
  return moments.length ? Math.min(...moments) : null;
}
