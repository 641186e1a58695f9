"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { AdminFormState } from "@/lib/admin/form-state";
import { saveProductAction } from "@/lib/admin/product-actions";
import type { EditableProduct } from "@/lib/admin/products";
import type { Locale } from "@/lib/i18n/locales";
import { FormAnswer } from "./form-answer";

export interface ProductFormText {
  general: string;
  status: string;
  statuses: Record<EditableProduct["status"], string>;
  category: string;
  featured: string;
  purchaseLimit: string;
  englishRequired: string;
  languages: Record<Locale, string>;
  name: string;
  shortDescription: string;
  description: string;
  variantsTitle: string;
  sku: string;
  options: string;
  priceIn: string;
  compareAtIn: string;
  onHand: string;
  /** "Reserved: 3" for each variant's SKU. */
  reserved: Record<string, string>;
  save: string;
}

/** The product's amounts as typed in the form: major units with the currency's decimals. */
export interface FormProduct extends EditableProduct {
  typedPrices: Record<string, { price: string; compareAt: string }>;
}

/**
 * One product's edit form: status, category, limit, every language's text, and each variant's
 * prices and stock. After an error, every field shows what was typed (the form is rebuilt with it),
 * the field's problem beside it; the version it was opened at goes with it, so a save made on an
 * older version is refused instead of overwriting someone else's.
 */
export function ProductForm({ product, text }: { product: FormProduct; text: ProductFormText }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveProductAction, { status: "idle" });
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, initial: string) => typed?.[name] ?? initial;
  const error = (name: string) => (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  // A new answer rebuilds the fields with what it gives back (the form itself resets after its action).
  const round = state.status === "error" ? (state.at ?? 0) : state.status;
  const currency = product.variants[0]?.currency ?? "USD";
  return (
    <form action={save} key={String(round)} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={product.slug} />
      <input type="hidden" name="version" value={product.version} />
      <input type="hidden" name="currency" value={currency} />
      <fieldset className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{text.general}</legend>
        <div className="space-y-1">
          <label htmlFor="product-status" className="block font-medium">
            {text.status}
          </label>
          <select id="product-status" name="status" defaultValue={value("status", product.status)} className="field w-full">
            {Object.entries(text.statuses).map(([status, label]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="product-category" className="block font-medium">
            {text.category}
          </label>
          <select id="product-category" name="category" defaultValue={value("category", product.category)} className="field w-full">
            {product.categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="product-purchaseLimit"
          name="purchaseLimit"
          label={text.purchaseLimit}
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          defaultValue={value("purchaseLimit", product.purchaseLimit === null ? "" : String(product.purchaseLimit))}
          error={error("purchaseLimit")}
        />
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="featured" value="yes" defaultChecked={typed ? typed.featured === "yes" : product.featured} className="h-5 w-5" />
          {text.featured}
        </label>
      </fieldset>

      <p className="text-sm text-muted">{text.englishRequired}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {(Object.keys(text.languages) as Locale[]).map((language) => (
          <fieldset key={language} lang={language} className="space-y-3 rounded-lg border border-line bg-white p-4">
            <legend className="px-1 font-semibold">{text.languages[language]}</legend>
            <div dir={language === "fa" || language === "ar" ? "rtl" : "ltr"} className="space-y-3">
              <TextField id={`product-name_${language}`} name={`name_${language}`} label={text.name} maxLength={200} defaultValue={value(`name_${language}`, product.text[language]?.name ?? "")} error={error(`name_${language}`)} />
              <TextField
                id={`product-shortDescription_${language}`}
                name={`shortDescription_${language}`}
                label={text.shortDescription}
                maxLength={300}
                defaultValue={value(`shortDescription_${language}`, product.text[language]?.shortDescription ?? "")}
                error={error(`shortDescription_${language}`)}
              />
              <div className="space-y-1">
                <label htmlFor={`product-description_${language}`} className="block font-medium">
                  {text.description}
                </label>
                <textarea
                  id={`product-description_${language}`}
                  name={`description_${language}`}
                  rows={4}
                  maxLength={5000}
                  defaultValue={value(`description_${language}`, product.text[language]?.description ?? "")}
                  className="field w-full"
                />
              </div>
            </div>
          </fieldset>
        ))}
      </div>

      <fieldset className="space-y-3 rounded-lg border border-line bg-white p-4">
        <legend className="px-1 font-semibold">{text.variantsTitle}</legend>
        {product.variants.map((variant) => (
          <div key={variant.sku} className="grid gap-3 border-b border-line pb-3 sm:grid-cols-4">
            <input type="hidden" name="sku" value={variant.sku} />
            <p className="sm:col-span-4">
              <span className="font-semibold" dir="ltr">
                {variant.sku}
              </span>{" "}
              <span className="text-muted">{Object.values(variant.options).join(" · ")}</span>
            </p>
            <TextField
              id={`price:${variant.sku}`}
              name={`price:${variant.sku}`}
              label={text.priceIn.replace("{currency}", currency)}
              inputMode="decimal"
              autoComplete="off"
              dir="ltr"
              defaultValue={value(`price:${variant.sku}`, product.typedPrices[variant.sku]!.price)}
              error={error(`price:${variant.sku}`)}
            />
            <TextField
              id={`compareAt:${variant.sku}`}
              name={`compareAt:${variant.sku}`}
              label={text.compareAtIn.replace("{currency}", currency)}
              inputMode="decimal"
              autoComplete="off"
              dir="ltr"
              defaultValue={value(`compareAt:${variant.sku}`, product.typedPrices[variant.sku]!.compareAt)}
              error={error(`compareAt:${variant.sku}`)}
            />
            <TextField
              id={`stock:${variant.sku}`}
              name={`stock:${variant.sku}`}
              label={text.onHand}
              hint={text.reserved[variant.sku]}
              inputMode="numeric"
              autoComplete="off"
              dir="ltr"
              defaultValue={value(`stock:${variant.sku}`, String(variant.onHand))}
              error={error(`stock:${variant.sku}`)}
            />
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" disabled={pending}>
          {text.save}
        </button>
        <FormAnswer state={state} />
      </div>
    </form>
  );
}
