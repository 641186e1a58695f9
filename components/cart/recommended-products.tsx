import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-card";
import { priceContext, type ShopperPricing } from "@/lib/pricing/shopper";

/** "You may also like" under the cart; nothing when there is nothing to recommend. */
export async function RecommendedProducts({ products, wishlist, pricing }: { products: React.ComponentProps<typeof ProductGrid>["products"]; wishlist: number[]; pricing: ShopperPricing }) {
  if (!products.length) return null;
  const t = await getTranslations("cart");
  return (
    <section aria-labelledby="recommended-heading" className="mt-10">
      <h2 id="recommended-heading" className="mb-3 text-xl font-bold">
        {t("recommended")}
      </h2>
      <ProductGrid products={products} prices={priceContext(pricing)} wishlist={wishlist} />
    </section>
  );
}
