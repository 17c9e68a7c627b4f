import { Worker } from "node:worker_threads";
import type { NikHmacKind } from "./crypto.ts";
import type { NikKeys } from "./keys.ts";

/**
 * The bulk half of the node:crypto implementation, on a worker thread: an import hands it
 * tens of thousands of values at a time, and while the thread hashes and encrypts them, the
 * main thread is free to parse the next lines and store the previous batch (embedded
 * Postgres runs on the main thread). The code is plain JavaScript evaluated in the worker,
 * so it needs no TypeScript loader, and it computes exactly what node-crypto.ts does.
 */
const workerSource = (ivBytes: number) => `
const { parentPort, workerData } = require("node:worker_threads");
const { createCipheriv, createHmac, randomFillSync } = require("node:crypto");
const hmacKey = Buffer.from(workerData.hmacKey);
const aesKey = Buffer.from(workerData.encryptionKey);
parentPort.on("message", ({ id, op, kind, values }) => {
  try {
    const parts = new Array(values.length);
    if (op === "hmac") {
      for (let i = 0; i < values.length; i++) parts[i] = createHmac("sha256", hmacKey).update(kind + ":" + values[i]).digest();
    } else {
      const ivs = randomFillSync(Buffer.alloc(${ivBytes} * values.length));
      for (let i = 0; i < values.length; i++) {
        const iv = ivs.subarray(i * ${ivBytes}, (i + 1) * ${ivBytes});
        const cipher = createCipheriv("aes-256-gcm", aesKey, iv);
        parts[i] = Buffer.concat([iv, cipher.update(values[i], "utf8"), cipher.final(), cipher.getAuthTag()]);
      }
    }
    // One buffer and its offsets, transferred rather than copied value by value.
    const ends = new Int32Array(values.length);
    let total = 0;
    for (let i = 0; i < parts.length; i++) { total += parts[i].length; ends[i] = total; }
    const bytes = new Uint8Array(total);
    for (let i = 0, at = 0; i < parts.length; i++) { bytes.set(parts[i], at); at += parts[i].length; }
    parentPort.postMessage({ id, bytes, ends }, [bytes.buffer, ends.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

export interface NikCryptoThread {
  run(op: "hmac", values: readonly string[], kind: NikHmacKind): Promise<Uint8Array[]>;
  run(op: "encrypt", values: readonly string[]): Promise<Uint8Array[]>;
}

/**
 * Starts the worker lazily, on the first bulk call, and lets the process exit while it
 * idles (`unref` unless a call is pending).
 */
export function nikCryptoThread(keys: NikKeys, ivBytes: number): NikCryptoThread {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (parts: Uint8Array[]) => void; reject: (error: Error) => void }>();
  const start = () => {
    const started = new Worker(workerSource(ivBytes), {
      eval: true,
      workerData: { hmacKey: Uint8Array.from(keys.hmacKey), encryptionKey: Uint8Array.from(keys.encryptionKey) },
    });
    started.on("message", (message: { id: number; bytes?: Uint8Array; ends?: Int32Array; error?: string }) => {
      const call = pending.get(message.id);
      if (call === undefined) return;
      pending.delete(message.id);
      if (pending.size === 0) started.unref();
      if (message.error !== undefined || message.bytes === undefined || message.ends === undefined) {
        call.reject(new Error(`NIK crypto thread: ${message.error ?? "no result"}`));
        return;
      }
      const { bytes, ends } = message;
      const parts: Uint8Array[] = new Array(ends.length);
      let at = 0;
      for (let i = 0; i < ends.length; i++) {
        const end = ends[i] ?? at;
        parts[i] = bytes.subarray(at, end);
        at = end;
      }
      call.resolve(parts);
    });
    const fail = (error: Error) => {
      for (const call of pending.values()) call.reject(error);
      pending.clear();
      worker = undefined;
    };
    started.on("error", fail);
    started.on("exit", (code) => fail(new Error(`NIK crypto thread exited (${code})`)));
    return started;
  };
  return {
    run(op: "hmac" | "encrypt", values: readonly string[], kind?: NikHmacKind): Promise<Uint8Array[]> {
      worker ??= start();
      const id = nextId++;
      const running = worker;
      running.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        running.postMessage({ id, op, kind, values });
      });
    },
  };
}
