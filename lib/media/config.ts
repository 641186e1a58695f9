import path from "node:path";
import { env } from "@/lib/env";

/**
 * The folder of uploaded images when no bucket is set: `uploads` beside the database folder
 * (DATA_DIR, `.data/pglite` by default, so `.data/uploads`), never inside it: that folder is
 * PGlite's own.
 */
export function uploadsDir(dataDir: string = env.DATA_DIR): string {
  return path.join(path.dirname(path.resolve(dataDir)), "uploads");
}

/** The URL path uploaded images are served under by app/media/[...path]/route.ts. */
export const localMediaPrefix = "/media/";

/** The bucket's settings when S3_BUCKET is set (and where browsers fetch from), else null. */
export function s3Settings() {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    publicUrl: env.S3_PUBLIC_URL ?? (env.S3_ENDPOINT ? `${env.S3_ENDPOINT.replace(/\/+$/, "")}/${env.S3_BUCKET}` : `https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com`),
  };
}
export type S3Settings = NonNullable<ReturnType<typeof s3Settings>>;
