import type { CatalogImage, ProductDetail, Variant, VariantOptions } from "./types";
import { selectVariant, type VariantSelection } from "./variant-selection";

/** What the product page shows for the options in its URL. */
export interface ProductView {
  selection: VariantSelection;
  /** The chosen variant, or the cheapest while a choice is missing (its price is then "from"). */
  shownVariant: Variant;
  /** Whether the variants differ in price, so an unchosen product reads "from $x". */
  priceVaries: boolean;
  /** The gallery in the order shown: the chosen colour's images first. */
  images: CatalogImage[];
}

export function productView(product: ProductDetail, requested: Partial<Record<string, string | string[] | undefined>>): ProductView {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const selection = selectVariant(product.optionNames, product.variants, { size: one(requested.size), color: one(requested.color) });
  const shownVariant =
    selection.state.kind === "available" || selection.state.kind === "sold-out-combination"
      ? selection.state.variant
      : [...product.variants].sort((a, b) => a.price.amount - b.price.amount)[0]!;
  return {
    selection,
    shownVariant,
    priceVaries: new Set(product.variants.map((v) => v.price.amount)).size > 1,
    images: galleryFor(product.images, selection.chosen),
  };
}

/** Images for the chosen colour first, then the ones that show no particular colour. */
export function galleryFor(images: CatalogImage[], chosen: VariantOptions): CatalogImage[] {
  const own = images.filter((image) => image.optionValue && image.optionValue === chosen.color);
  const neutral = images.filter((image) => !image.optionValue);
  // No image of the chosen colour (or none chosen): one coloured image stands in, so the gallery is never empty.
  const fallback = own.length ? [] : images.filter((image) => image.optionValue).slice(0, 1);
  return [...own, ...fallback, ...neutral];
}
