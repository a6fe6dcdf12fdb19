import type { Command } from "commander";

/** `trade-kg extract FILE...` — filled in by the extractor work. */
export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("print the contract JSON (one line per document) for each FILE")
    .argument("<files...>")
    .action(() => {
      throw new Error("extract is not built yet");
    });
}
