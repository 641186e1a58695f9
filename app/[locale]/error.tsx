"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <button type="button" className="btn-primary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
