import type { Metadata } from "next";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { track } from "@/lib/analytics/track";
import type { ContentPageKey, ContentPageText, FaqText } from "@/lib/content/pages";
import { fillPlaceholders } from "@/lib/content/placeholders";
import type { Locale } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/seo/alternates";
import { contentPlaceholders } from "@/lib/store/hours";

const filler = (locale: Locale) => (text: string) => fillPlaceholders(text, contentPlaceholders(locale));

export async function contentText<Key extends ContentPageKey | "faq">(locale: Locale, key: Key) {
  const messages = await getMessages({ locale });
  return messages.pages[key] as Key extends "faq" ? FaqText : ContentPageText;
}

export async function contentMetadata(locale: Locale, key: ContentPageKey | "faq"): Promise<Metadata> {
  const text = await contentText(locale, key);
  const fill = filler(locale);
  return { title: fill(text.title), description: fill(text.description), alternates: alternatesFor(locale, `/${key}`) };
}

/** A policy or help page: title, intro and sections, with store values filled in. */
export async function ContentPage({
  locale,
  page,
  aside,
  children,
}: {
  locale: Locale;
  page: ContentPageKey;
  aside?: ReactNode;
  /** Generated content shown after the intro, e.g. the shipping rates table. */
  children?: ReactNode;
}) {
  setRequestLocale(locale);
  const text = await contentText(locale, page);
  const fill = filler(locale);
  await track("page_view", { page }, { locale, path: `/${locale}/${page}` });
  return (
    <article className="mx-auto grid max-w-5xl grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <h1 className="mb-3 text-3xl font-bold">{fill(text.title)}</h1>
        <p className="mb-8 text-lg text-muted">{fill(text.intro)}</p>
        {children}
        {text.sections.map((section, index) => (
          <section key={index} aria-labelledby={`section-${index}`} className="mb-8">
            <h2 id={`section-${index}`} className="mb-2 text-xl font-semibold">
              {fill(section.heading)}
            </h2>
            <div className="prose-store">
              {section.paragraphs.map((paragraph, p) => (
                <p key={p}>{fill(paragraph)}</p>
              ))}
            </div>
          </section>
        ))}
      </div>
      {aside ? <aside>{aside}</aside> : null}
    </article>
  );
}

/** The FAQ grouped by topic; each answer is a native disclosure, so it works by keyboard. */
export async function FaqPage({ locale, extras = {} }: { locale: Locale; extras?: Record<string, ReactNode> }) {
  setRequestLocale(locale);
  const text = await contentText(locale, "faq");
  const fill = filler(locale);
  await track("page_view", { page: "faq" }, { locale, path: `/${locale}/faq` });
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="mb-3 text-3xl font-bold">{fill(text.title)}</h1>
      <p className="mb-8 text-lg text-muted">{fill(text.intro)}</p>
      {text.groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`faq-${group.id}`} className="mb-8">
          <h2 id={`faq-${group.id}`} className="mb-3 text-xl font-semibold">
            {fill(group.heading)}
          </h2>
          <div className="divide-y divide-line rounded-lg border border-line bg-white">
            {group.items.map((item) => (
              <details key={item.id} id={item.id} className="group p-4">
                <summary className="cursor-pointer font-medium">{fill(item.question)}</summary>
                <p className="mt-2 leading-relaxed">{fill(item.answer)}</p>
              </details>
            ))}
            {extras[group.id] ? <div className="p-4">{extras[group.id]}</div> : null}
          </div>
        </section>
      ))}
    </article>
  );
}
