import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/settings";

// The schema names env("DATABASE_URL"); give it the same default the app uses.
process.env.DATABASE_URL = databaseUrl();

// Prisma's CLI runs the wasm schema engine against the same driver the app uses,
// so no engine binary has to be downloaded.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
