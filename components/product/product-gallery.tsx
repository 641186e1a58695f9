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
          sizes="(min-width: 1024px) 50vw, 100vw"
          priority
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
