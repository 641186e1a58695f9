import "server-only";
// Next's own record of expired cache tags, shared by every cache entry of this process. Writing
// to it is what revalidateTag does inside a request; the database's announcements arrive outside
// any request, so they write to it directly.
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { catalogTags } from "./cache-tags";

/** Every cached page and read that carries one of `tags` is rendered afresh on its next request. */
export function expireTags(tags: string[]) {
  const now = performance.timeOrigin + performance.now();
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
}

let promotionTimer: { at: number; timer: NodeJS.Timeout } | null = null;

/**
 * A promotion starting or ending changes prices on cached pages although no row changed: the
 * pricing tag expires at the next such moment. One timer, for the earliest moment known.
 */
export function expirePricingAt(at: number | null) {
  if (at === null || !Number.isFinite(at)) return;
  if (promotionTimer && promotionTimer.at <= at && promotionTimer.at > Date.now()) return;
  if (promotionTimer) clearTimeout(promotionTimer.timer);
  // setTimeout holds at most about 24.8 days; a later moment is rescheduled when it fires.
  const delay = Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1);
  const timer = setTimeout(() => {
    promotionTimer = null;
    expireTags([catalogTags.pricing]);
  }, delay);
  timer.unref();
  promotionTimer = { at, timer };
}
