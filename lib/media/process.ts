import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { sniffImageType, type UploadType } from "./sniff";

export const maxUploadBytes = 10 * 1024 * 1024;
/** The longest side an uploaded image keeps, in pixels (the product page shows at most 1600). */
export const maxImageSide = 2000;
/** Refuses a "decompression bomb": a small file that would unpack to a huge bitmap. */
const maxInputPixels = 60_000_000;

export type EncodedImage = { ok: true; key: string; bytes: Uint8Array; width: number; height: number; type: UploadType };
export type EncodeFailure = { ok: false; reason: "empty" | "too_large" | "type" | "unreadable" };

/**
 * An uploaded image made safe to publish: its type checked from its bytes (JPEG, PNG, WebP or
 * AVIF, at most 10 MB), turned upright by its EXIF orientation, scaled down to 2000 px on its long
 * side (never up), and re-encoded as WebP without any metadata (EXIF, GPS, XMP, ICC: sharp keeps
 * none unless asked). Its key is the hash of the WebP bytes.
 */
export async function encodeUpload(input: Uint8Array): Promise<EncodedImage | EncodeFailure> {
  if (input.byteLength === 0) return { ok: false, reason: "empty" };
  if (input.byteLength > maxUploadBytes) return { ok: false, reason: "too_large" };
  const type = sniffImageType(input);
  if (!type) return { ok: false, reason: "type" };
  try {
    const { data, info } = await sharp(input, { limitInputPixels: maxInputPixels, failOn: "error" })
      .autoOrient()
      .resize({ width: maxImageSide, height: maxImageSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { ok: true, key: `${createHash("sha256").update(bytes).digest("hex")}.webp`, bytes, width: info.width, height: info.height, type };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
