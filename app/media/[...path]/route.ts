import { readFile } from "node:fs/promises";
import { uploadsDir } from "@/lib/media/config";
import { mediaContentType, mediaFilePath } from "@/lib/media/paths";
import { mediaCacheControl } from "@/lib/media/storage";

/**
 * Uploaded images stored as local files (no S3 bucket set): /media/<sha256>.webp. Only a name of
 * that exact shape is read, from the uploads folder itself (lib/media/paths.ts): no traversal, no
 * other file. The name is the hash of the bytes, so the answer is cached for a year, immutable.
 */
export async function GET(request: Request, { params }: RouteContext<"/media/[...path]">) {
  const { path } = await params;
  const file = mediaFilePath(uploadsDir(), path);
  if (!file) return notFound();
  const key = path[0]!;
  const etag = `"${key.slice(0, 64)}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": mediaCacheControl } });
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mediaContentType(key),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": mediaCacheControl,
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
