import { seedCategories, seedProducts } from "../db/seed/catalog";

/** Seed facts the tests rely on, looked up by what they are rather than hard-coded copies. */
export const catalog = {
  categories: seedCategories,
  products: seedProducts,
  product(slug: string) {
    const product = seedProducts.find((p) => p.slug === slug);
    if (!product) throw new Error(`Seed has no product ${slug}`);
    return product;
  },
};

/** A shirt with sizes × colours, a purchase limit, one sold-out and one last-unit variant. */
export const shirt = catalog.product("oxford-button-down");
