"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import type { PictureAttributes } from "@/components/ui/picture";
import type { AdminFormState } from "@/lib/admin/form-state";
import { moveProductImageAction, removeProductImageAction, setProductImageOptionAction, uploadProductImageAction } from "@/lib/admin/product-image-actions";
import { ConfirmInPlace } from "./confirm-in-place";
import { FormAnswer } from "./form-answer";

export interface ProductImagesText {
  title: string;
  intro: string;
  empty: string;
  /** "Image 1 of 4" per image, in gallery order. */
  imageOf: string[];
  /** "800 × 800 px" per image. */
  sizes: string[];
  color: string;
  everyColor: string;
  /** Each colour's name, by its value. */
  colors: Record<string, string>;
  saveColor: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  confirmRemove: string;
  confirmYes: string;
  cancel: string;
  uploadTitle: string;
  file: string;
  uploadHint: string;
  uploadColor: string;
  upload: string;
  tooLarge: string;
}

export interface ProductImageItem {
  id: number;
  optionValue: string | null;
  thumb: PictureAttributes;
}

const maxBytes = 10 * 1024 * 1024;
const useAction = (action: (state: AdminFormState, form: FormData) => Promise<AdminFormState>) => useActionState<AdminFormState, FormData>(action, { status: "idle" });

function Hidden({ slug, id }: { slug: string; id?: number }) {
  const locale = useLocale();
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      {id === undefined ? null : <input type="hidden" name="id" value={id} />}
    </>
  );
}

function ColorSelect({ id, name, label, text, colors, value, error }: { id: string; name: string; label: string; text: ProductImagesText; colors: string[]; value: string; error?: string | null }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="field" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{text.everyColor}</option>
        {colors.map((color) => (
          <option key={color} value={color}>
            {text.colors[color] ?? color}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One image of the gallery: its place, size and colour, moved up or down, removed in two steps. */
function ImageRow({
  slug,
  image,
  index,
  count,
  colors,
  text,
  onRemoval,
}: {
  slug: string;
  image: ProductImageItem;
  index: number;
  count: number;
  colors: string[];
  text: ProductImagesText;
  /** The removal's answer is said by the gallery: a removed image's row is gone with its answer. */
  onRemoval: (state: AdminFormState) => void;
}) {
  const [option, saveOption, saving] = useAction(setProductImageOptionAction);
  const [move, moveImage, moving] = useAction(moveProductImageAction);
  // Told to the gallery as the action returns, in the same update that takes the row away.
  const [, remove, removing] = useActionState<AdminFormState, FormData>(async (previous, form) => {
    const state = await removeProductImageAction(previous, form);
    onRemoval(state);
    return state;
  }, { status: "idle" });
  const answer = [move, option].find((state) => state.status !== "idle") ?? option;
  const label = text.imageOf[index]!;
  const headingId = `product-image-${image.id}`;
  return (
    <li aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-line bg-white p-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- decorative: the heading beside it names the image */}
      <img {...image.thumb} />
      <div className="space-y-3">
        <p id={headingId} className="font-semibold">
          {label} <span className="font-normal text-muted">· {text.sizes[index]}</span>
        </p>
        <form action={saveOption} className="flex flex-wrap items-end gap-2">
          <Hidden slug={slug} id={image.id} />
          <ColorSelect id={`${headingId}-color`} name="optionValue" label={text.color} text={text} colors={colors} value={image.optionValue ?? ""} error={option.status === "error" ? option.fields?.optionValue : null} />
          <button type="submit" className="btn-secondary" disabled={saving}>
            {text.saveColor}
          </button>
        </form>
        <div className="flex flex-wrap items-start gap-2">
          {(["up", "down"] as const).map((direction) =>
            (direction === "up" ? index > 0 : index < count - 1) ? (
              <form key={direction} action={moveImage}>
                <Hidden slug={slug} id={image.id} />
                <input type="hidden" name="direction" value={direction} />
                <button type="submit" className="btn-secondary" disabled={moving} aria-label={`${direction === "up" ? text.moveUp : text.moveDown}: ${label}`}>
                  {direction === "up" ? text.moveUp : text.moveDown}
                </button>
              </form>
            ) : null,
          )}
          <ConfirmInPlace label={text.remove} labelForReaders={`${text.remove}: ${label}`} question={text.confirmRemove} yes={text.confirmYes} cancel={text.cancel} action={remove} pending={removing}>
            <Hidden slug={slug} id={image.id} />
          </ConfirmInPlace>
        </div>
        <FormAnswer state={answer} />
      </div>
    </li>
  );
}

/** The upload form: the file (checked for size here, for type and size again on the server) and the colour it shows. */
function UploadForm({ slug, colors, text }: { slug: string; colors: string[]; text: ProductImagesText }) {
  const [state, upload, uploading] = useAction(uploadProductImageAction);
  const [tooLarge, setTooLarge] = useState(false);
  const fileError = tooLarge ? text.tooLarge : state.status === "error" ? (state.fields?.image ?? null) : null;
  const round = state.status === "error" ? (state.at ?? 0) : state.status;
  return (
    <form
      action={upload}
      key={String(round)}
      className="space-y-3 rounded-lg border border-line bg-white p-4"
      noValidate
      aria-labelledby="product-images-upload-title"
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <h3 id="product-images-upload-title" className="font-semibold">
        {text.uploadTitle}
      </h3>
      <Hidden slug={slug} />
      <div className="space-y-1">
        <label htmlFor="product-images-file" className="block font-medium">
          {text.file}
        </label>
        <p id="product-images-file-hint" className="text-sm text-muted">
          {text.uploadHint}
        </p>
        <input
          id="product-images-file"
          name="image"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="block min-h-11 w-full text-sm file:me-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-white file:px-3"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={`product-images-file-hint${fileError ? " product-images-file-error" : ""}`}
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
        />
        {fileError ? (
          <p id="product-images-file-error" className="text-sm text-sale">
            {fileError}
          </p>
        ) : null}
      </div>
      {colors.length ? (
        <ColorSelect
          id="product-images-color"
          name="optionValue"
          label={text.uploadColor}
          text={text}
          colors={colors}
          value={state.status === "error" ? (state.values?.optionValue ?? "") : ""}
          error={state.status === "error" ? state.fields?.optionValue : null}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" disabled={uploading}>
          {text.upload}
        </button>
        <FormAnswer state={state} />
      </div>
    </form>
  );
}

/**
 * The product's images on its edit page: the gallery in order (the first is the main picture),
 * each with its colour, moved up or down or removed; and an upload form below.
 */
export function ProductImages({ slug, images, colors, text }: { slug: string; images: ProductImageItem[]; colors: string[]; text: ProductImagesText }) {
  const [removal, setRemoval] = useState<AdminFormState>({ status: "idle" });
  return (
    <section aria-labelledby="product-images-title" className="space-y-4">
      <h2 id="product-images-title" className="text-2xl font-bold">
        {text.title}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{text.intro}</p>
      {images.length ? (
        <ol className="space-y-3">
          {images.map((image, index) => (
            <ImageRow key={image.id} slug={slug} image={image} index={index} count={images.length} colors={colors} text={text} onRemoval={setRemoval} />
          ))}
        </ol>
      ) : (
        <p>{text.empty}</p>
      )}
      <FormAnswer state={removal} />
      <UploadForm slug={slug} colors={colors} text={text} />
    </section>
  );
}
