"use server";

import { z } from "zod";
import { track } from "@/lib/analytics/track";
import { eventSchemas } from "@/lib/analytics/events";
import { locales } from "@/lib/i18n/locales";
import { isStorableText } from "@/lib/security/storable-text";

const exitIntentEventSchema = z.object({
  locale: z.enum(locales),
  path: z.string().max(300).startsWith("/").refine(isStorableText),
  event: z.discriminatedUnion("name", [
    z.object({ name: z.literal("exit_intent_shown"), props: eventSchemas.exit_intent_shown }),
    z.object({ name: z.literal("exit_intent_dismissed"), props: eventSchemas.exit_intent_dismissed }),
  ]),
});

/**
 * Records the exit-intent offer being shown or dismissed (E4): the only events the browser reports
 * itself, as nothing else sees the dialog. Anyone can call it, so the input is checked and the
 * visitor is the cookie's, as for every tracked event; a bad call records nothing.
 */
export async function recordExitIntent(input: z.input<typeof exitIntentEventSchema>): Promise<void> {
  const parsed = exitIntentEventSchema.safeParse(input);
  if (!parsed.success) return;
  const { locale, path, event } = parsed.data;
  if (event.name === "exit_intent_shown") await track(event.name, event.props, { locale, path });
  else await track(event.name, event.props, { locale, path });
}
