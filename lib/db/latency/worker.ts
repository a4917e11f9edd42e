/**
 * The latency proxy's thread (started by lib/db/latency/thread.ts): starts the proxy with what
 * the thread was given and reports the port it listens on.
 */
import { parentPort, workerData } from "node:worker_threads";
import { startLatencyProxy, type ProxyTarget } from "./proxy";

const { target, latencyMs } = workerData as { target: ProxyTarget; latencyMs: number };
const proxy = await startLatencyProxy(target, latencyMs);
parentPort!.postMessage(proxy.port);
