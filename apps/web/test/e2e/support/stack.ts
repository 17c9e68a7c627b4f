import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiDir, bin, webBuildDir, webDir } from "./paths.ts";
import { freePort, run, startProcess, type RunningProcess } from "./processes.ts";

/** An account to create before the API starts, with the CLI as an operator would. */
export interface StackUser {
  email: string;
  name: string;
  password: string;
  role: "province-admin" | "district-admin" | "desk-officer" | "subdistrict-officer" | "field-verifier" | "agency-officer";
  /** Regency slug (every role but province-admin). Seeded templates exist: e.g. "sragen". */
  tenant?: string;
  /** Sub-district code (subdistrict-officer) or area codes (field-verifier), as the CLI's --area. */
  area?: string;
  /** Agency id (agency-officer), as the CLI's --agency. */
  agency?: string;
}

/** The province admin every stack has. The password passes the policy (12+, not common). */
export const PROVINCE_ADMIN: StackUser = {
  email: "admin.provinsi@e2e.test",
  name: "Admin Provinsi Uji",
  password: "genteng-tanah-liat-sragen-2026",
  role: "province-admin",
};

export interface Stack {
  /** The web app, as the browser opens it. */
  webUrl: string;
  /** The API (for setting data up through HTTP, never for what the test asserts). */
  apiUrl: string;
  admin: StackUser;
  users: StackUser[];
  api: RunningProcess;
  web: RunningProcess;
  stop(): Promise<void>;
}

/**
 * The system as `npm start` runs it, on free ports and a throwaway embedded database: the real
 * API (`tsx src/node.ts`, which migrates and seeds the template regencies) and the real web app
 * (the adapter-node build from global-setup.ts, `node build`). Accounts are created first with
 * the `satu-atap` CLI (the embedded database opens in one process at a time).
 *
 * @example
 * const stack = await startStack({ users: [{ email: "meja@e2e.test", name: "Petugas Meja", password: "…", role: "desk-officer", tenant: "sragen" }] });
 * afterAll(() => stack.stop());
 */
export async function startStack(options: { users?: StackUser[] } = {}): Promise<Stack> {
  const users = options.users ?? [];
  const dataDir = await mkdtemp(join(tmpdir(), "satu-atap-e2e-"));
  const apiEnv = { DATA_DIR: dataDir, DATABASE_URL: undefined, NODE_ENV: "test" };
  const cli = (args: string[], input?: string) =>
    run(bin("tsx"), ["src/cli/main.ts", ...args], { cwd: apiDir, env: apiEnv, ...(input === undefined ? {} : { input }) });

  let api: RunningProcess | undefined;
  let web: RunningProcess | undefined;
  const stop = async () => {
    await web?.stop();
    await api?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // Regency members need their regency: seed the templates before creating them.
    if (users.some((user) => user.tenant !== undefined)) await cli(["db", "seed"]);
    for (const user of [PROVINCE_ADMIN, ...users]) {
      const scope = [
        ...(user.tenant ? ["--tenant", user.tenant] : []),
        ...(user.area ? ["--area", user.area] : []),
        ...(user.agency ? ["--agency", user.agency] : []),
      ];
      await cli(["user", "create", "--email", user.email, "--name", user.name, "--role", user.role, ...scope], `${user.password}\n`);
    }

    const apiPort = await freePort();
    api = await startProcess(bin("tsx"), ["src/node.ts"], { cwd: apiDir, env: { ...apiEnv, API_PORT: String(apiPort) } }, /listening on http:\/\/localhost:\d+/);
    const apiUrl = `http://localhost:${apiPort}`;

    const webPort = await freePort();
    const webUrl = `http://127.0.0.1:${webPort}`;
    web = await startProcess(
      process.execPath,
      [webBuildDir],
      // adapter-node: ORIGIN tells SvelteKit its public URL (CSRF checks compare against it).
      { cwd: webDir, env: { HOST: "127.0.0.1", PORT: String(webPort), ORIGIN: webUrl, API_URL: apiUrl } },
      /Listening on/,
    );
    return { webUrl, apiUrl, admin: PROVINCE_ADMIN, users, api, web, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
