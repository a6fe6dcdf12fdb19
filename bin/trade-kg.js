#!/usr/bin/env node
// The installed `trade-kg` command: runs the TypeScript CLI in this same process through
// tsx's loader, so signals reach it directly and there is no separate build step.
import { register } from "tsx/esm/api";

register();
await import(new URL("../src/cli/main.ts", import.meta.url).href);
