/** `trade-kg errors`: the error-code catalogue as Markdown (docs/ERRORS.md). */
import type { Command } from "commander";
import { renderErrorCatalogue } from "../../core/errors.js";

export function registerErrorsCommand(program: Command): void {
  program
    .command("errors")
    .description("print the catalogue of error codes (Markdown)")
    .action(() => {
      process.stdout.write(renderErrorCatalogue());
    });
}
