"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { localeFromForm } from "@/lib/i18n/form";
import { locales } from "@/lib/i18n/locales";
import { encodeUpload } from "@/lib/media/process";
import { mediaStorage } from "@/lib/media/storage";
import { uploadProblem } from "@/lib/media/upload-problem";
import { categoryProblems, removeCategory, saveCategory, type CategoryInput } from "./categories";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";

/** An uploaded file from the form, or null when none was chosen. */
const fileOf = (form: FormData, name: string) => {
  const value = form.get(name);
  return value instanceof File && value.size > 0 ? value : null;
};

function fieldMessage(field: string, t: AdminWords): string {
  if (field === "slug") return t("categories.errors.slug");
  if (field === "position") return t("categories.errors.position");
  if (field === "image") return t("categories.errors.image");
  return field.startsWith("description_") ? t("categories.errors.description") : t("categories.errors.name");
}

/**
 * Creates a category (no `original` field) or changes one. Each problem is named at its field and
 * nothing is written; an uploaded picture is stored only once everything else is right. A saved
 * category opens at its (possibly new) address.
 */
export async function saveCategoryAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const original = readField(form, "original") || null;
    const positionText = readField(form, "position").trim();
    const input: CategoryInput = {
      slug: readField(form, "slug").trim(),
      position: /^\d{1,6}$/.test(positionText) ? Number(positionText) : Number.NaN,
      image: readField(form, "image"),
      text: Object.fromEntries(locales.map((locale) => [locale, { name: readField(form, `name_${locale}`).trim(), description: readField(form, `description_${locale}`).trim() }])) as CategoryInput["text"],
    };
    const upload = fileOf(form, "upload");
    const fields: Record<string, string> = {};
    // The upload stands in for the chosen picture: it is checked on its own below.
    for (const field of categoryProblems(upload ? { ...input, image: "upload" } : input)) fields[field] = fieldMessage(field, t);
    const encoded = upload ? await encodeUpload(new Uint8Array(await upload.arrayBuffer())) : null;
    if (encoded && !encoded.ok) fields["upload"] = uploadProblem(encoded.reason, t);
    if (Object.keys(fields).length) return { status: "error", message: t("errors.checkFields"), fields };
    if (encoded?.ok) input.image = await mediaStorage().put(encoded.key, encoded.bytes, "image/webp");

    const result = await saveCategory(await getDb(), { slug: original, category: input, actor: { id: member.id, email: member.email } });
    if (result.ok) redirect(`/${localeFromForm(form)}/admin/categories/${encodeURIComponent(result.slug)}?saved=1`);
    if (result.reason === "slug_taken") return { status: "error", message: t("errors.checkFields"), fields: { slug: t("categories.errors.slugTaken") } };
    if (result.reason === "image") return { status: "error", message: t("errors.checkFields"), fields: { image: t("categories.errors.image") } };
    if (result.reason === "invalid") return { status: "error", message: t("errors.checkFields"), fields: Object.fromEntries(result.fields.map((field) => [field, fieldMessage(field, t)])) };
    return { status: "error", message: t("categories.errors.gone") };
  });
}

/** Deletes an empty category, after the second step of its button (`confirm` = "yes"); one with products says how many. */
export async function removeCategoryAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const slug = readField(form, "original");
    if (readField(form, "confirm") !== "yes") return { status: "error", message: t("categories.errors.confirm") };
    const result = await removeCategory(await getDb(), { slug, actor: { id: member.id, email: member.email } });
    if (result.ok) redirect(`/${localeFromForm(form)}/admin/categories?deleted=1`);
    if (result.reason === "in_use") return { status: "error", message: t("categories.errors.inUse", { count: result.count }) };
    return { status: "error", message: t("categories.errors.gone") };
  });
}
