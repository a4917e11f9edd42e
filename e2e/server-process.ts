import Database from "better-sqlite3";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, SERVER_NODE_FLAGS, startProcess, startScript, type RunningProcess } from "../scripts/run";

const E2E = path.resolve(".e2e");

/** A copy of the e2e blog: its folder, its database file and media folder, and the environment that points a server at them. */
export type BlogCopy = { dir: string; env: Record<string, string>; dbFile: string; media: string };

/** A copy of the e2e blog (database and originals) in a temporary folder, for a test that may break it. */
export function copyBlog(): BlogCopy {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-fault-"));
  const dbFile = path.join(dir, "blog.db");
  const source = new Database(path.join(E2E, "blog.db"), { readonly: true });
  source.exec(`VACUUM INTO '${dbFile.replaceAll("'", "''")}'`);
  source.close();
  const copy = new Database(dbFile);
  copy.pragma("journal_mode = WAL");
  copy.close();
  const media = path.join(dir, "media");
  cpSync(path.join(E2E, "media", "originals"), path.join(media, "originals"), { recursive: true });
  return { dir, dbFile, media, env: { DATABASE_URL: `file:${dbFile}`, MEDIA_DIR: media } };
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The processes started here that have not exited. Each runs in a process group of its own, so
 * nothing stops it when the test that started it fails half-way: `stopStartedProcesses` does.
 */
const started = new Set<RunningProcess>();

function tracked(running: RunningProcess): RunningProcess {
  started.add(running);
  void running.exited.then(() => started.delete(running));
  return running;
}

/** Kills every process started here that is still running, with all it started, and waits for them to exit. */
export async function stopStartedProcesses(): Promise<void> {
  const left = [...started];
  for (const running of left) running.kill("SIGKILL");
  await Promise.all(left.map((running) => running.exited));
}

/** Runs a script of the project with tsx, with the project's test environment; the server's scripts with the server's V8 flags. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): RunningProcess {
  const server = script === "scripts/serve.ts" || script === "scripts/start.ts";
  return tracked(startScript(script, args, testEnv(env), { nodeFlags: server ? SERVER_NODE_FLAGS : [] }));
}

/** Runs a command in its own process group, with the project's test environment, and follows its output. */
export function runCommand(command: string, args: string[], env: Record<string, string>): RunningProcess {
  return tracked(startProcess(command, args, testEnv(env)));
}

/** The tests expect the default mode, whatever the shell that runs them has set. */
function testEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, BLOG_MODE: "", ...env };
}

/** Starts `npm run serve`'s script on a free port and waits until it listens. */
export async function startServe(env: Record<string, string>): Promise<RunningProcess & { url: string }> {
  const port = await freePort();
  const running = runScript("scripts/serve.ts", { ...env, PORT: String(port) });
  await running.waitFor(/serving on/);
  return { ...running, url: `http://127.0.0.1:${port}` };
}
