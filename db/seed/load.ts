import { sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  categories,
  categoryTranslations,
  inventory,
  productImages,
  products,
  productTranslations,
  reviews,
  storeMeta,
  variants,
} from "../schema";
import { locales } from "@/lib/i18n/locales";
import type { SeedCategory, SeedProduct } from "./types";

const seededKey = "catalog_seeded_at";
const DAY_MS = 24 * 60 * 60 * 1000;

export async function isCatalogSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select().from(storeMeta).where(sql`${storeMeta.key} = ${seededKey}`);
  return row !== undefined;
}

/** Removes catalog data (and everything that hangs off it) so the seed can be loaded again. */
export async function clearCatalog(db: Database): Promise<void> {
  await db.execute(sql`truncate categories, products, variants, inventory, product_images, reviews,
    product_translations, category_translations restart identity cascade`);
  await db.delete(storeMeta).where(sql`${storeMeta.key} = ${seededKey}`);
}

/**
 * Loads a catalog in one transaction: categories, products with translations, variants with
 * stock, images and reviews. `currency` is the store currency all seed prices are in.
 */
export async function loadCatalog(
  db: Database,
  seed: { categories: SeedCategory[]; products: SeedProduct[]; currency: string; now?: Date },
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  const now = seed.now ?? new Date();
  await db.transaction(async (tx) => {
    const categoryIds = new Map<string, number>();
    for (const [position, category] of seed.categories.entries()) {
      const [row] = await tx
        .insert(categories)
        .values({ slug: category.slug, position, image: category.image })
        .returning({ id: categories.id });
      categoryIds.set(category.slug, row!.id);
      await tx.insert(categoryTranslations).values(
        locales.map((locale) => ({
          categoryId: row!.id,
          locale,
          name: category.name[locale],
          description: category.description[locale],
        })),
      );
    }
    onProgress(`  ${seed.categories.length} categories`);

    let variantCount = 0;
    let reviewCount = 0;
    for (const [index, product] of seed.products.entries()) {
      const categoryId = categoryIds.get(product.category);
      if (categoryId === undefined) throw new Error(`Product ${product.slug} names unknown category ${product.category}`);
      const [row] = await tx
        .insert(products)
        .values({
          slug: product.slug,
          categoryId,
          featured: product.featured ?? false,
          purchaseLimit: product.purchaseLimit ?? null,
          optionNames: product.optionNames,
          // Stagger creation dates so "Newest" has a meaningful order.
          createdAt: new Date(now.getTime() - (seed.products.length - index) * DAY_MS),
        })
        .returning({ id: products.id });
      const productId = row!.id;

      await tx.insert(productTranslations).values(
        locales.map((locale) => ({
          productId,
          locale,
          name: product.name[locale],
          shortDescription: product.shortDescription[locale],
          description: product.description[locale] ?? product.description.en,
        })),
      );

      for (const [position, variant] of product.variants.entries()) {
        const suffix = [variant.options.size, variant.options.color].filter(Boolean).join("-");
        const [variantRow] = await tx
          .insert(variants)
          .values({
            productId,
            sku: `${product.slug}${suffix ? `-${suffix}` : ""}`.toUpperCase(),
            options: variant.options,
            price: variant.price,
            compareAtPrice: variant.compareAtPrice ?? null,
            currency: seed.currency,
            weightGrams: variant.weightGrams,
            position,
          })
          .returning({ id: variants.id });
        await tx.insert(inventory).values({ variantId: variantRow!.id, onHand: variant.stock });
        variantCount++;
      }

      if (product.images.length) {
        await tx.insert(productImages).values(
          product.images.map((image, position) => ({
            productId,
            src: image.src,
            width: image.width,
            height: image.height,
            optionValue: image.color ?? null,
            position,
          })),
        );
      }

      if (product.reviews.length) {
        await tx.insert(reviews).values(
          product.reviews.map((review) => ({
            productId,
            authorName: review.author,
            rating: review.rating,
            title: review.title,
            body: review.body,
            locale: review.locale,
            photos: (review.photos ?? []).map((src) => ({ src, width: 800, height: 800 })),
            verifiedPurchase: review.verifiedPurchase,
            createdAt: new Date(now.getTime() - review.daysAgo * DAY_MS),
          })),
        );
        reviewCount += product.reviews.length;
      }
    }
    onProgress(`  ${seed.products.length} products, ${variantCount} variants, ${reviewCount} reviews`);

    await tx
      .insert(storeMeta)
      .values({ key: seededKey, value: now.toISOString() })
      .onConflictDoUpdate({ target: storeMeta.key, set: { value: now.toISOString(), updatedAt: now } });
  });
}
