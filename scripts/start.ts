// `npm start`: the API and the web app side by side, for development and trying things out.
//
//   API      tsx apps/api/src/node.ts       on API_PORT (8787)
//   web app  vite dev --strictPort          on WEB_PORT (3000), calling the API at API_URL
//                                            (default http://localhost:$API_PORT)
//
// Each child's lines are prefixed with its name. Ctrl-C (SIGINT) or SIGTERM stops both; if
// either stops on its own, the other is stopped too and the exit code says so.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function port(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1-65535), not "${raw}"`);
    process.exit(1);
  }
  return value;
}

const apiPort = port("API_PORT", 8787);
const webPort = port("WEB_PORT", 3000);
const apiUrl = process.env.API_URL?.trim() || `http://localhost:${apiPort}`;
const webUrl = `http://localhost:${webPort}`;

interface Child {
  name: string;
  process: ChildProcess;
}

function start(name: string, command: string, args: string[], cwd: string, env: Record<string, string>): Child {
  // Own process group, so stopping reaches tsx's and vite's own children too.
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const label = name.padEnd(3);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => console.log(`${label} │ ${line}`));
  }
  return { name, process: child };
}

const children = [
  start("api", bin("tsx"), ["src/node.ts"], `${root}apps/api`, { API_PORT: String(apiPort) }),
  start("web", bin("vite"), ["dev", "--port", String(webPort), "--strictPort"], `${root}apps/web`, {
    API_URL: apiUrl,
    WEB_PORT: String(webPort),
  }),
];

let stopping = false;
function stopAll(exitCode: number) {
  if (stopping) return;
  stopping = true;
  for (const { process: child } of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
  const waiting = children.filter(({ process: child }) => child.exitCode === null && child.signalCode === null);
  let left = waiting.length;
  if (left === 0) process.exit(exitCode);
  for (const { process: child } of waiting) child.once("exit", () => --left === 0 && process.exit(exitCode));
  // PGlite flushes on SIGTERM; give it time, then stop waiting.
  setTimeout(() => process.exit(exitCode), 15_000).unref();
}

for (const { name, process: child } of children) {
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code === 0 ? 1 : (code ?? 1));
  });
}
process.once("SIGINT", () => stopAll(0));
process.once("SIGTERM", () => stopAll(0));

/** Resolves when `url` answers at all (any status): the server is listening. */
async function waitFor(url: string): Promise<void> {
  for (;;) {
    if (stopping) return new Promise(() => {});
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

await Promise.all([waitFor(`${apiUrl}/health`), waitFor(webUrl)]);
console.log("");
console.log("Satu Atap is running:");
console.log(`  web app  ${webUrl}   ← open this and sign in (a new database prints a demo admin above)`);
console.log(`  API      ${apiUrl}   (reference: ${apiUrl}/docs)`);
console.log("Press Ctrl-C to stop both.");
