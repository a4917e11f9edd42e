/**
 * Web Vitals from the entries the page's own PerformanceObservers reported: layout shifts for
 * CLS, long tasks for TBT. Both follow the definitions Lighthouse and web.dev use.
 */

/** A `layout-shift` entry, as the page reported it. */
export type ShiftEntry = { startTime: number; value: number; hadRecentInput: boolean };

/** A `longtask` entry: a main-thread task of 50 ms or more. */
export type TaskEntry = { startTime: number; duration: number };

const SESSION_GAP_MS = 1000;
const SESSION_CAP_MS = 5000;
const BLOCKING_THRESHOLD_MS = 50;

/**
 * Cumulative Layout Shift: shifts not caused by input, grouped into session windows (a new one
 * after a second without shifts, or after five seconds), and the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: ShiftEntry[]): number {
  let largest = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  let sum = 0;
  for (const shift of [...shifts].filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - previous > SESSION_GAP_MS || shift.startTime - windowStart > SESSION_CAP_MS) {
      windowStart = shift.startTime;
      sum = 0;
    }
    sum += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}

/**
 * Total Blocking Time: for each long task between first contentful paint and `endMs`, clipped
 * to that span, the part beyond 50 ms. Lighthouse ends the span at Time to Interactive; the
 * benchmark ends it when the network went quiet after the load event.
 */
export function totalBlockingTime(tasks: TaskEntry[], fcpMs: number, endMs: number): number {
  let total = 0;
  for (const task of tasks) {
    const clipped = Math.min(task.startTime + task.duration, endMs) - Math.max(task.startTime, fcpMs);
    if (clipped > BLOCKING_THRESHOLD_MS) total += clipped - BLOCKING_THRESHOLD_MS;
  }
  return total;
}
