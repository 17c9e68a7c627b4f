import { createServer, type IncomingMessage } from "node:http";
import { isIPv4, connect, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";

/** Options of {@link startWsProxy}. */
export interface WsProxyOptions {
  /** Port to listen on (127.0.0.1 only). Default 0: a free port chosen by the OS. */
  port?: number;
}

/** A running proxy. */
export interface WsProxy {
  /** The port it listens on. */
  port: number;
  /** Its WebSocket endpoint, e.g. `ws://127.0.0.1:40123/v2`. */
  url: string;
  /**
   * The value for Neon's `wsProxy` option (no protocol; the driver appends
   * `?address=host:port`), e.g. `127.0.0.1:40123/v2`. A plain string, so it
   * can also travel through `wrangler dev` vars.
   */
  wsProxy: string;
  /** Closes the listener and every open tunnel. */
  close(): Promise<void>;
}

// Above this many buffered bytes towards the client, stop reading from Postgres.
const HIGH_WATER = 1 << 20;

/**
 * Starts a tiny WebSocket→TCP proxy, the local stand-in for Neon's proxy, so
 * the Neon serverless driver can reach a plain Postgres (tests, `wrangler dev`).
 * Each WebSocket carries one Postgres connection, raw bytes both ways, to the
 * `address=host:port` the driver asks for. Only loopback targets are allowed:
 * this must never become an open relay.
 *
 * Configure the driver with `useSecureWebSocket: false` (plain `ws:`),
 * `pipelineConnect: false` (the local server does not use cleartext passwords)
 * and `wsProxy: proxy.wsProxy`.
 *
 * @example
 * const proxy = await startWsProxy();
 * const handle = await createDb({
 *   driver: "neon", url: "postgres://postgres@127.0.0.1:5432/postgres",
 *   webSocketConstructor: ws, wsProxy: proxy.wsProxy, useSecureWebSocket: false, pipelineConnect: false,
 * });
 * // … then: await handle.close(); await proxy.close();
 */
export async function startWsProxy(options: WsProxyOptions = {}): Promise<WsProxy> {
  const tunnels = new Set<{ ws: WebSocket; tcp: Socket }>();
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((_req, res) => {
    res.writeHead(426, { "content-type": "text/plain" }).end("WebSocket upgrade required\n");
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = loopbackTarget(req.url);
    if (target === undefined) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const tcp = connect(target.port, target.host);
      const tunnel = { ws, tcp };
      tunnels.add(tunnel);
      bridge(ws, tcp, () => tunnels.delete(tunnel));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("ws proxy: no TCP address");
  const port = address.port;

  return {
    port,
    url: `ws://127.0.0.1:${port}/v2`,
    wsProxy: `127.0.0.1:${port}/v2`,
    close: async () => {
      for (const { ws, tcp } of tunnels) {
        ws.terminate();
        tcp.destroy();
      }
      tunnels.clear();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** Parses `?address=host:port` and accepts it only if the host is loopback. */
export function loopbackTarget(requestUrl: string | undefined): { host: string; port: number } | undefined {
  const address = new URL(requestUrl ?? "/", "http://proxy").searchParams.get("address");
  if (address === null) return undefined;
  const colon = address.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const host = address.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  const port = Number(address.slice(colon + 1));
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  const loopback = host === "localhost" || host === "::1" || (isIPv4(host) && host.startsWith("127."));
  return loopback ? { host, port } : undefined;
}

function bridge(ws: WebSocket, tcp: Socket, onClosed: () => void): void {
  let closed = false;
  const closeBoth = () => {
    if (closed) return;
    closed = true;
    onClosed();
    tcp.destroy();
    // terminate, not close: the peer is gone, there is nothing to handshake about.
    ws.terminate();
  };

  // Writes before the TCP connect completes are buffered by net.Socket.
  ws.on("message", (data: RawData) => {
    if (!tcp.write(toBuffer(data))) ws.pause();
  });
  tcp.on("drain", () => ws.resume());

  let paused = false;
  tcp.on("data", (chunk: Buffer) => {
    // Each send's callback fires once that chunk is flushed: resume from there.
    ws.send(chunk, { binary: true }, () => {
      if (paused && ws.bufferedAmount < HIGH_WATER) {
        paused = false;
        tcp.resume();
      }
    });
    if (!paused && ws.bufferedAmount > HIGH_WATER) {
      paused = true;
      tcp.pause();
    }
  });

  ws.on("close", closeBoth);
  ws.on("error", closeBoth);
  tcp.on("close", closeBoth);
  tcp.on("error", closeBoth);
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
