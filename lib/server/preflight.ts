import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareSqliteFile } from "../db/sqlite-file";
import { sqliteFile } from "../db/provider";
import { createPrismaClient } from "../db/prisma-client";
import { originalsDir, thumbnailsDir } from "../media/paths";
import { seedState } from "../db/seed-state";
import { checkSettings, databaseUrl, SettingError } from "../settings";

/** What is wrong, and what to do about it. */
export class PreflightError extends Error {}

function checkMedia(): void {
  const originals = originalsDir();
  if (!existsSync(originals) || !statSync(originals).isDirectory()) {
    throw new PreflightError(
      `The media folder has no originals at ${originals}. Run \`npm start\`, which writes them again from the seed, or set MEDIA_DIR to the right folder.`,
    );
  }
  try {
    accessSync(originals, constants.R_OK);
  } catch {
    throw new PreflightError(`The originals at ${originals} cannot be read by this user. Fix the folder's permissions.`);
  }
  const thumbnails = thumbnailsDir();
  try {
    mkdirSync(thumbnails, { recursive: true });
    const probe = path.join(thumbnails, `.write-probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PreflightError(
      `The thumbnail cache at ${thumbnails} is not a writable folder (${reason}). Fix its permissions, or set MEDIA_DIR to a writable folder.`,
    );
  }
}

async function checkDatabase(): Promise<void> {
  const file = sqliteFile();
  if (file && !existsSync(file)) {
    throw new PreflightError(
      `The database file ${file} does not exist. Run \`npm start\` (it migrates and seeds), or \`npm run db:migrate && npm run db:seed\`.`,
    );
  }
  const db = createPrismaClient({ instrumented: false });
  try {
    // A database copied or restored from elsewhere may not be in WAL mode, where readers never
    // wait for a writer; WAL is a property of the file, so this sticks.
    if (file) prepareSqliteFile();
    const state = await seedState(db);
    if (state === "empty")
      throw new PreflightError("The database is empty. Run `npm run db:seed`, or `npm start`, which seeds an empty database.");
    if (state === "partial")
      throw new PreflightError(
        "The database has rows but no seed mark: a seed was interrupted or something else wrote to it. Run `npm run db:reset` to rebuild it.",
      );
  } catch (error) {
    if (error instanceof PreflightError) throw error;
    const reason = error instanceof Error ? error.message.split("\n").at(-1) : String(error);
    throw new PreflightError(
      `The database at ${databaseUrl().startsWith("file:") ? file : "DATABASE_URL"} cannot be read (${reason}). Run \`npm run db:migrate\`, or check that no other program holds it locked.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** Checks, before the server listens, what every request will need. */
export async function preflight(): Promise<void> {
  try {
    checkSettings();
  } catch (error) {
    if (error instanceof SettingError) throw new PreflightError(error.message);
    throw error;
  }
  await checkDatabase();
  checkMedia();
}
