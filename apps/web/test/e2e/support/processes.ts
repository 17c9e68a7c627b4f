import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

type Env = Record<string, string | undefined>;

export interface RunningProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then wait for it to exit. */
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: Env; input?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`))));
    child.stdin.end(options.input ?? "");
  });
}

/** Starts a long-running command; resolves once its output matches `ready`. */
export function startProcess(command: string, args: string[], options: { cwd: string; env?: Env }, ready: RegExp, timeoutMs = 120_000): Promise<RunningProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const handle: RunningProcess = {
      child,
      output: () => output,
      stop: () =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once("close", () => done());
          child.kill("SIGTERM");
        }),
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(handle);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (!ready.test(output)) reject(new Error(`${command} exited with ${code} before it was ready:\n${output}`));
    });
  });
}
