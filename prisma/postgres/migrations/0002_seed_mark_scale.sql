-- The scale a database was seeded at (see prisma/migrations/20261125120000_seed_mark_scale).
ALTER TABLE "SeedMark" ADD COLUMN IF NOT EXISTS "scale" INTEGER NOT NULL DEFAULT 1;
