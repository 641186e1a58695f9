"use client";

import { useMessages } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Plain strings (no ICU formatting) keep the message formatter out of every page's bundle.
  const text = useMessages().error;
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      {/* The page's own metadata may be what failed (a product's name comes from the database). */}
      <title>{text.title}</title>
      <h1 className="mb-3 text-3xl font-bold">{text.title}</h1>
      <p className="mb-6">{text.text}</p>
      <button type="button" className="btn-primary" onClick={reset}>
        {text.retry}
      </button>
    </div>
  );
}
