import type { FilmstripFrame, FilmstripRecord, RunRecord } from "../types/artifacts";
import type { Filmstrip, FilmstripRow, FilmstripSlot, ProgressPoint } from "../types/results";

/** How often the filmstrip shows a frame, as WebPageTest's filmstrip does at its finest. */
export const FILMSTRIP_STEP_MS = 100;

/**
 * The frame on screen at each step from navigation start to `endMs`: the last one shown at or
 * before that moment (the first, blank, before any). `frames` come in time order.
 */
export function frameGrid(frames: FilmstripFrame[], endMs: number, stepMs: number): FilmstripSlot[] {
  const slots: FilmstripSlot[] = [];
  let frame = 0;
  for (let ms = 0; ms <= endMs; ms += stepMs) {
    while (frame + 1 < frames.length && frames[frame + 1]!.ms <= ms) frame += 1;
    slots.push({ ms, frame, visuallyComplete: frames[frame]?.visuallyComplete ?? 0 });
  }
  return slots;
}

/** Visually complete over time, each change once: a step curve from 0 at navigation start. */
export function progressCurve(frames: FilmstripFrame[]): ProgressPoint[] {
  const points: ProgressPoint[] = [{ ms: 0, visuallyComplete: 0 }];
  for (const { ms, visuallyComplete } of frames) {
    if (visuallyComplete !== points.at(-1)!.visuallyComplete) points.push({ ms: Math.max(0, ms), visuallyComplete });
  }
  return points;
}

/** The grid's end: the later of the two loads' last frame and load event, rounded up to a step. */
export function gridEnd(filmstrips: FilmstripRecord[], stepMs: number): number {
  const last = Math.max(...filmstrips.map((f) => Math.max(f.loadMs, f.frames.at(-1)?.ms ?? 0)));
  return Math.ceil(last / stepMs) * stepMs;
}

/** At each step, whether the two rows were not equally visually complete. */
export function differences(a: FilmstripSlot[], b: FilmstripSlot[]): boolean[] {
  return a.map((slot, i) => slot.visuallyComplete !== b[i]?.visuallyComplete);
}

function row(run: RunRecord & { filmstrip: FilmstripRecord }, endMs: number, stepMs: number): FilmstripRow {
  const { frames, fcpMs, lcpMs, loadMs } = run.filmstrip;
  return {
    mode: run.mode,
    run: run.run,
    slots: frameGrid(frames, endMs, stepMs),
    thumbnails: frames.map(() => null),
    marks: { fcpMs, lcpMs, loadMs },
    progress: progressCurve(frames),
    firstChangeMs: frames.find((f) => f.visuallyComplete > 0)?.ms ?? null,
    completeMs: frames.find((f) => f.visuallyComplete >= 100)?.ms ?? null,
  };
}

/**
 * The filmstrip of a route's two median runs, naive above optimized on one grid, without its
 * thumbnails yet (compute/filmstrip-thumbnails.ts makes them). Null when either run traced no
 * load with screenshots.
 */
export function filmstripOf(route: string, runs: RunRecord[], stepMs = FILMSTRIP_STEP_MS): Filmstrip | null {
  const traced = runs.filter((r): r is RunRecord & { filmstrip: FilmstripRecord } => r.filmstrip !== null && r.filmstrip.frames.length > 0);
  if (traced.length !== runs.length || traced.length !== 2) return null;
  const endMs = gridEnd(
    traced.map((r) => r.filmstrip),
    stepMs,
  );
  const rows = traced.map((run) => row(run, endMs, stepMs));
  return { route, stepMs, endMs, rows, differs: differences(rows[0]!.slots, rows[1]!.slots) };
}
