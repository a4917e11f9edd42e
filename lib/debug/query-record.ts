import type { PrismaCall } from "./prisma-calls";

/** One database query as the driver ran it (recorded by ./tracking.ts against its request). */
export type QueryRecord = {
  sql: string;
  /** The parameters as JSON, cut short for display. */
  params: string;
  /**
   * The parameters as the driver took them, so that the debug panel can explain the statement
   * with them; absent when they were too long to keep in the debug history.
   */
  args?: unknown[];
  durationMs: number;
  /** Round trips to the database server it cost: 1 on PostgreSQL, 0 on SQLite, which runs in the server's process. */
  roundTrips: number;
  /** The Prisma call that ran it, when calls are tracked (the debug panel is on). */
  call?: PrismaCall;
};
