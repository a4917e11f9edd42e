import sharp from "sharp";

/** A small, fast, seeded random number generator (mulberry32): the same seed, the same blog. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Grain amplitude divisor: a little sensor noise, as in a real photo. */
const GRAIN = 24;

type Blob = { x: number; y: number; r: number; color: [number, number, number] };

function randomColor(random: () => number): [number, number, number] {
  return [40 + random() * 200, 40 + random() * 200, 40 + random() * 200];
}

/**
 * A photo-like picture: soft light blobs over a sky-to-ground gradient, with fine grain, so
 * that it has millions of colours and compresses like a photograph (JPEG wins, PNG loses).
 */
function photoPixels(random: () => number, width: number, height: number): Buffer {
  const top = randomColor(random);
  const bottom = randomColor(random);
  const blobs: Blob[] = Array.from({ length: 7 }, () => ({
    x: random() * width,
    y: random() * height,
    r: (0.1 + random() * 0.35) * Math.max(width, height),
    color: randomColor(random),
  }));
  const pixels = Buffer.alloc(width * height * 3);
  let grain = random() * 0xffffffff;
  for (let y = 0; y < height; y += 1) {
    const v = y / height;
    for (let x = 0; x < width; x += 1) {
      let rgb = [top[0] * (1 - v) + bottom[0] * v, top[1] * (1 - v) + bottom[1] * v, top[2] * (1 - v) + bottom[2] * v];
      for (const blob of blobs) {
        const d2 = ((x - blob.x) ** 2 + (y - blob.y) ** 2) / (blob.r * blob.r);
        if (d2 < 1) {
          const w = (1 - d2) ** 2 * 0.8;
          rgb = [rgb[0]! * (1 - w) + blob.color[0] * w, rgb[1]! * (1 - w) + blob.color[1] * w, rgb[2]! * (1 - w) + blob.color[2] * w];
        }
      }
      grain = (Math.imul(grain, 1664525) + 1013904223) >>> 0;
      const noise = ((grain >>> 24) - 128) / GRAIN;
      const i = (y * width + x) * 3;
      pixels[i] = Math.max(0, Math.min(255, rgb[0]! + noise));
      pixels[i + 1] = Math.max(0, Math.min(255, rgb[1]! + noise));
      pixels[i + 2] = Math.max(0, Math.min(255, rgb[2]! + noise));
    }
  }
  return pixels;
}

/** A photo-like JPEG, as a camera or phone would upload it. */
export function photoJpeg(random: () => number, width: number, height: number, quality = 82): Promise<Buffer> {
  return sharp(photoPixels(random, width, height), { raw: { width, height, channels: 3 } })
    .jpeg({ quality, mozjpeg: false })
    .toBuffer();
}

/** A flat illustration with few colours and hard edges: the kind of image PNG is for. */
export function illustrationPng(random: () => number, width: number, height: number): Promise<Buffer> {
  const palette = Array.from({ length: 5 }, () => `rgb(${randomColor(random).map(Math.round).join(",")})`);
  const shapes = Array.from({ length: 14 }, (_, i) => {
    const fill = palette[i % palette.length];
    const x = Math.round(random() * width);
    const y = Math.round(random() * height);
    const size = Math.round((0.05 + random() * 0.25) * width);
    return i % 2 === 0
      ? `<circle cx="${x}" cy="${y}" r="${size}" fill="${fill}"/>`
      : `<rect x="${x - size}" y="${y - size / 2}" width="${size * 2}" height="${size}" rx="${size / 6}" fill="${fill}"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${palette[0]}"/>${shapes.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toBuffer();
}
