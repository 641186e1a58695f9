import "server-only";
import { getDb } from "@/db";
import { listPromotionCategories, listPromotions, loadPromotion } from "./promotions";
import { listShippingZones, loadShippingZone, nextZonePosition } from "./shipping-rules";
import { loadWarehouse } from "./warehouse";

/** The pricing page: zones with their methods, the warehouse, promotions and the categories they may cover. */
export async function loadPricingOverview(locale: string) {
  const db = await getDb();
  const [zones, warehouse, promotions, categories, nextPosition] = await Promise.all([
    listShippingZones(db),
    loadWarehouse(db),
    listPromotions(db),
    listPromotionCategories(db, locale),
    nextZonePosition(db),
  ]);
  return { zones, warehouse, promotions, categories, nextPosition };
}

/** One zone with its methods, for its page. */
export async function loadZoneForEdit(id: string) {
  return loadShippingZone(await getDb(), id);
}

export async function loadWarehouseForEdit() {
  return loadWarehouse(await getDb());
}

/** One promotion, the categories it may cover and the time zone its times are typed in. */
export async function loadPromotionForEdit(id: string, locale: string) {
  const db = await getDb();
  const [promotion, categories, warehouse] = await Promise.all([loadPromotion(db, id), listPromotionCategories(db, locale), loadWarehouse(db)]);
  return promotion ? { promotion, categories, timeZone: warehouse?.timeZone ?? "UTC" } : null;
}
