"use server";

import { getDb } from "@/db";
import { locales } from "@/lib/i18n/locales";
import { parseMajorUnits } from "@/lib/money";
import { asStaff, readField, type AdminFormState } from "./form-state";
import { maxPrice, maxStock, productChanges, productStatuses, saveProduct, type ProductChanges } from "./products";

/**
 * Saves the product edit form. Amounts are typed in the product's currency (major units); every
 * field's problem is named next to it, and an edit made on an older version than the one saved
 * since is refused with what to do (nothing is overwritten).
 */
export async function saveProductAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const slug = readField(form, "slug");
    const version = Number(readField(form, "version"));
    const currency = readField(form, "currency");
    const fields: Record<string, string> = {};
    const amount = (name: string, optional: boolean): number | null => {
      const typed = readField(form, name).trim();
      if (!typed) {
        if (!optional) fields[name] = t("products.errors.priceRequired");
        return null;
      }
      const value = /^[A-Z]{3}$/.test(currency) ? parseMajorUnits(typed, currency) : null;
      if (value === null) fields[name] = t("products.errors.price");
      else if (value === 0) fields[name] = t("products.errors.zeroPrice");
      else if (value > maxPrice) fields[name] = t("products.errors.priceTooHigh");
      return value;
    };
    const variants = form.getAll("sku").filter((sku): sku is string => typeof sku === "string").map((sku) => {
      const stockText = readField(form, `stock:${sku}`).trim();
      const onHand = /^\d{1,7}$/.test(stockText) ? Number(stockText) : null;
      if (onHand === null || onHand > maxStock) fields[`stock:${sku}`] = t("products.errors.stock", { max: maxStock });
      return { sku, price: amount(`price:${sku}`, false) ?? 0, compareAtPrice: amount(`compareAt:${sku}`, true), onHand: onHand ?? 0 };
    });
    const limitText = readField(form, "purchaseLimit").trim();
    const purchaseLimit = limitText === "" ? null : /^\d{1,4}$/.test(limitText) && Number(limitText) >= 1 && Number(limitText) <= 1000 ? Number(limitText) : undefined;
    if (purchaseLimit === undefined) fields["purchaseLimit"] = t("products.errors.purchaseLimit");
    const text = Object.fromEntries(
      locales.map((locale) => [
        locale,
        { name: readField(form, `name_${locale}`), shortDescription: readField(form, `shortDescription_${locale}`), description: readField(form, `description_${locale}`) },
      ]),
    );
    const status = readField(form, "status");
    const changes = productChanges.safeParse({
      status: (productStatuses as readonly string[]).includes(status) ? status : "draft",
      featured: readField(form, "featured") === "yes",
      purchaseLimit: purchaseLimit ?? null,
      category: readField(form, "category"),
      text,
      variants,
    });
    if (!changes.success) {
      for (const issue of changes.error.issues) {
        const [first, second, field] = issue.path.map(String);
        if (first === "text" && second && field) fields[`${field}_${second}`] ??= t("products.errors.tooLong");
        // A forged form's category or SKU: named at its field, never "check the fields" with none highlighted.
        else if (first === "category") fields["category"] ??= t("products.errors.unknown_category");
        else if (first === "variants") fields[`stock:${variants[Number(second ?? 0)]?.sku ?? ""}`] ??= t("products.errors.unknownSku");
      }
    }
    // Not a version this form was shown with: a stale or forged form, answered as a conflict (reload and edit again).
    if (!Number.isInteger(version)) return { status: "error", message: t("products.errors.conflict") };
    if (Object.keys(fields).length || !changes.success) return { status: "error", message: t("errors.checkFields"), fields };

    const result = await saveProduct(await getDb(), { slug, version, changes: changes.data as ProductChanges, actor: { id: member.id, email: member.email } });
    if (result.ok) return { status: "done", message: t("products.saved") };
    if (result.reason === "invalid") {
      const words = { english_name_required: t("products.errors.englishName"), compare_at_not_above: t("products.errors.compareAt"), below_reserved: t("products.errors.belowReserved"), unknown_sku: t("products.errors.unknownSku") };
      return { status: "error", message: t("errors.checkFields"), fields: Object.fromEntries(Object.entries(result.fields).map(([name, code]) => [name, words[code]])) };
    }
    return { status: "error", message: t(`products.errors.${result.reason}`) };
  });
}
