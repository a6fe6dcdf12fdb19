/** `trade-kg schema print`: the SDL printed from the type-graphql classes (schema/schema.graphql). */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { printApiSchema } from "../../api/schema.js";

export function registerSchemaCommands(program: Command): void {
  const schema = program.command("schema").description("the GraphQL schema");
  schema
    .command("print")
    .description("print the SDL built from the type-graphql classes")
    .option("--out <file>", "write it to a file instead of stdout")
    .action(async (options: { out?: string }) => {
      const sdl = await printApiSchema();
      if (options.out) writeFileSync(options.out, sdl);
      else process.stdout.write(sdl);
    });
}
