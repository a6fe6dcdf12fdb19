/**
 * `trade-kg export`: a subgraph into a file (or a folder for the csv and neo4j-csv bundles). The output is
 * written beside its destination and renamed into place at the end, so a failed export
 * never leaves a truncated file where a good one is expected.
 */
import {
  accessSync,
  constants,
  createWriteStream,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Command } from "commander";
import { TradeKgError } from "../../core/errors.js";
import { BUNDLE_FORMATS, exportSubgraph } from "../../export/export-subgraph.js";
import { parseFormat, parseSelection, type RawSelection } from "../../export/selection.js";
import { streamTextSink } from "../../export/text-sink.js";
import { addStartDbOption, type DatabaseFlags, openGraph } from "../database-option.js";
import { configFromEnvironment, info } from "../runtime.js";

/**
 * The folder the output goes into must exist and be writable: checked before the database is
 * touched, so a typo costs nothing and says what is wrong.
 */
function checkDestination(out: string): void {
  if (out === "-") return;
  const folder = dirname(out);
  const found = (() => {
    try {
      return statSync(folder);
    } catch {
      return null;
    }
  })();
  if (found === null || !found.isDirectory()) {
    throw new TradeKgError(
      "FILE_SYSTEM_ERROR",
      `cannot write ${out}: the folder ${folder} does not exist${found ? " (it is a file)" : ""}; create it first`,
    );
  }
  accessSync(folder, constants.W_OK);
}

export function registerExportCommand(program: Command): void {
  const command = program
    .command("export")
    .description(
      "write a subgraph as node-link JSON, GraphML, tidy CSV or Parquet tables, a neo4j-admin CSV bundle or a Cypher script",
    )
    .requiredOption("--format <format>", "json | graphml | csv | parquet | neo4j-csv | cypher")
    .requiredOption(
      "--out <path>",
      "output file (json, graphml, cypher; - for stdout) or folder (csv, parquet, neo4j-csv)",
    )
    .option("--center <entityId>", "centre entity, e.g. country:CHN")
    .option("--hops <n>", "hops around the centre, 0 to 3 (default 1 with --center)")
    .option("--document <documentId>", "one document's graph instead")
    .option(
      "--types <types>",
      "entity types to keep, comma-separated (Country,Region,Zone,Commodity,Agency,Measure)",
    )
    .option(
      "--edges <kinds>",
      "edge kinds: trade, policy, mentions, comma-separated",
      "trade,policy",
    )
    .option(
      "--period <start/end>",
      "trade facts inside this span of months, YYYY-MM/YYYY-MM (either end may be left out)",
    )
    .option("--from <YYYY-MM>", "older spelling of the period's start")
    .option("--to <YYYY-MM>", "older spelling of the period's end")
    .option("--flow <flow>", "TOTAL | EXPORT | IMPORT | BALANCE")
    .option(
      "--view <view>",
      "facts (as stored), entities (projected entity-to-entity edges) or network (one weighted edge per reporter, counterpart, period and flow, whole trade only)",
      "facts",
    )
    .option(
      "--include-groups",
      "network view: keep blocs, regions and categories that overlap their members",
    );
  addStartDbOption(command).action(runExport);
}

type ExportOptions = RawSelection & DatabaseFlags & { format: string; out: string };

/** Writes the selection to `.partial` first and renames it into place, so a failed export leaves no half file. */
async function runExport(options: ExportOptions): Promise<void> {
  const format = parseFormat(options.format);
  const selection = parseSelection(options);
  if (BUNDLE_FORMATS.includes(format) && options.out === "-") {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      `the ${format} bundle is several files: --out must name a folder, not -`,
    );
  }
  checkDestination(options.out);
  const config = configFromEnvironment();
  const connection = await openGraph(config, options);
  const partial = `${options.out}.partial`;
  const streams: Writable[] = [];
  const open = (path: string) => {
    const stream = createWriteStream(path);
    streams.push(stream);
    return streamTextSink(stream);
  };
  try {
    let counts: { nodes: number; edges: number; facts: number; snapshot: string };
    if (BUNDLE_FORMATS.includes(format)) {
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      counts = await exportSubgraph(connection.db, selection, format, {
        kind: "files",
        open: (name) => open(join(partial, name)),
      });
    } else {
      const sink = options.out === "-" ? streamTextSink(process.stdout) : open(partial);
      counts = await exportSubgraph(connection.db, selection, format, { kind: "stream", sink });
    }
    for (const stream of streams) stream.end();
    await Promise.all(streams.map((stream) => finished(stream)));
    if (options.out !== "-") {
      rmSync(options.out, { recursive: true, force: true });
      renameSync(partial, options.out);
    }
    info(
      `exported ${counts.nodes} nodes and ${counts.edges} edges${counts.facts > 0 ? ` and ${counts.facts} fact rows` : ""} of snapshot ${counts.snapshot} as ${format}${options.out === "-" ? "" : ` to ${options.out}`}`,
    );
  } catch (error) {
    for (const stream of streams) stream.destroy();
    rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await connection.close();
  }
}
