import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it, mock } from "node:test";
import { sqlTime } from "../prisma/seed-tables";
import { prepareDatabase } from "./database";
import { migrate } from "./migrate";

describe("prepareDatabase", () => {
  let folder = "";
  after(() => rm(folder, { recursive: true, force: true }));

  it("should serve a database seeded by an older seed as it is, with a note on how to get the new text", async () => {
    folder = await mkdtemp(path.join(tmpdir(), "fastblog-database-"));
    const file = path.join(folder, "blog.db");
    process.env.DATABASE_URL = `file:${file}`;
    process.env.MEDIA_DIR = path.join(folder, "media");
    delete process.env.SEED_SCALE;
    await migrate();
    // The mark a version 1 seed leaves when it finishes; its rows would be there too.
    const db = new Database(file);
    db.prepare(`INSERT INTO "SeedMark" (id, version, scale, finishedAt) VALUES (1, 1, 1, ?)`).run(sqlTime(Date.now()));
    db.close();

    const log = mock.method(console, "log", () => undefined);
    try {
      await prepareDatabase();
    } finally {
      log.mock.restore();
    }
    const printed = log.mock.calls.map((call) => String(call.arguments[0])).join("\n");
    assert.match(printed, /seeded by version 1 of the seed/);
    assert.match(printed, /Run `npm run db:reset` to get the new text/);

    const seeded = new Database(file, { readonly: true });
    try {
      assert.deepEqual(seeded.prepare(`SELECT version, scale FROM "SeedMark"`).get(), { version: 1, scale: 1 });
      assert.equal(seeded.prepare(`SELECT COUNT(*) FROM "Article"`).pluck().get(), 0, "not seeded again");
    } finally {
      seeded.close();
    }
  });
});
