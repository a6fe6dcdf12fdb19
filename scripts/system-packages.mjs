#!/usr/bin/env node
/**
 * The Debian packages that `npm test` needs beyond npm: Java and Maven build and run the
 * embedded Neo4j, python3-networkx and python3-pandas read exports back as a data scientist
 * would, chromium runs the in-browser IDE's test. `npm test` runs this first, so a fresh machine either gets them
 * (running as root with apt-get: they are installed, as .ci/run does) or stops at once with the
 * one command to run, instead of failing tests one by one minutes later.
 *
 *   node scripts/system-packages.mjs           install what is missing when root, else stop
 *   node scripts/system-packages.mjs --check   only report: exit 1 with the command when missing
 *
 * Plain Node with no dependencies: .ci/run calls it before `npm ci`.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Whether an executable of this name is on PATH (what `command -v` answers). */
function onPath(name) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => isExecutable(join(dir, name)));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian package → how to tell it is there, in the order they are installed. */
const REQUIREMENTS = [
  { pkg: "openjdk-17-jdk-headless", present: () => onPath("java") },
  { pkg: "maven", present: () => onPath("mvn") },
  {
    pkg: "python3-networkx",
    present: () =>
      spawnSync("/usr/bin/python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0,
  },
  {
    pkg: "python3-pandas",
    present: () =>
      spawnSync("/usr/bin/python3", ["-c", "import pandas"], { stdio: "ignore" }).status === 0,
  },
  { pkg: "chromium", present: () => isExecutable("/usr/bin/chromium") },
];

function missingPackages() {
  return REQUIREMENTS.filter((r) => !r.present()).map((r) => r.pkg);
}

function canInstall() {
  return process.getuid?.() === 0 && onPath("apt-get");
}

function install(packages) {
  console.error(`installing Debian packages that npm test needs: ${packages.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-q"],
    ["install", "-y", "-q", ...packages],
  ]) {
    const run = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
    if (run.status !== 0) return false;
  }
  return true;
}

function stop(packages) {
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  console.error(
    `npm test needs Debian packages that are missing: ${packages.join(", ")}\n` +
      `run: ${sudo}apt-get install -y ${packages.join(" ")}`,
  );
  process.exit(1);
}

const missing = missingPackages();
if (missing.length > 0) {
  if (process.argv.includes("--check") || !canInstall()) stop(missing);
  if (!install(missing)) stop(missing);
  const still = missingPackages();
  if (still.length > 0) stop(still);
}
