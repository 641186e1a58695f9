"use client";

import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { PictureAttributes } from "@/components/ui/picture";
import { saveCategoryAction } from "@/lib/admin/category-actions";
import type { AdminFormState } from "@/lib/admin/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { FormAnswer } from "./form-answer";

export interface CategoryFormValues {
  /** The slug it is saved under now; null for a new category. */
  original: string | null;
  slug: string;
  position: string;
  image: string;
  text: Partial<Record<Locale, { name: string; description: string }>>;
}

export interface CategoryFormText {
  general: string;
  slug: string;
  slugHint: string;
  position: string;
  positionHint: string;
  image: string;
  imageHint: string;
  current: string;
  upload: string;
  uploadHint: string;
  tooLarge: string;
  texts: string;
  languages: Record<Locale, string>;
  name: string;
  description: string;
  submit: string;
}

export interface ImageChoice {
  src: string;
  label: string;
  thumb: PictureAttributes;
}

const maxBytes = 10 * 1024 * 1024;

/**
 * A category's form: slug and position, its picture (one of the catalog's, or an upload), and its
 * name and description in every language. After an error every field shows what was typed, with
 * its problem beside it (the form is rebuilt with the answer).
 */
export function CategoryForm({ initial, choices, text, formId }: { initial: CategoryFormValues; choices: ImageChoice[]; text: CategoryFormText; formId: string }) {
  const locale = useLocale();
  const [state, save, pending] = useActionState<AdminFormState, FormData>(saveCategoryAction, { status: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, fallback: string) => typed?.[name] ?? fallback;
  const error = (name: string) => (name === "upload" && fileError) || (state.status === "error" ? (state.fields?.[name] ?? null) : null);
  const round = state.status === "error" ? (state.at ?? 0) : state.status;
  const chosen = value("image", initial.image);
  const imageError = error("image");
  const uploadError = error("upload");
  return (
    <form
      action={save}
      key={String(round)}
      className="space-y-6"
      noValidate
      onSubmit={(event) => {
        if (fileError) event.preventDefault();
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="original" value={initial.original ?? ""} />
      <fieldset className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{text.general}</legend>
        <TextField id={`${formId}-slug`} name="slug" label={text.slug} hint={text.slugHint} autoComplete="off" autoCapitalize="none" spellCheck={false} dir="ltr" maxLength={80} defaultValue={value("slug", initial.slug)} error={error("slug")} />
        <TextField id={`${formId}-position`} name="position" label={text.position} hint={text.positionHint} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={6} defaultValue={value("position", initial.position)} error={error("position")} />
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-line bg-white p-4" aria-describedby={`${formId}-image-hint${imageError ? ` ${formId}-image-error` : ""}`}>
        <legend className="px-1 font-semibold">{text.image}</legend>
        <p id={`${formId}-image-hint`} className="text-sm text-muted">
          {text.imageHint}
        </p>
        {imageError ? (
          <p id={`${formId}-image-error`} className="text-sm text-sale">
            {imageError}
          </p>
        ) : null}
        <div className="grid max-h-96 grid-cols-3 gap-2 overflow-y-auto p-1 sm:grid-cols-6 lg:grid-cols-8">
          {choices.map((choice, index) => (
            <label key={choice.src} className="relative block cursor-pointer rounded-md border border-line p-1 has-checked:border-brand has-checked:ring-2 has-checked:ring-brand">
              <input type="radio" name="image" value={choice.src} defaultChecked={choice.src === chosen} className="absolute start-2 top-2 h-5 w-5" id={`${formId}-image-${index}`} />
              {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- decorative: the label's text names the picture */}
              <img {...choice.thumb} />
              <span className="mt-1 block truncate text-xs" dir="ltr">
                {choice.src === initial.image ? `${text.current}: ` : ""}
                {choice.label}
              </span>
            </label>
          ))}
        </div>
        <div className="space-y-1">
          <label htmlFor={`${formId}-upload`} className="block font-medium">
            {text.upload}
          </label>
          <p id={`${formId}-upload-hint`} className="text-sm text-muted">
            {text.uploadHint}
          </p>
          <input
            id={`${formId}-upload`}
            name="upload"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            className="block min-h-11 w-full text-sm file:me-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-white file:px-3"
            aria-invalid={uploadError ? true : undefined}
            aria-describedby={`${formId}-upload-hint${uploadError ? ` ${formId}-upload-error` : ""}`}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setFileError(file && file.size > maxBytes ? text.tooLarge : null);
            }}
          />
          {uploadError ? (
            <p id={`${formId}-upload-error`} className="text-sm text-sale">
              {uploadError}
            </p>
          ) : null}
        </div>
      </fieldset>

      <p className="text-sm text-muted">{text.texts}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {(Object.keys(text.languages) as Locale[]).map((language) => {
          const descriptionError = error(`description_${language}`);
          const descriptionId = `${formId}-description_${language}`;
          return (
            <fieldset key={language} lang={language} className="space-y-3 rounded-lg border border-line bg-white p-4">
              <legend className="px-1 font-semibold">{text.languages[language]}</legend>
              <div dir={language === "fa" || language === "ar" ? "rtl" : "ltr"} className="space-y-3">
                <TextField id={`${formId}-name_${language}`} name={`name_${language}`} label={text.name} maxLength={100} required defaultValue={value(`name_${language}`, initial.text[language]?.name ?? "")} error={error(`name_${language}`)} />
                <div className="space-y-1">
                  <label htmlFor={descriptionId} className="block font-medium">
                    {text.description}
                  </label>
                  <textarea
                    id={descriptionId}
                    name={`description_${language}`}
                    rows={3}
                    maxLength={2000}
                    required
                    defaultValue={value(`description_${language}`, initial.text[language]?.description ?? "")}
                    aria-invalid={descriptionError ? true : undefined}
                    aria-describedby={descriptionError ? `${descriptionId}-error` : undefined}
                    className="field w-full"
                  />
                  {descriptionError ? (
                    <p id={`${descriptionId}-error`} className="text-sm text-sale">
                      {descriptionError}
                    </p>
                  ) : null}
                </div>
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" disabled={pending}>
          {text.submit}
        </button>
        <FormAnswer state={state} />
      </div>
    </form>
  );
}
