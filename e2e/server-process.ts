import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../scripts/run";

export { freePort };

const E2E = path.resolve(".e2e");

/** A copy of the e2e blog (database and originals) in a temporary folder, for a test that may break it. */
export function copyBlog(): { dir: string; env: Record<string, string>; dbFile: string; media: string } {
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


export type RunningProcess = {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the output matches, rejects when the process exits first or time runs out. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal to the process and its children. */
  kill: (signal: NodeJS.Signals) => void;
};

/** Runs a script of the project with tsx, in its own process group: the node process is the child itself. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): RunningProcess {
  return runCommand(process.execPath, ["--import", "tsx", script, ...args], env);
}

/** Runs a command in its own process group, with the project's test environment, and follows its output. */
export function runCommand(command: string, args: string[], env: Record<string, string>): RunningProcess {
  const script = [command, ...args].join(" ");
  const child = spawn(command, args, {
    env: { ...process.env, BLOG_MODE: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => (done = true));
  const waitFor = async (pattern: RegExp, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(text)) {
      if (done) throw new Error(`${script} exited before printing ${pattern}:\n${text}`);
      if (Date.now() > deadline) throw new Error(`${script} did not print ${pattern} in time:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  return { child, output: () => text, waitFor, exited, kill };
}

/** Starts `npm run serve`'s script on a free port and waits until it listens. */
export async function startServe(env: Record<string, string>): Promise<RunningProcess & { url: string }> {
  const port = await freePort();
  const running = runScript("scripts/serve.ts", { ...env, PORT: String(port) });
  await running.waitFor(/serving on/);
  return { ...running, url: `http://127.0.0.1:${port}` };
}
