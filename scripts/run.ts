import { spawn } from "node:child_process";

/** Runs a command with inherited output; rejects with a message that names it when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

export function step(message: string): void {
  console.log(`\n▸ ${message}`);
}
