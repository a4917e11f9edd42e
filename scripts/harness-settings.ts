/**
 * fastblog's settings as its harness reads them. lib/settings.ts stays the one reader of the
 * environment (CHROMIUM_PATH reaches the benchmark through scripts/chromium.ts), and the
 * benchmark, which imports nothing of lib/ but the contract and its utilities, takes from here
 * the bounds its options share with the server's variables: the largest seed scale (SEED_SCALE,
 * --scale) and how an added round trip is written (DB_LATENCY_MS, --db-latency).
 */
export { MAX_SEED_SCALE, parseLatencyMs } from "../lib/settings";
