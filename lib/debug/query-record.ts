import type { Frame } from "./call-sites";
import type { DataModel } from "./data-model";

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

/** A Prisma call behind one or more statements, as ./prisma-calls.ts tracks it. */
export type PrismaCall = {
  /** Numbered in the order the calls were made, across the process. */
  id: number;
  /** The model, e.g. "Author"; null for raw SQL. */
  model: string | null;
  /** `findMany`, `findUniqueOrThrow`, `$queryRaw`… */
  operation: string;
  args: unknown;
  /** Where the call was made, as V8 reports it (./call-sites.ts turns them into source lines). */
  frames: Frame[];
  /** The relation fields the call loads with its rows (`include`, or a nested `select`). */
  relations: string[];
  /** The client's models, to name the relations a finding is about. */
  dataModel: DataModel;
  usage: ResultUsage;
};

/** What the code read of a call's result, as the request ran. */
export type ResultUsage = {
  /** Rows returned: an array's length, 1 for a single row, 0 for none. */
  rows: number;
  /** The ids of the rows returned, when they have one. */
  ids: unknown[];
  lengthRead: boolean;
  /** Whether any row was read: by index, by iteration, or by an array method. */
  rowsRead: boolean;
  /** The relation fields read on any row. */
  relationsRead: Set<string>;
};
