"use server";

import { z } from "zod";
import { unsubscribeWithToken } from "./unsubscribe-page";

export type UnsubscribeState = { status: "idle" } | { status: "done"; already: boolean } | { status: "error"; reason: "invalid" | "failed" };

const unsubscribeInput = z.object({ token: z.string().min(1).max(512) });

/** The unsubscribe page's one button. The token is the only credential, as in the mail's link. */
export async function unsubscribeFromReminders(_previous: UnsubscribeState, form: FormData): Promise<UnsubscribeState> {
  const input = unsubscribeInput.safeParse({ token: form.get("token") });
  if (!input.success) return { status: "error", reason: "invalid" };
  try {
    const result = await unsubscribeWithToken({ token: input.data.token, source: "link" });
    return result.ok ? { status: "done", already: result.already } : { status: "error", reason: "invalid" };
  } catch (error) {
    console.error("[unsubscribe] could not record the unsubscribe:", error);
    return { status: "error", reason: "failed" };
  }
}
