import sharp from "sharp";
import type { RunScreenshots, Screenshot } from "../types/artifacts";
import type { Filmstrip, FilmstripRow } from "../types/results";

/** A thumbnail's width in pixels: small enough that a filmstrip of a few seconds keeps the self-contained HTML report light. */
export const FILMSTRIP_WIDTH = 160;

/** A screenshot as a small WebP, inline: a data URL the HTML report needs nothing else for. */
async function thumbnail(screenshot: Screenshot): Promise<string> {
  const webp = await sharp(screenshot.jpeg).resize({ width: FILMSTRIP_WIDTH, withoutEnlargement: true }).webp({ quality: 50 }).toBuffer();
  return `data:image/webp;base64,${webp.toString("base64")}`;
}

/** A row's thumbnails: one for each frame its slots show, none for the frames between two steps. */
async function thumbnailsOf(row: FilmstripRow, screenshots: Screenshot[]): Promise<FilmstripRow> {
  const shown = new Set(row.slots.map((slot) => slot.frame));
  const thumbnails = await Promise.all(
    row.thumbnails.map((_, frame) => (shown.has(frame) && screenshots[frame] ? thumbnail(screenshots[frame]) : null)),
  );
  return { ...row, thumbnails };
}

/** The filmstrip with its thumbnails, re-encoded with sharp from the screenshots of its runs' traced loads. */
export async function withThumbnails(filmstrip: Filmstrip, screenshots: RunScreenshots[]): Promise<Filmstrip> {
  const rows = await Promise.all(
    filmstrip.rows.map((row) => {
      const own = screenshots.find((s) => s.route === filmstrip.route && s.mode === row.mode && s.run === row.run);
      return thumbnailsOf(row, own?.screenshots ?? []);
    }),
  );
  return { ...filmstrip, rows };
}
