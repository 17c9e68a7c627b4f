import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loopbackTarget, startWsProxy, type WsProxy } from "./ws-proxy.ts";

describe("loopbackTarget", () => {
  it("accepts loopback host:port, as the Neon driver sends it", () => {
    expect(loopbackTarget("/v2?address=127.0.0.1:5432")).toEqual({ host: "127.0.0.1", port: 5432 });
    expect(loopbackTarget("/v2?address=localhost:6543")).toEqual({ host: "localhost", port: 6543 });
    expect(loopbackTarget("/?address=%5B::1%5D:5432")).toEqual({ host: "::1", port: 5432 });
    expect(loopbackTarget("/v2?address=::1:5432")).toEqual({ host: "::1", port: 5432 });
  });

  it("refuses anything else: never an open relay", () => {
    for (const url of [
      "/v2",
      "/v2?address=10.0.0.1:5432",
      "/v2?address=db.example.com:5432",
      "/v2?address=127.0.0.1.example.com:5432",
      "/v2?address=127.0.0.1",
      "/v2?address=127.0.0.1:0",
      "/v2?address=127.0.0.1:99999",
      undefined,
    ]) {
      expect(loopbackTarget(url), String(url)).toBeUndefined();
    }
  });
});

describe("startWsProxy", () => {
  let proxy: WsProxy | undefined;
  let echo: Server | undefined;
  afterEach(async () => {
    await proxy?.close();
    await new Promise<void>((resolve) => (echo ? echo.close(() => resolve()) : resolve()));
    proxy = undefined;
    echo = undefined;
  });

  const startEcho = async (): Promise<number> => {
    const server = createServer((socket) => socket.pipe(socket));
    echo = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no echo port");
    return address.port;
  };

  it("tunnels bytes both ways to the requested loopback port", async () => {
    const echoPort = await startEcho();
    proxy = await startWsProxy();
    expect(proxy.url).toBe(`ws://127.0.0.1:${proxy.port}/v2`);

    const client = new WebSocket(`ws://${proxy.wsProxy}?address=127.0.0.1:${echoPort}`);
    const reply = new Promise<Buffer>((resolve, reject) => {
      client.once("message", (data, isBinary) => {
        expect(isBinary).toBe(true);
        resolve(Buffer.isBuffer(data) ? data : Buffer.from(String(data)));
      });
      client.once("error", reject);
    });
    await new Promise((resolve) => client.once("open", resolve));
    client.send(Buffer.from("ping"));
    expect((await reply).toString()).toBe("ping");
    client.close();
  });

  it("refuses a non-loopback target with 403 before upgrading", async () => {
    proxy = await startWsProxy();
    const client = new WebSocket(`${proxy.url}?address=192.0.2.1:5432`);
    const status = await new Promise<number | undefined>((resolve) => {
      client.once("unexpected-response", (_req, res) => resolve(res.statusCode));
      client.once("open", () => resolve(undefined));
      client.once("error", () => undefined); // the 403 also surfaces as an error
    });
    expect(status).toBe(403);
  });

  it("closes open tunnels on close()", async () => {
    const echoPort = await startEcho();
    proxy = await startWsProxy();
    const client = new WebSocket(`${proxy.url}?address=127.0.0.1:${echoPort}`);
    await new Promise((resolve) => client.once("open", resolve));
    const closed = new Promise((resolve) => client.once("close", resolve));
    await proxy.close();
    proxy = undefined;
    await closed;
  });
});
