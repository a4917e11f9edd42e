import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** A production server of fastblog's own for a benchmark, on a freshly seeded database. */
export type BenchServer = { url: string; stop: () => Promise<void> };

const FOLDER = path.resolve(".bench");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port."))));
    });
  });
}

function waitForListening(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (/serving on/.test(output())) {
        clearInterval(check);
        resolve();
      }
    }, 50);
    child.once("exit", (code) => {
      clearInterval(check);
      reject(new Error(`The server stopped before it listened (exit code ${code}):\n${output()}`));
    });
  });
}

/**
 * Builds if the sources changed, seeds a fresh database under .bench/ and starts the server
 * in a process of its own, as a user would run it. `log` reports each step.
 */
export async function startBenchServer(log: (message: string) => void): Promise<BenchServer> {
  rmSync(FOLDER, { recursive: true, force: true });
  const env = { DATABASE_URL: `file:${path.join(FOLDER, "blog.db")}`, MEDIA_DIR: path.join(FOLDER, "media"), BLOG_MODE: "" };
  Object.assign(process.env, env);
  const { buildIfStale } = await import("../build-if-stale");
  const { migrate } = await import("../migrate");
  const { seed } = await import("../../prisma/seed");
  log("Checking the production build…");
  await buildIfStale();
  log("Migrating and seeding a fresh database under .bench/…");
  await migrate();
  await seed();
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForListening(child, () => output);
  log(`Server started on port ${port}.`);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
