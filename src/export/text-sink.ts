/**
 * Where an export's text goes: a file, an HTTP response, a string in a test. Writers await
 * every write, so a slow reader slows the database cursor instead of filling memory.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";

export interface TextSink {
  write(chunk: string): Promise<void>;
}

/** Where binary output (a zip) goes. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** A sink over a Node stream that waits for "drain" when the stream's buffer is full. */
/** Takes text and bytes alike: serves as a TextSink and as a ByteSink. */
export interface OutputSink {
  write(chunk: string | Uint8Array): Promise<void>;
}

export function streamTextSink(stream: Writable): OutputSink {
  return {
    async write(chunk: string | Uint8Array) {
      if (stream.destroyed) throw new Error("the output was closed before the export finished");
      if (!stream.write(chunk)) await once(stream, "drain");
    },
  };
}

/** Collects everything written, for small exports and tests. */
export function stringTextSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    async write(chunk) {
      parts.push(chunk);
    },
    text: () => parts.join(""),
  };
}
