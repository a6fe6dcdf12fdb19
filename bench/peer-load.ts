/**
 * How bench/peer.ts drives its three systems: GraphQL servers in child processes of their
 * own (so none shares an event loop with the load it is measured under, nor with another
 * system), one timed request at a time for latency, and N requests in flight for throughput.
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface ChildServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `args` with `env` and waits until a line of its output matches `ready` (group 1: the URL). */
export function startChildServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  cwd: string,
): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(
      () => fail(new Error(`${args.join(" ")}: no "${ready}" in 120 s`)),
      120_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      rejectStart(new Error(`${error.message}\n${output.slice(-2000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolveStart({
        url: match[1],
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGINT");
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => fail(new Error(`${args.join(" ")} exited with ${code}`)));
  });
}

export interface GraphqlAnswer {
  data: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** One POST; an answer with errors, or no data, throws. */
export async function postGraphql(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as GraphqlAnswer & { errors?: unknown };
  if (body.errors || !body.data) {
    throw new Error(`${url}: expected data, got ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body;
}

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return Number(sorted[at].toFixed(1));
}

/** Requests completed per second with `connections` of them in flight for `seconds`. */
export async function throughput(
  run: () => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<{ requests: number; seconds: number }> {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let requests = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await run();
        requests += 1;
      }
    }),
  );
  return { requests, seconds: (performance.now() - started) / 1000 };
}
