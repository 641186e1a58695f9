import "server-only";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { localMediaPrefix, s3Settings, uploadsDir, type S3Settings } from "./config";
import { isMediaKey } from "./paths";

/** Where uploaded images are kept: files on this server, or an S3-compatible bucket. Keys are content hashes (lib/media/paths.ts). */
export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Stores the bytes under the key (again is harmless: same key, same bytes) and gives the URL browsers load it from. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** Removes a stored image; one already gone is fine. */
  remove(key: string): Promise<void>;
}

/** A year, immutable: a key names its bytes for ever. */
export const mediaCacheControl = "public, max-age=31536000, immutable";

const checked = (key: string) => {
  if (!isMediaKey(key)) throw new Error(`Not a media key: ${key}`);
  return key;
};

/** Files under `root`, served by app/media/[...path]/route.ts at /media/<key>. */
export function localMediaStorage(root: string = uploadsDir()): MediaStorage {
  return {
    kind: "local",
    async put(key, bytes) {
      const file = path.join(root, checked(key));
      const exists = await stat(file).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(root, { recursive: true });
        // Written beside it and renamed: a reader never sees half a file.
        const partial = `${file}.${process.pid}.${Date.now()}.part`;
        await writeFile(partial, bytes);
        await rename(partial, file);
      }
      return `${localMediaPrefix}${key}`;
    },
    async remove(key) {
      await rm(path.join(root, checked(key)), { force: true });
    },
  };
}

/** The part of @aws-sdk/client-s3 used here (its v3 API). */
interface S3Sdk {
  S3Client: new (config: {
    region: string;
    endpoint?: string;
    forcePathStyle?: boolean;
    credentials?: { accessKeyId: string; secretAccessKey: string };
  }) => { send(command: unknown): Promise<unknown> };
  PutObjectCommand: new (input: { Bucket: string; Key: string; Body: Uint8Array; ContentType: string; CacheControl: string }) => unknown;
  DeleteObjectCommand: new (input: { Bucket: string; Key: string }) => unknown;
}

// Loaded only when a bucket is configured, at run time: a store on local files needs no AWS SDK.
const sdkModule = "@aws-sdk/client-s3";
let sdk: Promise<S3Sdk> | undefined;
const loadSdk = () => (sdk ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ sdkModule).then((module: unknown) => module as S3Sdk));

/**
 * An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, DigitalOcean Spaces…) through
 * @aws-sdk/client-s3. A custom endpoint gets path-style requests (bucket in the path), which every
 * such service accepts. Objects are public-read through `publicUrl` (a CDN or the bucket's URL).
 */
export function s3MediaStorage(settings: S3Settings, load: () => Promise<S3Sdk> = loadSdk): MediaStorage {
  let client: Promise<{ send(command: unknown): Promise<unknown> }> | undefined;
  const connect = () =>
    (client ??= load().then(({ S3Client }) => new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: Boolean(settings.endpoint), credentials: settings.credentials })));
  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      const { PutObjectCommand } = await load();
      await (await connect()).send(new PutObjectCommand({ Bucket: settings.bucket, Key: checked(key), Body: bytes, ContentType: contentType, CacheControl: mediaCacheControl }));
      return `${settings.publicUrl}/${key}`;
    },
    async remove(key) {
      const { DeleteObjectCommand } = await load();
      await (await connect()).send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: checked(key) }));
    },
  };
}

/** The store's image storage: the bucket when S3_BUCKET is set, else local files. */
export function mediaStorage(): MediaStorage {
  const settings = s3Settings();
  return settings ? s3MediaStorage(settings) : localMediaStorage();
}
