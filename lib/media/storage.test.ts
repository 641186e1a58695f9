import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localMediaStorage, s3MediaStorage } from "./storage";

const key = `${"0f".repeat(32)}.webp`;
const bytes = new Uint8Array([82, 73, 70, 70]);

describe("localMediaStorage", () => {
  const root = mkdtempSync(path.join(tmpdir(), "media-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a file once under its key, serves it at /media/<key> and removes it", async () => {
    const storage = localMediaStorage(path.join(root, "uploads"));
    expect(await storage.put(key, bytes, "image/webp")).toBe(`/media/${key}`);
    expect(await storage.put(key, bytes, "image/webp")).toBe(`/media/${key}`);
    expect(readdirSync(path.join(root, "uploads"))).toEqual([key]);
    expect(new Uint8Array(readFileSync(path.join(root, "uploads", key)))).toEqual(bytes);
    await storage.remove(key);
    await storage.remove(key);
    expect(readdirSync(path.join(root, "uploads"))).toEqual([]);
  });

  it("refuses a key that is not a content hash", async () => {
    const storage = localMediaStorage(path.join(root, "uploads"));
    await expect(storage.put("../../evil.webp", bytes, "image/webp")).rejects.toThrow(/Not a media key/);
    await expect(storage.remove("../pglite/PG_VERSION")).rejects.toThrow(/Not a media key/);
  });
});

describe("s3MediaStorage", () => {
  it("puts and deletes objects through @aws-sdk/client-s3's commands, path-style on a custom endpoint", async () => {
    const sent: { command: string; input: unknown }[] = [];
    const configs: unknown[] = [];
    class Command {
      constructor(public input: unknown) {}
    }
    const sdk = {
      S3Client: class {
        constructor(config: unknown) {
          configs.push(config);
        }
        async send(command: Command) {
          sent.push({ command: command.constructor.name, input: command.input });
          return {};
        }
      },
      PutObjectCommand: class PutObjectCommand extends Command {},
      DeleteObjectCommand: class DeleteObjectCommand extends Command {},
    };
    const storage = s3MediaStorage(
      { bucket: "shop-media", region: "auto", endpoint: "https://acct.r2.cloudflarestorage.com", credentials: { accessKeyId: "id", secretAccessKey: "secret" }, publicUrl: "https://media.shop.example" },
      async () => sdk,
    );
    expect(await storage.put(key, bytes, "image/webp")).toBe(`https://media.shop.example/${key}`);
    await storage.remove(key);
    expect(configs).toEqual([{ region: "auto", endpoint: "https://acct.r2.cloudflarestorage.com", forcePathStyle: true, credentials: { accessKeyId: "id", secretAccessKey: "secret" } }]);
    expect(sent).toEqual([
      { command: "PutObjectCommand", input: { Bucket: "shop-media", Key: key, Body: bytes, ContentType: "image/webp", CacheControl: "public, max-age=31536000, immutable" } },
      { command: "DeleteObjectCommand", input: { Bucket: "shop-media", Key: key } },
    ]);
    await expect(storage.put("x/../y.webp", bytes, "image/webp")).rejects.toThrow(/Not a media key/);
  });
});
