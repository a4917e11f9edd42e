import { connect, createServer } from "node:net";
import type { RunningProcess } from "../run";

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Resolves once something accepts connections on the loopback port; rejects when `running` exits first or time runs out. */
export async function waitForPort(port: number, running: RunningProcess, timeoutMs: number): Promise<void> {
  let exited = false;
  void running.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  const name = running.child.spawnfile;
  while (!(await accepts(port))) {
    if (exited) throw new Error(`${name} exited before it listened on port ${port}:\n${running.output()}`);
    if (Date.now() > deadline) throw new Error(`${name} did not listen on port ${port} in ${timeoutMs / 1000} s:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Throws a message that says what to do when the port the cluster is to listen on is taken. */
export function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(new Error(`Port ${port} is already in use: stop the program that holds it, or choose another with PORT=…`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
