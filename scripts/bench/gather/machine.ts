import { arch, cpus, platform, release, totalmem } from "node:os";
import type { MachineInfo } from "../types/artifacts";

/** The machine and browser a benchmark ran on, for the reports' header. */
export function machineInfo(browserVersion: string): MachineInfo {
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    browser: browserVersion,
  };
}
