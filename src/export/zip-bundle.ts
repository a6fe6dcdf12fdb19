/**
 * A bundle of files as one zip stream, for GET /export of a several-file format. Files come
 * one after another (opening the next completes the one before), each a zip entry fed through
 * a PassThrough that yazl deflates as it reads; the zip's bytes are pumped into the sink as
 * they are produced, awaiting each write, so a slow client slows the database cursor and
 * memory stays bounded by the streams' buffers.
 */
import { PassThrough } from "node:stream";
import { ZipFile } from "yazl";
import { type ByteSink, streamTextSink, type TextSink } from "./text-sink.js";

/** A fixed entry time, so the same graph exported twice gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

export interface ZipBundle {
  next(fileName: string): TextSink;
  /** Completes the last file and the zip, and waits until every byte reached the sink. */
  finish(): Promise<void>;
  /** Stops the zip after a failure; what reached the sink stays a truncated zip. */
  abort(error: Error): void;
}

export function zipBundle(out: ByteSink, folder: string): ZipBundle {
  const zip = new ZipFile();
  let entry: PassThrough | null = null;
  const pump = (async () => {
    for await (const chunk of zip.outputStream) await out.write(chunk as Uint8Array);
  })();
  // A failure of the sink surfaces in finish(); keep Node from calling it unhandled first.
  pump.catch(() => {});
  return {
    next(fileName) {
      entry?.end();
      entry = new PassThrough();
      zip.addReadStream(entry, `${folder}/${fileName}`, { mtime: ENTRY_TIME });
      return streamTextSink(entry);
    },
    async finish() {
      entry?.end();
      zip.end();
      await pump;
    },
    abort(error) {
      entry?.destroy(error);
      (zip.outputStream as unknown as { destroy(error: Error): void }).destroy(error);
    },
  };
}
