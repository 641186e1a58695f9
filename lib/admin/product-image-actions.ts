"use server";

import { getDb } from "@/db";
import { mediaStorage } from "@/lib/media/storage";
import { uploadProblem } from "@/lib/media/upload-problem";
import { asStaff, readField, type AdminFormState, type AdminWords } from "./form-state";
import { moveProductImage, removeProductImage, setProductImageOption, uploadProductImage, type ImageResult } from "./product-images";

const imageId = (form: FormData) => {
  const id = Number(readField(form, "id"));
  return Number.isInteger(id) && id > 0 ? id : null;
};
/** "" (every colour) is null. */
const optionOf = (form: FormData, name: string) => readField(form, name) || null;

function failure(result: Exclude<ImageResult, { ok: true }>, t: AdminWords, field?: string): AdminFormState {
  if (result.reason === "option") return { status: "error", message: t("errors.checkFields"), fields: { [field ?? "optionValue"]: t("images.errors.option") } };
  if (result.reason === "edge") return { status: "error", message: t("images.errors.edge") };
  return { status: "error", message: t("images.errors.gone") };
}

/** Uploads an image to the end of a product's gallery; a refused file is named next to the file field. */
export async function uploadProductImageAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const file = form.get("image");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const result = await uploadProductImage(await getDb(), {
      slug: readField(form, "slug"),
      bytes,
      optionValue: optionOf(form, "optionValue"),
      storage: mediaStorage(),
      actor: { id: member.id, email: member.email },
    });
    if (result.ok) return { status: "done", message: t("images.added") };
    if (result.reason === "option" || result.reason === "not_found") return failure(result, t);
    return { status: "error", message: t("errors.checkFields"), fields: { image: uploadProblem(result.reason, t) } };
  });
}

export async function removeProductImageAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = imageId(form);
    if (id === null) return { status: "error", message: t("images.errors.gone") };
    if (readField(form, "confirm") !== "yes") return { status: "error", message: t("images.errors.confirm") };
    const result = await removeProductImage(await getDb(), { slug: readField(form, "slug"), id, storage: mediaStorage(), actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("images.removed") } : failure(result, t);
  });
}

export async function moveProductImageAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = imageId(form);
    const direction = readField(form, "direction");
    if (id === null) return { status: "error", message: t("images.errors.gone") };
    if (direction !== "up" && direction !== "down") return { status: "error", message: t("images.errors.direction") };
    const result = await moveProductImage(await getDb(), { slug: readField(form, "slug"), id, direction, actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("images.moved") } : failure(result, t);
  });
}

export async function setProductImageOptionAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asStaff(form, async (member, t) => {
    const id = imageId(form);
    if (id === null) return { status: "error", message: t("images.errors.gone") };
    const result = await setProductImageOption(await getDb(), { slug: readField(form, "slug"), id, optionValue: optionOf(form, "optionValue"), actor: { id: member.id, email: member.email } });
    return result.ok ? { status: "done", message: t("images.colorSaved") } : failure(result, t);
  });
}
