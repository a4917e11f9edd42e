/** A report's table: a title, a head and rows of text. */
export type TextTable = { title: string; head: string[]; rows: string[][] };

/** A part of the reports after the main table: a heading, what it means, and its tables, the same in every format. */
export type ReportSection = { title: string; paragraphs: string[]; tables: TextTable[] };
