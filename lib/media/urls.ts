import { localMediaPrefix, s3Settings } from "./config";
import { isMediaKey } from "./paths";

/** The stored image's key a URL points at (a local /media/… path or the bucket's public URL), or null for any other image. */
export function mediaKeyOf(src: string): string | null {
  const bucket = s3Settings();
  const prefixes = [localMediaPrefix, ...(bucket ? [`${bucket.publicUrl}/`] : [])];
  for (const prefix of prefixes) {
    if (src.startsWith(prefix) && isMediaKey(src.slice(prefix.length))) return src.slice(prefix.length);
  }
  return null;
}

/** Whether a URL is one of the store's uploaded images (so it may be used as a category's or product's picture). */
export const isStoredImageUrl = (src: string) => mediaKeyOf(src) !== null;
