import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

const slot = globalThis as unknown as { fastblogDb?: PrismaClient };

/** The one Prisma client of the server, with every query recorded against its request. */
export const db: PrismaClient = (slot.fastblogDb ??= createPrismaClient({ instrumented: true }));
