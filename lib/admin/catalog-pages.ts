import "server-only";
import { getDb } from "@/db";
import { listAdminCategories, listImageChoices, loadCategory } from "./categories";
import { loadProductImages } from "./product-images";
import { listReviews, type ReviewListQuery } from "./reviews";

export { reviewListQuery, reviewPageSize, reviewStatuses } from "./reviews";

/** A page of reviews for moderation, for the reviews page. */
export async function loadReviewList(query: ReviewListQuery) {
  return listReviews(await getDb(), query);
}

/** Every category with its product count, and the pictures a new one can show, for the categories page. */
export async function loadCategoryList() {
  const db = await getDb();
  const [categories, imageChoices] = await Promise.all([listAdminCategories(db), listImageChoices(db)]);
  return { categories, imageChoices };
}

/** One category in every language, and the pictures it can show, for its edit page. */
export async function loadCategoryForEdit(slug: string) {
  const db = await getDb();
  const [category, imageChoices] = await Promise.all([loadCategory(db, slug), listImageChoices(db)]);
  return category ? { category, imageChoices } : null;
}

/** A product's gallery and colours, for the images section of its edit page. */
export async function loadProductImagesForEdit(slug: string) {
  return loadProductImages(await getDb(), slug);
}
