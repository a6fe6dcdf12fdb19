#!/usr/bin/env node
/**
 * `trade-kg`: the composition root. Each command lives in commands/ and wires the layers it
 * needs; nothing imports the CLI. Errors from the catalogue end a command with their own
 * exit code and a one-line "error CODE: message" on stderr; anything else is a bug and says so.
 */
import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { ERROR_CODES, isTradeKgError } from "../core/errors.js";
import { EXTRACTOR_VERSION, PRODUCT_NAME } from "../core/version.js";
import { registerDbCommands } from "./commands/db.js";
import { registerErrorsCommand } from "./commands/errors.js";
import { registerExportCommand } from "./commands/export.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerIngestCommands } from "./commands/ingest.js";
import { registerLookupCommands } from "./commands/lookup.js";
import { registerQueryCommand } from "./commands/query.js";
import { registerSchemaCommands } from "./commands/schema.js";
import { registerServeCommands } from "./commands/serve.js";
import { fileSystemError } from "./fs-errors.js";

export function buildProgram(): Command {
  const program = new Command(PRODUCT_NAME)
    .description(
      "A knowledge graph of China's foreign trade and customs policy, served over GraphQL.",
    )
    .version(EXTRACTOR_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerServeCommands(program);
  registerDbCommands(program);
  registerExtractCommand(program);
  registerIngestCommands(program);
  registerExportCommand(program);
  registerQueryCommand(program);
  registerLookupCommands(program);
  registerSchemaCommands(program);
  registerErrorsCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (thrown) {
    const error = fileSystemError(thrown) ?? thrown;
    if (error instanceof CommanderError) {
      return error.exitCode;
    }
    if (isTradeKgError(error)) {
      process.stderr.write(`error ${error.code}: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `error INTERNAL_SERVER_ERROR: ${(error as Error)?.stack ?? String(error)}\n` +
        `${ERROR_CODES.INTERNAL_SERVER_ERROR.remedy}\n`,
    );
    return ERROR_CODES.INTERNAL_SERVER_ERROR.exitCode;
  }
}

runCli(process.argv).then((code) => {
  process.exitCode = code;
});
