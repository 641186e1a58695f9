/** The image types staff may upload, by what their bytes say (never the file's name or the browser's claim). */
export const uploadTypes = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type UploadType = (typeof uploadTypes)[number];

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

/**
 * The type of an image from its first bytes ("magic numbers"), or null for anything else:
 * JPEG (FF D8 FF), PNG (its 8-byte signature), WebP (a RIFF file of form WEBP), AVIF (an ISO BMFF
 * file whose `ftyp` box names the avif or avis brand, as major or compatible brand). A HEIC photo,
 * a GIF, an SVG (a script can hide in one) or a renamed PDF is refused.
 */
export function sniffImageType(bytes: Uint8Array): UploadType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "image/webp";
  if (bytes.length >= 16 && ascii(bytes, 4, 4) === "ftyp") {
    const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    const end = Math.min(boxSize, bytes.length, 4096);
    if (boxSize < 16 || boxSize % 4 !== 0) return null;
    // Major brand at 8, minor version at 12, then compatible brands.
    const brands = [ascii(bytes, 8, 4)];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
    if (brands.some((brand) => brand === "avif" || brand === "avis")) return "image/avif";
  }
  return null;
}
