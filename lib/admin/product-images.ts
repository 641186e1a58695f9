import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { encodeUpload, type EncodeFailure } from "@/lib/media/process";
import type { MediaStorage } from "@/lib/media/storage";
import { mediaKeyOf } from "@/lib/media/urls";
import { recordAudit, type Actor } from "./audit";

export interface AdminProductImage {
  id: number;
  src: string;
  width: number;
  height: number;
  /** The colour this image shows (the gallery puts it first when that colour is chosen), or null for every colour. */
  optionValue: string | null;
  position: number;
}

export interface ProductImages {
  productId: number;
  slug: string;
  /** The colours of the product's variants: what an image may be tied to. */
  colors: string[];
  images: AdminProductImage[];
}

const imageColumns = sql`id, src, width, height, option_value as "optionValue", position`;

async function productOf(db: Executor, slug: string, lock = false) {
  const [product] = await queryRows<{ id: number; slug: string }>(db, lock ? sql`select id, slug from products where slug = ${slug} for update` : sql`select id, slug from products where slug = ${slug}`);
  return product ?? null;
}

async function colorsOf(db: Executor, productId: number): Promise<string[]> {
  const rows = await queryRows<{ color: string }>(
    db,
    sql`select distinct options->>'color' as color from variants where product_id = ${productId} and options->>'color' is not null order by 1`,
  );
  return rows.map((row) => row.color);
}

const imagesOf = (db: Executor, productId: number) =>
  queryRows<AdminProductImage>(db, sql`select ${imageColumns} from product_images where product_id = ${productId} order by position, id`);

/** A product's images in gallery order, and the colours an image can be tied to, for its edit page. */
export async function loadProductImages(db: Executor, slug: string): Promise<ProductImages | null> {
  const product = await productOf(db, slug);
  if (!product) return null;
  const [colors, images] = await Promise.all([colorsOf(db, product.id), imagesOf(db, product.id)]);
  return { productId: product.id, slug: product.slug, colors, images };
}

export type ImageResult = { ok: true } | { ok: false; reason: "not_found" | "option" | "edge" };
export type UploadResult = { ok: true; image: AdminProductImage } | { ok: false; reason: "not_found" | "option" } | EncodeFailure;

const ordered = (images: AdminProductImage[]) => images.map((image) => ({ id: image.id, src: image.src, optionValue: image.optionValue }));

/**
 * Adds an uploaded image at the end of a product's gallery: checked and re-encoded first
 * (lib/media/process.ts: real type from the bytes, at most 10 MB, WebP without metadata, 2000 px at
 * most), stored (local files or the bucket), then recorded with its size and colour in one
 * transaction with its audit row. Nothing is stored for an unknown product or colour.
 */
export async function uploadProductImage(
  db: Executor,
  { slug, bytes, optionValue, storage, actor, now = new Date() }: { slug: string; bytes: Uint8Array; optionValue: string | null; storage: MediaStorage; actor: Actor; now?: Date },
): Promise<UploadResult> {
  const product = await productOf(db, slug);
  if (!product) return { ok: false, reason: "not_found" };
  if (optionValue !== null && !(await colorsOf(db, product.id)).includes(optionValue)) return { ok: false, reason: "option" };
  const encoded = await encodeUpload(bytes);
  if (!encoded.ok) return encoded;
  const src = await storage.put(encoded.key, encoded.bytes, "image/webp");
  return db.transaction(async (tx) => {
    // The product row is locked so two uploads at once take the next positions in turn.
    if (!(await productOf(tx, slug, true))) return { ok: false, reason: "not_found" } as const;
    const [image] = await queryRows<AdminProductImage>(
      tx,
      sql`insert into product_images (product_id, src, width, height, option_value, position)
          values (${product.id}, ${src}, ${encoded.width}, ${encoded.height}, ${optionValue},
                  (select coalesce(max(position) + 1, 0) from product_images where product_id = ${product.id}))
          returning ${imageColumns}`,
    );
    await recordAudit(tx, { actor, action: "product_image.add", subjectType: "product", subjectId: slug, before: null, after: { ...image!, uploadedAs: encoded.type }, at: now });
    return { ok: true, image: image! } as const;
  });
}

/** Whether any product, category or review still shows the image at `src`. */
async function stillUsed(db: Executor, src: string) {
  const [row] = await queryRows<{ used: boolean }>(
    db,
    sql`select exists (select 1 from product_images where src = ${src}) or exists (select 1 from categories where image = ${src})
          or exists (select 1 from reviews where photos @> ${JSON.stringify([{ src }])}::jsonb) as used`,
  );
  return Boolean(row?.used);
}

/**
 * Takes an image out of a product's gallery (the others keep their order). An uploaded file no
 * product, category or review uses any more is deleted from storage after the commit; the seed's
 * files under /public are never touched.
 */
export async function removeProductImage(
  db: Executor,
  { slug, id, storage, actor, now = new Date() }: { slug: string; id: number; storage: MediaStorage; actor: Actor; now?: Date },
): Promise<ImageResult> {
  const removed = await db.transaction(async (tx) => {
    const product = await productOf(tx, slug, true);
    if (!product) return null;
    const [image] = await queryRows<AdminProductImage>(tx, sql`delete from product_images where id = ${id} and product_id = ${product.id} returning ${imageColumns}`);
    if (!image) return null;
    await recordAudit(tx, { actor, action: "product_image.remove", subjectType: "product", subjectId: slug, before: { ...image }, after: null, at: now });
    return image;
  });
  if (!removed) return { ok: false, reason: "not_found" };
  const key = mediaKeyOf(removed.src);
  // Best effort: a file left behind is only unused bytes, never a broken page.
  if (key && !(await stillUsed(db, removed.src))) await storage.remove(key).catch(() => {});
  return { ok: true };
}

/** Moves an image one place earlier or later in the gallery (the first is the product's main image, on cards too). */
export async function moveProductImage(
  db: Executor,
  { slug, id, direction, actor, now = new Date() }: { slug: string; id: number; direction: "up" | "down"; actor: Actor; now?: Date },
): Promise<ImageResult> {
  return db.transaction(async (tx) => {
    const product = await productOf(tx, slug, true);
    if (!product) return { ok: false, reason: "not_found" };
    const images = await imagesOf(tx, product.id);
    const index = images.findIndex((image) => image.id === id);
    if (index < 0) return { ok: false, reason: "not_found" };
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= images.length) return { ok: false, reason: "edge" };
    const next = [...images];
    [next[index], next[other]] = [next[other]!, next[index]!];
    // Positions renumbered 0, 1, 2…: equal or gapped positions from an import cannot make a move do nothing.
    for (const [position, image] of next.entries()) {
      if (image.position !== position) await tx.execute(sql`update product_images set position = ${position} where id = ${image.id}`);
    }
    await recordAudit(tx, { actor, action: "product_image.move", subjectType: "product", subjectId: slug, before: { images: ordered(images) }, after: { images: ordered(next) }, at: now });
    return { ok: true };
  });
}

/** Ties an image to one of the product's colours (the gallery shows it first for that colour), or to none (shown for every colour). */
export async function setProductImageOption(
  db: Executor,
  { slug, id, optionValue, actor, now = new Date() }: { slug: string; id: number; optionValue: string | null; actor: Actor; now?: Date },
): Promise<ImageResult> {
  return db.transaction(async (tx) => {
    const product = await productOf(tx, slug, true);
    if (!product) return { ok: false, reason: "not_found" };
    const [before] = await queryRows<AdminProductImage>(tx, sql`select ${imageColumns} from product_images where id = ${id} and product_id = ${product.id}`);
    if (!before) return { ok: false, reason: "not_found" };
    if (optionValue !== null && !(await colorsOf(tx, product.id)).includes(optionValue)) return { ok: false, reason: "option" };
    const [after] = await queryRows<AdminProductImage>(tx, sql`update product_images set option_value = ${optionValue} where id = ${id} returning ${imageColumns}`);
    await recordAudit(tx, { actor, action: "product_image.option", subjectType: "product", subjectId: slug, before: { ...before }, after: { ...after! }, at: now });
    return { ok: true };
  });
}
