import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const apiDir = fileURLToPath(new URL("../../", import.meta.url));
const tsx = fileURLToPath(new URL("../../../../node_modules/.bin/tsx", import.meta.url));

type Env = Record<string, string | undefined>;

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** Runs a command to completion, capturing its output. */
export function runCommand(command: string, args: string[], options: { cwd: string; env?: Env; input?: string }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Starts a long-running command and resolves once its output matches `ready`. */
export function startCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Env },
  ready: RegExp,
  timeoutMs = 120_000,
): Promise<RunningProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: "pipe" });
    let output = "";
    const handle: RunningProcess = {
      child,
      output: () => output,
      stop: () =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
          child.once("close", (code) => done(code));
          child.kill("SIGTERM");
        }),
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`not ready after ${timeoutMs} ms:\n${output}`));
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
      if (!ready.test(output)) reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
}

/** Runs an API script (e.g. `src/cli/main.ts`) with tsx, as `npm run` would. */
export function runScript(script: string, args: string[], env: Env = {}, input?: string): Promise<CommandResult> {
  return runCommand(tsx, [script, ...args], { cwd: apiDir, env, ...(input === undefined ? {} : { input }) });
}

/** Starts a long-running API script (e.g. `src/node.ts`) with tsx. */
export function startScript(script: string, env: Env, ready: RegExp, timeoutMs?: number): Promise<RunningProcess> {
  return startCommand(tsx, [script], { cwd: apiDir, env }, ready, timeoutMs);
}
