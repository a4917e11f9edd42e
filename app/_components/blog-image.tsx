import type { ImageKind } from "@/lib/media/sizes";
import type { PagePlan } from "@/lib/request/page-plan";

type Props = { images: PagePlan["thumbnails"]; src: string; kind: ImageKind; alt: string; index?: number };

/** An uploaded image, as the request's plan shows it: the original, or thumbnails at display size. */
export function BlogImage({ images, src, kind, alt, index = 0 }: Props) {
  const props = images.imageProps({ src, kind, alt, index });
  return <img {...props} alt={alt} />;
}
