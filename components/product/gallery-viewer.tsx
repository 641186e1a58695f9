"use client";

import { useState } from "react";
import type { PictureAttributes } from "@/components/ui/picture";

export interface ViewerImage {
  main: PictureAttributes;
  thumb: PictureAttributes;
  thumbLabel: string;
}

/** Main image plus thumbnails; thumbnails are buttons so the gallery works by keyboard. */
export function GalleryViewer({ images, label }: { images: ViewerImage[]; label: string }) {
  const [current, setCurrent] = useState(0);
  const shown = images[current] ?? images[0];
  if (!shown) return null;
  /* eslint-disable @next/next/no-img-element, jsx-a11y/alt-text -- optimized on the server (pictureProps); alt is in the props */
  return (
    <section aria-label={label} className="space-y-3">
      <div className="overflow-hidden rounded-xl border border-line bg-brand-soft">
        <img key={shown.main.src} {...shown.main} />
      </div>
      {images.length > 1 ? (
        <ul className="flex gap-2">
          {images.map((image, index) => (
            <li key={image.main.src}>
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-label={image.thumbLabel}
                aria-pressed={index === current}
                className={`block overflow-hidden rounded-md border-2 ${index === current ? "border-brand" : "border-transparent"}`}
              >
                <img {...image.thumb} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
  /* eslint-enable @next/next/no-img-element, jsx-a11y/alt-text */
}
