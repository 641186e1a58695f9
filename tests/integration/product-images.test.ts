import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/media/[...path]/route";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { AdminFormState } from "@/lib/admin/form-state";
import { loadProductImages, moveProductImage, removeProductImage, setProductImageOption, uploadProductImage } from "@/lib/admin/product-images";
import { getProduct } from "@/lib/catalog/queries";
import type { Locale } from "@/lib/i18n/locales";
import { uploadsDir } from "@/lib/media/config";
import { localMediaStorage } from "@/lib/media/storage";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const state = vi.hoisted(() => {
  // Uploads go to a throwaway folder: `uploads` beside DATA_DIR (lib/media/config.ts).
  const root = `${process.env.TMPDIR ?? "/tmp"}/product-media-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = `${root}/pglite`;
  return { root, session: null as null | { user: { id: string; email: string; role: string } }, db: null as null | Database };
});
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
    const ui = read("ui");
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: { ...ui, admin: { ...ui.admin, ...read("admin-catalog") } } });
  },
}));

const actor = { id: null, email: "staff@example.com" };
const staff = { user: { id: "staff-1", email: "photos@example.com", role: "staff" } };
const idle: AdminFormState = { status: "idle" };

/** A photo as a phone sends it: a PNG carrying EXIF with a copyright line and the place it was taken. */
const photoWithExif = (width = 3000, height = 1500, background = "#336699") =>
  sharp({ create: { width, height, channels: 3, background } })
    .withExif({ IFD0: { Copyright: "Secret Camera Owner", ImageDescription: "My home" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" } })
    .png()
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

describe.each(testDatabases())("product images on $name", (target) => {
  let handle: DatabaseHandle;
  let slug: string;
  let colors: string[];
  const storage = localMediaStorage(uploadsDir());
  beforeAll(async () => {
    ({ handle } = await openWithCatalog(target));
    state.db = handle.db;
    const [product] = await queryRows<{ slug: string }>(
      handle.db,
      sql`select p.slug from products p where p.status = 'active' and exists (select 1 from variants v where v.product_id = p.id and v.options->>'color' is not null) order by p.id limit 1`,
    );
    slug = product!.slug;
    colors = (await loadProductImages(handle.db, slug))!.colors;
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(state.root, { recursive: true, force: true });
  });

  const gallery = async () => (await getProduct(handle.db, { slug, locale: "en" }))!.images;
  const stored = () => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()).sort() : []);
  const audits = () => queryRows<{ action: string; actorEmail: string; after: Record<string, unknown> | null }>(handle.db, sql`select action, actor_email as "actorEmail", after from admin_audit where subject_type = 'product' and subject_id = ${slug} and action like 'product_image.%' order by id`);
  const imageRows = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from product_images`))[0]!.n;
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it("an uploaded PNG with EXIF becomes a WebP without metadata, at most 2000 px, served from /media and shown by getProduct", async () => {
    const png = await photoWithExif();
    const input = await sharp(png).metadata();
    expect(input).toMatchObject({ format: "png", width: 3000 });
    expect(input.exif).toBeDefined();
    const before = await gallery();

    const result = await uploadProductImage(handle.db, { slug, bytes: png, optionValue: colors[0]!, storage, actor });
    if (!result.ok) throw new Error(`upload refused: ${result.reason}`);
    expect(result.image).toMatchObject({ width: 2000, height: 1000, optionValue: colors[0] });
    expect(result.image.src).toMatch(/^\/media\/[0-9a-f]{64}\.webp$/);

    const key = result.image.src.slice("/media/".length);
    const bytes = readFileSync(path.join(uploadsDir(), key));
    const output = await sharp(bytes).metadata();
    expect(output).toMatchObject({ format: "webp", width: 2000, height: 1000 });
    expect(output.exif).toBeUndefined();
    expect(output.xmp).toBeUndefined();
    expect(output.icc).toBeUndefined();
    expect(bytes.includes("Secret Camera Owner")).toBe(false);
    expect(bytes.includes("GPS")).toBe(false);

    const after = await gallery();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({ src: result.image.src, width: 2000, height: 1000, optionValue: colors[0] });

    const response = await GET(new Request(`http://shop.test${result.image.src}`), { params: Promise.resolve({ path: [key] }) } as never);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    const cached = await GET(new Request(`http://shop.test${result.image.src}`, { headers: { "if-none-match": response.headers.get("etag")! } }), { params: Promise.resolve({ path: [key] }) } as never);
    expect(cached.status).toBe(304);
    for (const segments of [["..", "pglite", "PG_VERSION"], [`../uploads/${key}`], [key.replace(".webp", ".png")], [`${"0".repeat(64)}.webp`]]) {
      expect((await GET(new Request("http://shop.test/media/x"), { params: Promise.resolve({ path: segments }) } as never)).status).toBe(404);
    }
    expect((await audits()).at(-1)).toMatchObject({ action: "product_image.add", after: { src: result.image.src, width: 2000, height: 1000, uploadedAs: "image/png" } });
  });

  it("refuses a file too large, of another type or unreadable, and an unknown colour or product, storing and writing nothing", async () => {
    const files = stored();
    const rows = await imageRows();
    const trail = (await audits()).length;
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await uploadProductImage(handle.db, { slug, bytes: big, optionValue: null, storage, actor })).toEqual({ ok: false, reason: "too_large" });
    const gif = new Uint8Array(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "binary"));
    expect(await uploadProductImage(handle.db, { slug, bytes: gif, optionValue: null, storage, actor })).toEqual({ ok: false, reason: "type" });
    // A PNG's first bytes on an HTML page: the name or the browser's type would say PNG.
    const disguised = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from("<html><script>alert(1)</script></html>")]);
    expect(await uploadProductImage(handle.db, { slug, bytes: disguised, optionValue: null, storage, actor })).toEqual({ ok: false, reason: "unreadable" });
    expect(await uploadProductImage(handle.db, { slug, bytes: new Uint8Array(), optionValue: null, storage, actor })).toEqual({ ok: false, reason: "empty" });
    const png = await photoWithExif(40, 40);
    expect(await uploadProductImage(handle.db, { slug, bytes: png, optionValue: "not-a-colour", storage, actor })).toEqual({ ok: false, reason: "option" });
    expect(await uploadProductImage(handle.db, { slug: "no-such-product", bytes: png, optionValue: null, storage, actor })).toEqual({ ok: false, reason: "not_found" });
    expect(stored()).toEqual(files);
    expect(await imageRows()).toBe(rows);
    expect(await audits()).toHaveLength(trail);
  });

  it("moves an image up and down, ties it to a colour or none, and removes it (its unused file too), each with an audit row", async () => {
    const png = await photoWithExif(600, 600, "#884422");
    const added = await uploadProductImage(handle.db, { slug, bytes: png, optionValue: null, storage, actor });
    if (!added.ok) throw new Error("upload refused");
    const id = added.image.id;
    const srcs = async () => (await gallery()).map((image) => image.src);
    const count = (await srcs()).length;
    expect((await srcs()).at(-1)).toBe(added.image.src);
    expect(await moveProductImage(handle.db, { slug, id, direction: "down", actor })).toEqual({ ok: false, reason: "edge" });
    expect(await moveProductImage(handle.db, { slug, id, direction: "up", actor })).toEqual({ ok: true });
    expect((await srcs()).at(-2)).toBe(added.image.src);
    for (let step = 0; step < count - 2; step++) await moveProductImage(handle.db, { slug, id, direction: "up", actor });
    expect((await srcs())[0]).toBe(added.image.src);
    expect(await moveProductImage(handle.db, { slug, id, direction: "up", actor })).toEqual({ ok: false, reason: "edge" });
    expect(await moveProductImage(handle.db, { slug: "no-such-product", id, direction: "down", actor })).toEqual({ ok: false, reason: "not_found" });

    expect(await setProductImageOption(handle.db, { slug, id, optionValue: colors.at(-1)!, actor })).toEqual({ ok: true });
    expect((await gallery())[0]).toMatchObject({ src: added.image.src, optionValue: colors.at(-1) });
    expect(await setProductImageOption(handle.db, { slug, id, optionValue: "chartreuse", actor })).toEqual({ ok: false, reason: "option" });
    expect(await setProductImageOption(handle.db, { slug, id, optionValue: null, actor })).toEqual({ ok: true });
    expect((await gallery())[0]!.optionValue).toBeNull();

    const key = added.image.src.slice("/media/".length);
    expect(stored()).toContain(key);
    expect(await removeProductImage(handle.db, { slug, id, storage, actor })).toEqual({ ok: true });
    expect(await srcs()).not.toContain(added.image.src);
    expect(stored()).not.toContain(key);
    expect(await removeProductImage(handle.db, { slug, id, storage, actor })).toEqual({ ok: false, reason: "not_found" });
    const actions = (await audits()).map((row) => row.action);
    expect(actions.slice(-(count + 3))).toEqual(["product_image.add", ...Array(count - 1).fill("product_image.move"), "product_image.option", "product_image.option", "product_image.remove"]);
  });

  it("keeps a file another image still uses when one of them is removed", async () => {
    const png = await photoWithExif(100, 100, "#123456");
    const first = await uploadProductImage(handle.db, { slug, bytes: png, optionValue: null, storage, actor });
    const second = await uploadProductImage(handle.db, { slug, bytes: png, optionValue: null, storage, actor });
    if (!first.ok || !second.ok) throw new Error("upload refused");
    expect(second.image.src).toBe(first.image.src);
    await removeProductImage(handle.db, { slug, id: first.image.id, storage, actor });
    expect(stored()).toContain(first.image.src.slice("/media/".length));
    await removeProductImage(handle.db, { slug, id: second.image.id, storage, actor });
    expect(stored()).not.toContain(first.image.src.slice("/media/".length));
  });

  describe("actions", () => {
    it("refuse a signed-out visitor and a shopper, storing and writing nothing", async () => {
      const actions = await import("@/lib/admin/product-image-actions");
      const [image] = (await loadProductImages(handle.db, slug))!.images;
      const png = await photoWithExif(50, 50, "#ff0000");
      const files = stored();
      const trail = (await audits()).length;
      for (const session of [null, { user: { id: "u1", email: "shopper@example.com", role: "shopper" } }]) {
        state.session = session;
        const refused = { status: "error", message: "Only staff can do that. Sign in again with a staff account." };
        expect(await actions.uploadProductImageAction(idle, form({ locale: "en", slug, image: new File([png], "a.png") }))).toMatchObject(refused);
        expect(await actions.moveProductImageAction(idle, form({ locale: "en", slug, id: String(image!.id), direction: "down" }))).toMatchObject(refused);
        expect(await actions.setProductImageOptionAction(idle, form({ locale: "en", slug, id: String(image!.id), optionValue: colors[0]! }))).toMatchObject(refused);
        expect(await actions.removeProductImageAction(idle, form({ locale: "en", slug, id: String(image!.id), confirm: "yes" }))).toMatchObject(refused);
      }
      expect(stored()).toEqual(files);
      expect(await audits()).toHaveLength(trail);
      expect((await loadProductImages(handle.db, slug))!.images[0]).toEqual(image);
    });

    it("name a bad file next to its field and refuse other bad input, writing nothing; staff upload, move, colour and remove", async () => {
      const actions = await import("@/lib/admin/product-image-actions");
      state.session = staff;
      const files = stored();
      const trail = (await audits()).length;
      const pdf = new File([new TextEncoder().encode("%PDF-1.7 not an image")], "photo.jpg", { type: "image/jpeg" });
      expect(await actions.uploadProductImageAction(idle, form({ locale: "en", slug, image: pdf }))).toMatchObject({
        status: "error",
        fields: { image: "This file is not a JPEG, PNG, WebP or AVIF image (its contents were checked, not its name)." },
      });
      expect(await actions.uploadProductImageAction(idle, form({ locale: "uk", slug }))).toMatchObject({ fields: { image: "Виберіть файл зображення для завантаження." } });
      const png = await photoWithExif(64, 48, "#00aa00");
      expect(await actions.uploadProductImageAction(idle, form({ locale: "en", slug, image: new File([png], "a.png"), optionValue: "gold" }))).toMatchObject({ fields: { optionValue: "Choose one of this product's colours, or every colour." } });
      const [image] = (await loadProductImages(handle.db, slug))!.images;
      expect(await actions.moveProductImageAction(idle, form({ locale: "en", slug, id: String(image!.id), direction: "sideways" }))).toMatchObject({ status: "error", message: "Choose whether to move the image up or down." });
      expect(await actions.moveProductImageAction(idle, form({ locale: "en", slug, id: String(image!.id), direction: "up" }))).toMatchObject({ status: "error", message: "This image is already at that end of the gallery." });
      expect(await actions.removeProductImageAction(idle, form({ locale: "en", slug, id: String(image!.id) }))).toMatchObject({ status: "error", message: "Confirm the removal first." });
      expect(await actions.setProductImageOptionAction(idle, form({ locale: "en", slug, id: "x" }))).toMatchObject({ status: "error", message: "This image or its product no longer exists." });
      expect(stored()).toEqual(files);
      expect(await audits()).toHaveLength(trail);

      expect(await actions.uploadProductImageAction(idle, form({ locale: "en", slug, image: new File([png], "a.png"), optionValue: colors[0]! }))).toEqual({ status: "done", message: "Image added." });
      const added = (await loadProductImages(handle.db, slug))!.images.at(-1)!;
      expect(added).toMatchObject({ width: 64, height: 48, optionValue: colors[0] });
      expect(await actions.moveProductImageAction(idle, form({ locale: "en", slug, id: String(added.id), direction: "up" }))).toEqual({ status: "done", message: "Image moved." });
      expect(await actions.setProductImageOptionAction(idle, form({ locale: "en", slug, id: String(added.id), optionValue: "" }))).toEqual({ status: "done", message: "Colour saved." });
      expect(await actions.removeProductImageAction(idle, form({ locale: "en", slug, id: String(added.id), confirm: "yes" }))).toEqual({ status: "done", message: "Image removed." });
      expect((await audits()).slice(trail).map((row) => [row.action, row.actorEmail])).toEqual([
        ["product_image.add", "photos@example.com"],
        ["product_image.move", "photos@example.com"],
        ["product_image.option", "photos@example.com"],
        ["product_image.remove", "photos@example.com"],
      ]);
    });
  });
});
