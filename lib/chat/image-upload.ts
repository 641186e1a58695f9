import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { messageView, statusView } from "./present";
import { agentsOnline } from "./presence";
import { chatPage } from "./input";
import { handleShopperMessage } from "./send";
import { currentChatOwner, currentShopperFacts } from "./shopper";
import type { ChatImageResult } from "./views";
import { isLocale } from "@/lib/i18n/locales";
import { encodeUpload, maxUploadBytes } from "@/lib/media/process";
import { mediaStorage } from "@/lib/media/storage";
import { consumeLimits } from "@/lib/security/limits";
import { ipKeyOf } from "@/lib/security/request-ip";
import { isCrossSiteWrite } from "@/lib/security/request-checks";

const answer = (result: ChatImageResult, status = 200) => Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
const refused = (problem: Extract<ChatImageResult, { ok: false }>["problem"], status: number, retryAfterSeconds?: number) =>
  answer({ ok: false, problem, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) }, status);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The widget's image upload (F1): checked from its bytes, re-encoded without metadata, stored, and sent as the shopper's message. */
export async function chatImageUpload(request: Request): Promise<Response> {
  if (isCrossSiteWrite(request.method, request.headers)) return new Response(null, { status: 403 });
  // A body far over the limit is refused before it is read.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxUploadBytes + 64 * 1024) return refused("too_large", 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refused("empty", 400);
  }
  const file = form.get("image");
  const clientId = form.get("clientId");
  const locale = form.get("locale");
  const page = form.get("page");
  if (!(file instanceof File) || file.size === 0) return refused("empty", 400);
  if (file.size > maxUploadBytes) return refused("too_large", 413);
  if (typeof clientId !== "string" || !uuidPattern.test(clientId)) return refused("empty", 400);
  try {
    const db = await getDb();
    const owner = await currentChatOwner(db);
    if (!owner) return refused("unavailable", 400);
    const verdict = await consumeLimits(db, "chatImage", { visitor: owner.visitorId, ip: ipKeyOf(await headers()) });
    if (!verdict.ok) return refused("limited", 429, verdict.retryAfterSeconds);
    const encoded = await encodeUpload(new Uint8Array(await file.arrayBuffer()));
    if (!encoded.ok) return refused(encoded.reason, encoded.reason === "too_large" ? 413 : 400);
    const url = await mediaStorage().put(encoded.key, encoded.bytes, "image/webp");
    const shopperLocale = isLocale(locale) ? locale : "en";
    const handled = await handleShopperMessage(
      db,
      owner,
      { text: "", clientId, page: chatPage().parse(page) ?? null, locale: shopperLocale, image: url },
      () => currentShopperFacts(db, shopperLocale),
    );
    return answer({ ok: true, status: statusView(handled.conversation, await agentsOnline(db)), messages: handled.messages.map(messageView) });
  } catch (error) {
    console.error("[chat] could not take the image:", error);
    return refused("unavailable", 503);
  }
}
