import { createFormatter, createTranslator } from "next-intl";
import type { DatabaseHandle } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";

/**
 * The request a server action or route handler runs in, for the fuzz tests: its cookies and
 * headers (next/headers), the work it leaves for after the response (next/server `after`), and the
 * database (`@/db`). Each fuzz file mocks those modules with the factories below and sets `request`
 * before every call, as the proxy and Next would.
 */
export const request = {
  handle: null as DatabaseHandle | null,
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
  /** Callbacks given to after(): run by `settle()` once the answer is in, as Next runs them after sending it. */
  pending: [] as (() => unknown)[],
};

/** `next/headers`: cookies read and written through `request.cookies`; headers with the cookie header Auth.js reads. */
export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    has: (name: string) => request.cookies.has(name),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  }),
  headers: async () => {
    const all = new Headers(request.headers);
    const cookie = [...request.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
    if (cookie) all.set("cookie", cookie);
    return all;
  },
};

/** `next/server`'s after(): kept for `settle()`. */
export const after = (task: () => unknown) => void request.pending.push(task);

/** `@/db`: the test's database. */
export const appDatabase = {
  getDb: async () => request.handle!.db,
  databaseHandle: async () => request.handle!,
};

/** `next/cache`: nothing is cached between calls, nothing re-rendered. */
export const nextCache = {
  refresh: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
  updateTag: () => {},
  unstable_cache:
    <Args extends unknown[], Result>(read: (...args: Args) => Promise<Result>) =>
    (...args: Args) =>
      read(...args),
};

/** A redirect or 404 as Next throws them: an answer (303 or 404), not a failure. */
export class NavigationSignal extends Error {
  constructor(
    readonly kind: "redirect" | "not_found",
    readonly target: string | null,
  ) {
    super(`NEXT_${kind.toUpperCase()} ${target ?? ""}`);
  }
}
export const nextNavigation = {
  redirect: (url: string) => {
    throw new NavigationSignal("redirect", url);
  },
  notFound: () => {
    throw new NavigationSignal("not_found", null);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof NavigationSignal) throw error;
  },
};

const messageCache = new Map<string, Promise<Messages>>();
const messagesOf = (locale: string) => {
  if (!messageCache.has(locale)) messageCache.set(locale, loadMessages(locale as Locale));
  return messageCache.get(locale)!;
};

/** `next-intl/server`: the store's real messages in the asked locale. */
export const nextIntlServer = {
  getTranslations: async (options: { locale?: string; namespace?: string } | string | undefined) => {
    const { locale = "en", namespace } = typeof options === "string" || options === undefined ? { namespace: options } : options;
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: await messagesOf(locale) });
  },
  getFormatter: async ({ locale = "en" }: { locale?: string } = {}) => createFormatter({ locale: locale as Locale }),
  setRequestLocale: () => {},
};

/** Runs what the answer left for after it (analytics writes): each catches and logs its own failure. */
export async function settle(): Promise<void> {
  while (request.pending.length) await request.pending.shift()!();
}
