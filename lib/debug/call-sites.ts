import { findSourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where a query came from in the project's own code, as the debug toolbar's SQL panel shows each
 * query's stack and Bullet names the line (its `stack_trace_filter`: the first frame in the app's
 * own files). The stack is captured where the Prisma call is made (./prisma-calls.ts): by the
 * time the driver runs the statement, the caller's frames are gone behind the query engine.
 *
 * Capturing costs a few microseconds: V8's frames as they are, without formatting them into text.
 * Each position is turned into a source line once per process, through the source maps Node keeps
 * for the production build (.next/server/**.js.map) and for the TypeScript tsx runs.
 */

/** A frame as V8 reports it: a position in the code that runs (build output, or TypeScript run by tsx). */
export type Frame = { file: string; line: number; column: number };

/** Frames of the project's own source, innermost first, as `path:line` relative to the project. */
import type { CallStack } from "../contract/debug-detail";
export type { CallStack };

/** How many project frames a query keeps. */
export const MAX_STACK = 8;

/**
 * Frames captured: the call, the data function and the technique above it, and the page that
 * asked, with room for the framework's frames between them. Each frame costs its capture.
 */
const CAPTURED_FRAMES = 16;

/**
 * The project's own source, where a call site may be (app/, lib/, prisma/, scripts/), but for the
 * generated Prisma client. The wrapper that captures the frames is not among them: V8 leaves it out.
 */
const PROJECT_SOURCE = /^(app|lib|prisma|scripts)\//;
const NOT_CALL_SITES = /^lib\/generated\//;

/** The frames above the caller of `below`, without formatting them. */
export function captureFrames(below: (...args: never[]) => unknown): Frame[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  const holder: { stack?: unknown } = {};
  try {
    Error.prepareStackTrace = (_error, sites) => sites;
    Error.stackTraceLimit = CAPTURED_FRAMES;
    Error.captureStackTrace(holder, below);
    const sites = holder.stack as NodeJS.CallSite[];
    const frames: Frame[] = [];
    for (const site of sites) {
      const file = site.getFileName();
      if (file) frames.push({ file, line: site.getLineNumber() ?? 0, column: site.getColumnNumber() ?? 0 });
    }
    return frames;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

const ROOT = process.cwd();
/** Each position's source line, or null when it is not in the project's own source: by file, then by line and column. */
const lines = new Map<string, Map<number, string | null>>();

/** `lib/data/articles.ts:25` for a frame in the project's own source, mapped through its source map; null for any other. */
export function sourceLine(frame: Frame): string | null {
  let positions = lines.get(frame.file);
  if (!positions) lines.set(frame.file, (positions = new Map()));
  // Columns stay under a million even in a minified chunk's one long line.
  const position = frame.line * 1_000_000 + frame.column;
  let found = positions.get(position);
  if (found === undefined) {
    found = resolve(frame);
    positions.set(position, found);
  }
  return found;
}

function resolve({ file, line, column }: Frame): string | null {
  let source = file;
  let sourceLineNumber = line;
  // findSourceMap knows the maps of modules loaded while source maps are on (tsx turns them on for every fastblog process).
  const entry = findSourceMap(file)?.findEntry(line - 1, column - 1);
  if (entry && "originalSource" in entry && entry.originalSource) {
    source = entry.originalSource;
    sourceLineNumber = entry.originalLine + 1;
  }
  const absolute = source.startsWith("file:") ? fileURLToPath(source) : source;
  if (!path.isAbsolute(absolute)) return null;
  const relative = path.relative(ROOT, absolute).split(path.sep).join("/");
  if (!PROJECT_SOURCE.test(relative) || NOT_CALL_SITES.test(relative) || relative.includes("node_modules/")) return null;
  return `${relative}:${sourceLineNumber}`;
}

/** The project frames of a captured stack, innermost first, at most MAX_STACK, without repeats of one line in a row. */
export function projectStack(frames: Frame[]): CallStack {
  const stack: CallStack = [];
  for (const frame of frames) {
    const line = sourceLine(frame);
    if (line && stack.at(-1) !== line) stack.push(line);
    if (stack.length === MAX_STACK) break;
  }
  return stack;
}
