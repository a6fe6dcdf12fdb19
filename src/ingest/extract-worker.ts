/**
 * The extraction worker thread's entry: runs each job it is sent (extract-job.ts) and posts
 * the outcome back with the job's number. Extraction is pure, so workers share nothing.
 */
import { parentPort } from "node:worker_threads";
import { type ExtractJob, runExtractJob } from "./extract-job.js";

parentPort?.on("message", (message: { id: number; job: ExtractJob }) => {
  parentPort?.postMessage({ id: message.id, outcome: runExtractJob(message.job) });
});
