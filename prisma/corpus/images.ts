import type { Topic } from "./topic";

export const IMAGES: Topic = {
  categories: ["Images", "Performance", "Frontend", "Design"],
  articles: [
    {
      title: "A practical guide to image thumbnails",
      excerpt:
        "Sending a 2,000-pixel photo to fill a 240-pixel card wastes almost all of its bytes. Making thumbnails on the server is simple and pays off at once.",
    },
    {
      title: "Choosing between JPEG, WebP and AVIF",
      excerpt:
        "Each modern image format saves bytes in its own way, and browser support is no longer the obstacle it was. How to pick one, and when to offer two.",
    },
    {
      title: "Responsive images with srcset and sizes",
      excerpt:
        "The browser knows the screen and the server knows the files. srcset and sizes let them agree on the smallest image that still looks sharp.",
    },
    {
      title: "Lazy loading images below the fold",
      excerpt:
        "Images the reader has not scrolled to yet should not compete with the ones they can see. One attribute fixes most of it, with one exception.",
    },
    {
      title: "Why every image needs a width and a height",
      excerpt:
        "An image without dimensions takes no space until it loads, then pushes everything below it down. Two attributes prevent the shift entirely.",
    },
    {
      title: "The bytes nobody looks at",
      excerpt:
        "On a typical page, images are most of the weight and much of it is wasted: too large, too detailed or never seen. An audit of our home page.",
    },
    {
      title: "Thumbnails on demand, cached on disk",
      excerpt:
        "Generating every size of every image up front is wasteful. Making each one on its first request and keeping it is simpler and cheaper.",
    },
    {
      title: "PNG is for illustrations, not photos",
      excerpt:
        "A photograph saved as PNG can be ten times larger than the same photo as JPEG. Choosing the format by the kind of picture is the first step.",
    },
    {
      title: "JPEG quality settings, measured",
      excerpt:
        "Between quality 75 and quality 95 the file size doubles and most people cannot tell the difference. A blind test with real photos and readers.",
    },
    {
      title: "Serving WebP without breaking old browsers",
      excerpt:
        "Content negotiation lets the server send WebP to browsers that ask for it and JPEG to everyone else, from one URL and with the right headers.",
    },
    {
      title: "Protecting an image server from abuse",
      excerpt:
        "A thumbnail endpoint that accepts any width is a free CPU for anyone who asks, and a disk that fills itself. Allowing a fixed list of sizes closes the hole without limiting the layout.",
    },
    {
      title: "Prioritising the largest image on the page",
      excerpt:
        "The first cover is often the largest thing on screen. Telling the browser to fetch it early can take hundreds of milliseconds off LCP.",
    },
    {
      title: "Decoding images off the main thread",
      excerpt:
        "Large images take time to decode as well as to download. The decoding attribute and sensible sizes keep that work from freezing the page.",
    },
    {
      title: "What sharp taught us about image pipelines",
      excerpt:
        "Resizing images in Node.js is fast with the right library and painful with the wrong settings. Notes from a year of running sharp in production.",
    },
  ],
  paragraphs: [
    "Images are usually the heaviest part of a page. A home page with fifty cover photos, each uploaded straight from a camera or a stock site, can easily weigh several megabytes, while the text around them weighs a few kilobytes. Resizing those photos to the size they are shown at is often the single largest saving available, larger than everything else put together.",
    "A thumbnail should match the size the image is displayed at, multiplied by the screen's pixel density. A card that shows a cover 240 pixels wide needs a 240-pixel image on an ordinary screen and a 480-pixel one on a high-density phone. Anything larger is downloaded, decoded and scaled down by the browser, which spends bandwidth, memory and battery on pixels nobody sees.",
    "The srcset attribute lists the same image at several widths, and sizes tells the browser how wide the image will appear in the layout. With both, the browser picks the smallest file that will still look sharp on the current screen, before the stylesheet has even loaded. Without sizes, it assumes the image fills the whole viewport and usually picks one that is far too large.",
    "WebP files are typically a quarter to a third smaller than JPEGs of similar quality, and AVIF files smaller still, at the price of slower encoding. Every current browser accepts WebP. A server can check the Accept header of each request and send WebP where it is welcome and JPEG elsewhere, as long as it also sends Vary: Accept so that caches keep the two versions apart.",
    "Native lazy loading is a single attribute: loading=lazy. The browser then waits to fetch an image until it comes near the viewport, so a long page no longer downloads fifty images before the reader has scrolled at all. The exception is the image at the top of the page, which should load as early as possible, since lazy loading it only delays the largest thing on screen.",
    "Width and height attributes let the browser reserve space for an image before its bytes arrive. Without them, the image takes up no room until it loads, then pushes the text below it down the page just as the reader starts to read. With CSS setting the displayed width, the attributes only provide the aspect ratio, which is all the browser needs.",
    "Generating thumbnails on demand keeps the upload path simple. The original is stored as it was uploaded; a request for a given width makes that thumbnail the first time and saves it, and every later request is served from disk. The first visitor pays a few tens of milliseconds, and everybody after gets a static file with a long cache lifetime.",
    "An endpoint that resizes images to any requested width is an invitation. Someone can ask for a thousand widths of the same image and keep the server's CPU busy for minutes, or fill its disk with thumbnails. Allowing only the widths the layout actually uses, and rejecting everything else with a 400, closes that door without limiting the pages at all.",
    "The format should follow the picture. Photographs, with millions of colours and soft gradients, compress well as JPEG, WebP or AVIF. Flat illustrations, diagrams and screenshots with sharp edges and few colours often come out smaller and cleaner as PNG. Converting an illustration to JPEG blurs its edges; converting a photo to PNG multiplies its size.",
    "Decoding is the forgotten cost of large images. A 4,000-pixel photo takes tens of megabytes of memory once decoded, however small the file, and decoding it can take long enough to make scrolling stutter on a cheap phone. Serving images at the size they are displayed fixes the download and the decode at once, which is one more reason to resize on the server.",
  ],
  comments: [
    "Switching our product images to WebP cut the category page from 3.1 MB to 900 KB. Best afternoon's work of the year.",
    "The sizes attribute is the part everyone gets wrong. Without it, srcset does almost nothing.",
    "Do you generate AVIF too? Our encode times were awful, so we stuck with WebP.",
    "Width and height on images fixed our layout shift score overnight. Such a small change.",
    "Don't forget Vary: Accept if you negotiate formats. Our CDN served WebP to an old Safari for a week before a customer sent us a screenshot of broken images.",
    "Lazy loading the hero image was exactly our mistake. LCP dropped by 800 ms when we removed it.",
    "Limiting the widths is smart. Someone scripted requests for every width from 1 to 5000 against our old thumbnailer.",
    "What quality setting do you use for WebP? We settled on 75 after a blind test with the editors, who couldn't tell it apart from 90 on any of the photos.",
    "Great post. Our marketing team uploads 8 MB PNG photos, so this is going straight into our onboarding documentation for the content editors.",
    "sharp is fantastic. We replaced an ImageMagick shell-out with it and thumbnails got ten times faster.",
  ],
};
