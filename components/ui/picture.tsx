import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

type PictureProps = Omit<ImageProps, "preload" | "priority" | "placeholder" | "onLoad" | "onError"> & { alt: string };

/** What an <img> needs for an optimized image (srcset, sizes, lazy loading), computed where it runs: plain data a client component can take. */
export function pictureProps(props: PictureProps) {
  return getImageProps(props).props;
}

export type PictureAttributes = ReturnType<typeof pictureProps>;

/** Puts the image in the <head> at high fetch priority, before the parser reaches it: for a page's LCP image. */
export function preloadPicture(attributes: PictureAttributes) {
  preloadResource(attributes.src, { as: "image", imageSrcSet: attributes.srcSet, imageSizes: attributes.sizes, fetchPriority: "high" });
}

/**
 * An image through the image optimizer as plain HTML. next/image's <Image> is a client component:
 * every page showing one downloads its code (about 5 kB gzip) to hydrate a tag that never changes.
 * `preload` puts the image in the <head> at high priority, for a page's LCP image.
 */
export function Picture({ preload = false, ...props }: PictureProps & { preload?: boolean }) {
  const attributes = pictureProps(preload ? { ...props, loading: "eager", fetchPriority: "high" } : props);
  if (preload) preloadPicture(attributes);
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the optimizer's srcset is here; alt is in the props
  return <img {...attributes} />;
}
