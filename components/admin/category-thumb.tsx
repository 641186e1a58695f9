import { pictureProps, type PictureAttributes } from "@/components/ui/picture";

/**
 * A small picture for the admin, as plain <img> attributes: through the image optimizer for the
 * store's own paths (/catalog/…, /media/…), as it is for a bucket's absolute URL (the optimizer
 * only fetches hosts next.config.ts allows).
 */
export function adminThumb(src: string, size: number): PictureAttributes {
  if (src.startsWith("/") && !src.startsWith("//")) return pictureProps({ src, alt: "", width: size, height: size, sizes: `${size}px`, className: "aspect-square w-full rounded object-cover" });
  return { src, alt: "", width: size, height: size, loading: "lazy", decoding: "async", className: "aspect-square w-full rounded object-cover" } as PictureAttributes;
}

/** A file's name without folders or extension, to name a picture for people and screen readers. */
export const pictureName = (src: string) => decodeURIComponent(src.split(/[/?#]/).filter(Boolean).at(-1) ?? src).replace(/\.[a-z0-9]+$/i, "");
