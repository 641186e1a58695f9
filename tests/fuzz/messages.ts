import { locales } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/** A message template as a pattern: its ICU arguments (`{count, plural, …}`, `{code}`) match anything. */
function templatePattern(template: string): string {
  let pattern = "";
  let depth = 0;
  for (const char of template) {
    if (char === "{") {
      if (depth === 0) pattern += "[\\s\\S]*?";
      depth += 1;
    } else if (char === "}") depth -= 1;
    else if (depth === 0) pattern += char.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  }
  return pattern;
}

function lookUp(messages: unknown, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
}

/**
 * Whether a message is one of `keys` (dotted, e.g. `cart.errorInput`) in any of the store's
 * languages: the fuzz tests' "a specific message", as opposed to a catch-all one.
 */
export async function messagesOf(keys: readonly string[]): Promise<(message: unknown) => boolean> {
  const all = await Promise.all(locales.map((locale) => loadMessages(locale)));
  const patterns = all.flatMap((messages) => keys.map((key) => new RegExp(`^${templatePattern(lookUp(messages, key))}$`, "u")));
  return (message) => typeof message === "string" && patterns.some((pattern) => pattern.test(message));
}
