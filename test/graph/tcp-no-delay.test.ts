/**
 * Sockets opened after the database module is loaded send without Nagle's delay
 * (src/graph/tcp-no-delay.ts): the driver's own sockets are private, so the flag is read from
 * a socket opened the way the driver opens its own, through net.connect.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWithoutDelay } from "../../src/graph/tcp-no-delay.js";

/** Node keeps setNoDelay's state under a symbol named kSetNoDelay. */
function noDelayOf(socket: net.Socket): unknown {
  const key = Object.getOwnPropertySymbols(socket).find((s) => s.description === "kSetNoDelay");
  return key ? (socket as unknown as Record<symbol, unknown>)[key] : undefined;
}

describe("sockets without Nagle's delay", () => {
  const server = net.createServer((socket) => socket.end());
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const connected = (open: () => net.Socket) =>
    new Promise<net.Socket>((done) => {
      const socket = open();
      socket.once("connect", () => done(socket));
    });

  it("opens Bolt's kind of socket with TCP_NODELAY once installed, and installs once", async () => {
    sendWithoutDelay();
    sendWithoutDelay();
    const socket = await connected(() => net.connect(port, "127.0.0.1"));
    expect(noDelayOf(socket)).toBe(true);
    socket.destroy();
  });
});
