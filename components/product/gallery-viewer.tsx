"use client";

import Image from "next/image";
import { useState } from "react";

export interface GalleryImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  thumbLabel: string;
}

/**
 * The main image's slot: half the 1280 px page beside the buy box on a desktop, the page's width
 * on a tablet. A phone is told 75vw, not its true ~92vw, so it fetches about twice its CSS width
 * (828 px on a 412 px Pixel 7) rather than its full 2.6-3x density: the same photo to the eye at
 * about half the bytes, on the page's LCP image.
 */
const mainImageSizes = "(min-width: 1280px) 600px, (min-width: 1024px) calc(50vw - 2.5rem), (min-width: 640px) calc(100vw - 2rem), 75vw";

/** Main image plus thumbnails; thumbnails are buttons so the gallery works by keyboard. */
export function ProductGallery({ images, label }: { images: GalleryImage[]; label: string }) {
  const [current, setCurrent] = useState(0);
  const shown = images[current] ?? images[0];
  if (!shown) return null;
  return (
    <section aria-label={label} className="space-y-3">
      <div className="overflow-hidden rounded-xl border border-line bg-brand-soft">
        <Image
          key={shown.src}
          src={shown.src}
          alt={shown.alt}
          width={shown.width}
          height={shown.height}
          sizes={mainImageSizes}
          // The page's LCP element: preloaded from the <head>, fetched before anything else on the page.
          preload
          fetchPriority="high"
          className="aspect-square w-full object-cover"
        />
      </div>
      {images.length > 1 ? (
        <ul className="flex gap-2">
          {images.map((image, index) => (
            <li key={image.src}>
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-label={image.thumbLabel}
                aria-pressed={index === current}
                className={`block overflow-hidden rounded-md border-2 ${index === current ? "border-brand" : "border-transparent"}`}
              >
                <Image src={image.src} alt="" width={72} height={72} sizes="72px" className="h-16 w-16 object-cover sm:h-18 sm:w-18" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
