import type { TextTable } from "../types/results";

/** A part of the reports after the main table: a heading, what it means, and its tables, the same in every format. */
export type ReportSection = { title: string; paragraphs: string[]; tables: TextTable[] };
