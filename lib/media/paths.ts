import path from "node:path";

/**
 * Names of stored images: the SHA-256 of the encoded bytes in hex, then `.webp`. Content-addressed,
 * so a name never points at other bytes (the files are cached for a year, immutable) and the same
 * picture uploaded twice is stored once.
 */
export const mediaKeyPattern = /^[0-9a-f]{64}\.webp$/;

export const isMediaKey = (key: string) => mediaKeyPattern.test(key);

/**
 * The file of a stored image under `root`, from the URL path's segments after /media/, or null
 * when they do not name one: exactly one segment that is a media key (so no `..`, no slash or
 * backslash, no encoded separator, no NUL, no hidden file), and the resolved path must still be
 * inside the root.
 */
export function mediaFilePath(root: string, segments: readonly string[]): string | null {
  if (segments.length !== 1) return null;
  const key = segments[0]!;
  if (!isMediaKey(key)) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, key);
  if (path.dirname(file) !== base) return null;
  return file;
}

/** The content type of a stored file by its extension (every upload is stored as WebP). */
export function mediaContentType(key: string): string {
  return key.endsWith(".webp") ? "image/webp" : "application/octet-stream";
}
