import { pictureProps, preloadPicture } from "@/components/ui/picture";
import { GalleryViewer } from "./gallery-viewer";

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

/**
 * The product's pictures. Their srcsets are worked out here on the server, so the page ships no
 * image component code; the first main image, the page's LCP element, is preloaded from the
 * <head> at high fetch priority.
 */
export function ProductGallery({ images, label }: { images: GalleryImage[]; label: string }) {
  const viewer = images.map((image, index) => ({
    main: pictureProps({
      src: image.src,
      alt: image.alt,
      width: image.width,
      height: image.height,
      sizes: mainImageSizes,
      // Shown at once (only one main image is in the page at a time); the first is the LCP.
      loading: "eager",
      fetchPriority: index === 0 ? "high" : "auto",
      className: "aspect-square w-full object-cover",
    }),
    thumb: pictureProps({ src: image.src, alt: "", width: 72, height: 72, sizes: "72px", className: "h-16 w-16 object-cover sm:h-18 sm:w-18" }),
    thumbLabel: image.thumbLabel,
  }));
  const first = viewer[0]?.main;
  if (first) preloadPicture(first);
  return <GalleryViewer images={viewer} label={label} />;
}
