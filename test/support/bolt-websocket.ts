/**
 * What a web page's script can do to a Bolt port on the visitor's machine: open a WebSocket
 * (the browser sends the page's Origin, and Neo4j's Bolt connector upgrades any HTTP GET to
 * one), run the Bolt handshake inside it and send HELLO with whatever credentials it guesses.
 * Written out byte by byte, so the test depends on no driver: this is the wire a page gets.
 */
import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";

export interface PageAttempt {
  /** The HTTP status line of the upgrade's answer. */
  upgrade: string;
  /** Bolt's answer to HELLO: SUCCESS, FAILURE, or CLOSED when the server hung up. */
  reply: "SUCCESS" | "FAILURE" | "CLOSED";
  /** The answer's bytes as text (a FAILURE carries its code and message). */
  text: string;
}

const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];
const BOLT_4_4 = [0x00, 0x00, 0x04, 0x04];

export async function helloOverWebSocket(
  port: number,
  origin: string,
  credentials: { user: string; password: string },
): Promise<PageAttempt> {
  const socket = connect(port, "127.0.0.1");
  const reader = bufferedReader(socket);
  try {
    socket.write(upgradeRequest(port, origin));
    const head = (await reader.until(Buffer.from("\r\n\r\n"))).toString("latin1");
    const upgrade = head.split("\r\n")[0];
    if (!/ 101 /.test(upgrade)) return { upgrade, reply: "CLOSED", text: head };
    socket.write(maskedFrame(Buffer.from([...BOLT_MAGIC, ...BOLT_4_4, ...Array(12).fill(0)])));
    const version = await readFramePayload(reader);
    if (version.length < 4) return { upgrade, reply: "CLOSED", text: "no version" };
    socket.write(maskedFrame(chunked(hello(credentials))));
    const answer = await readFramePayload(reader);
    // chunk length (2 bytes), struct marker, signature: 0x70 SUCCESS, 0x7F FAILURE
    const signature = answer[3];
    const reply = signature === 0x70 ? "SUCCESS" : signature === 0x7f ? "FAILURE" : "CLOSED";
    return { upgrade, reply, text: answer.toString("latin1") };
  } catch {
    return { upgrade: "", reply: "CLOSED", text: "" };
  } finally {
    socket.destroy();
  }
}

function upgradeRequest(port: number, origin: string): string {
  return [
    "GET / HTTP/1.1",
    `Host: 127.0.0.1:${port}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
    "Sec-WebSocket-Version: 13",
    `Origin: ${origin}`,
    "",
    "",
  ].join("\r\n");
}

/** A client's binary frame: FIN, opcode 2, masked as browsers must. */
function maskedFrame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length =
    payload.length < 126
      ? Buffer.from([0x82, 0x80 | payload.length])
      : Buffer.from([0x82, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([length, mask, masked]);
}

async function readFramePayload(reader: BufferedReader): Promise<Buffer> {
  const [, second] = await reader.take(2);
  let length = second & 0x7f;
  if (length === 126) length = (await reader.take(2)).readUInt16BE(0);
  else if (length === 127) length = Number((await reader.take(8)).readBigUInt64BE(0));
  return reader.take(length);
}

/** HELLO of Bolt 4.4 in PackStream: a struct (0xB1 0x01) holding one map of strings. */
function hello(credentials: { user: string; password: string }): Buffer {
  const fields: Record<string, string> = {
    user_agent: "a-web-page/1.0",
    scheme: "basic",
    principal: credentials.user,
    credentials: credentials.password,
  };
  const entries = Object.entries(fields).flatMap(([key, value]) => [
    packString(key),
    packString(value),
  ]);
  return Buffer.concat([Buffer.from([0xb1, 0x01, 0xa0 | Object.keys(fields).length]), ...entries]);
}

function packString(text: string): Buffer {
  const bytes = Buffer.from(text, "utf8");
  const marker = bytes.length < 16 ? [0x80 | bytes.length] : [0xd0, bytes.length];
  return Buffer.concat([Buffer.from(marker), bytes]);
}

function chunked(message: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([message.length >> 8, message.length & 0xff]),
    message,
    Buffer.from([0, 0]),
  ]);
}

interface BufferedReader {
  take(n: number): Promise<Buffer>;
  until(marker: Buffer): Promise<Buffer>;
}

/** Reads exact byte counts from a socket, failing when it closes or stays silent for 10 s. */
function bufferedReader(socket: Socket): BufferedReader {
  let buffered = Buffer.alloc(0);
  let ended = false;
  let wake: () => void = () => {};
  socket.on("data", (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    wake();
  });
  const stop = () => {
    ended = true;
    wake();
  };
  socket.on("close", stop);
  socket.on("error", stop);
  const waitFor = async (ready: () => number): Promise<Buffer> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const end = ready();
      if (end >= 0) {
        const out = buffered.subarray(0, end);
        buffered = buffered.subarray(end);
        return out;
      }
      if (ended || Date.now() > deadline) throw new Error("the connection closed");
      await new Promise<void>((done) => {
        wake = done;
        setTimeout(done, 200);
      });
    }
  };
  return {
    take: (n) => waitFor(() => (buffered.length >= n ? n : -1)),
    until: (marker) =>
      waitFor(() => {
        const at = buffered.indexOf(marker);
        return at < 0 ? -1 : at + marker.length;
      }),
  };
}
