/**
 * The embedded Neo4j as an attacker meets it, over real Bolt: authentication on, the password
 * only in its data folder (0600), no trade-kg secret in the JVM's environment, LOAD CSV unable
 * to read files or reach addresses even for a caller who has the password, and a per-transaction
 * memory cap (checked by its setting: provoking MemoryPoolOutOfMemoryError takes too long on a
 * loaded machine). One instance of its own (not the shared test one), started with secrets in
 * our environment to show that none of them reaches the JVM.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EmbeddedInstance,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../src/graph/embedded.js";
import {
  EMBEDDED_USER,
  embeddedPasswordPath,
  readEmbeddedPassword,
} from "../../src/graph/embedded-auth.js";
import { helloOverWebSocket } from "../support/bolt-websocket.js";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const SECRETS = {
  TRADE_KG_API_KEY: "api-key-that-must-stay-in-node-4d1c",
  TRADE_KG_SOME_TOKEN: "another-trade-kg-secret-93be",
  NEO4J_PASSWORD: "external-neo4j-password-77aa",
};
const SENTINEL = `sentinel-${process.pid}-must-never-be-read`;

const dataDir = mkdtempSync(join(tmpdir(), "trade-kg-lockdown-"));
const sentinelDir = mkdtempSync(join(tmpdir(), "trade-kg-sentinel-"));
const sentinelFile = join(sentinelDir, "sentinel.csv");
let instance: EmbeddedInstance;
let password: string;
let httpServer: Server;
let httpRequests = 0;

/** A port nobody listens on right now (the test picks its own, beside other runs). */
async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function run(auth: { user: string; password: string }, cypher: string) {
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(auth.user, auth.password), {
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => {} },
  });
  try {
    const result = await driver.executeQuery(cypher);
    return { ok: true as const, rows: result.records.map((r) => r.toObject()) };
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { ok: false as const, code, message };
  } finally {
    await driver.close();
  }
}

const withPassword = () => ({ user: EMBEDDED_USER, password });

beforeAll(async () => {
  writeFileSync(sentinelFile, `${SENTINEL}\n`);
  httpServer = createHttpServer((_req, res) => {
    httpRequests += 1;
    res.end(`${SENTINEL}\n`);
  });
  await new Promise<void>((done) => httpServer.listen(0, "127.0.0.1", () => done()));
  const saved = Object.fromEntries(Object.keys(SECRETS).map((k) => [k, process.env[k]]));
  Object.assign(process.env, SECRETS);
  try {
    instance = await startEmbeddedNeo4j({
      projectRoot: PROJECT_ROOT,
      config: { boltPort: await freePort(), dataDir, heap: "512m", pageCache: "64m" },
      mode: "attached",
      reuseRunning: false,
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  password = readEmbeddedPassword(dataDir);
});

afterAll(async () => {
  if (instance) await stopEmbeddedNeo4j(instance, 20_000);
  httpServer?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(sentinelDir, { recursive: true, force: true });
});

describe("the embedded Neo4j's authentication", () => {
  it("keeps a generated password in the data folder, readable by its owner only", () => {
    const mode = statSync(embeddedPasswordPath(dataDir)).mode & 0o777;
    expect(mode.toString(8)).toBe("600");
    expect(password).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(readdirSync(join(dataDir, "data/dbms")), "auth.ini is gone once applied").not.toContain(
      "auth.ini",
    );
  });

  it("refuses Bolt connections without the password, with the default one or with none", async () => {
    // Two guesses: a third failed login in a row locks the user for 5 s (Neo4j's own rate
    // limit), which would fail the next login of this file too.
    for (const guess of ["", "neo4j"]) {
      const result = await run({ user: EMBEDDED_USER, password: guess }, "RETURN 1 AS one");
      expect(result).toMatchObject({ ok: false, code: "Neo.ClientError.Security.Unauthorized" });
    }
    expect(await run(withPassword(), "RETURN 1 AS one")).toEqual({ ok: true, rows: [{ one: 1 }] });
  });

  it("refuses a web page's WebSocket connection to the Bolt port without the password", async () => {
    const fromPage = await helloOverWebSocket(instance.port, "http://attacker.example", {
      user: EMBEDDED_USER,
      password: "",
    });
    // Neo4j 5.26 upgrades the page's request (it has no setting to refuse WebSockets); what
    // protects it is the refusal of HELLO.
    expect(fromPage.upgrade).toMatch(/ 101 /);
    expect(fromPage.reply).toBe("FAILURE");
    expect(fromPage.text).toContain("Neo.ClientError.Security.Unauthorized");
    const defaultPassword = await helloOverWebSocket(instance.port, "http://attacker.example", {
      user: EMBEDDED_USER,
      password: "neo4j",
    });
    expect(defaultPassword.reply).toBe("FAILURE");
    // The same bytes with the password succeed: the refusal above is the password's doing.
    const control = await helloOverWebSocket(
      instance.port,
      "http://attacker.example",
      withPassword(),
    );
    expect(control.reply).toBe("SUCCESS");
  });
});

describe("the embedded Neo4j's process", () => {
  it("starts the JVM without trade-kg's secrets in its environment", () => {
    const environ = readFileSync(`/proc/${instance.pid}/environ`, "utf8");
    const names = environ.split("\0").map((entry) => entry.split("=")[0]);
    expect(names.filter((name) => /^(TRADE_KG_|NEO4J_)/.test(name))).toEqual([]);
    for (const secret of Object.values(SECRETS)) expect(environ).not.toContain(secret);
    expect(names).toContain("PATH");
  });
});

describe("LOAD CSV, for a caller who has the password", () => {
  it("cannot read a file, by absolute path or from the import folder", async () => {
    for (const url of [`file://${sentinelFile}`, "file:///sentinel.csv", "file:///etc/hostname"]) {
      const result = await run(withPassword(), `LOAD CSV FROM '${url}' AS line RETURN line`);
      expect(result, url).toMatchObject({
        ok: false,
        code: "Neo.ClientError.Statement.ExternalResourceFailed",
      });
      expect(JSON.stringify(result)).not.toContain(SENTINEL);
    }
    expect(readdirSync(join(dataDir, "import")), "the import folder stays empty").toEqual([]);
  });

  it("cannot reach any address, on this machine or elsewhere", async () => {
    const { port } = httpServer.address() as { port: number };
    const urls = [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://0x7f000001:${port}/`,
      "http://169.254.169.254/latest/meta-data/",
    ];
    for (const url of urls) {
      const result = await run(withPassword(), `LOAD CSV FROM '${url}' AS line RETURN line`);
      expect(result, url).toMatchObject({
        ok: false,
        code: "Neo.ClientError.Statement.ExternalResourceFailed",
      });
      expect(JSON.stringify(result)).not.toContain(SENTINEL);
    }
    expect(httpRequests, "no request reached the local HTTP server").toBe(0);
  });
});

describe("the embedded Neo4j's limits", () => {
  // internal.dbms.cypher_ip_blocklist is not listed (SHOW SETTINGS hides internal settings);
  // the LOAD CSV tests above show it at work.
  it("reports the lockdown in its settings", async () => {
    const result = await run(
      withPassword(),
      "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name".replace(
        "$names",
        JSON.stringify([
          "dbms.security.allow_csv_import_from_file_urls",
          "dbms.security.auth_enabled",
          "db.memory.transaction.max",
          "server.directories.import",
          "dbms.usage_report.enabled",
        ]),
      ),
    );
    expect(result.ok).toBe(true);
    const settings = Object.fromEntries(
      (result.ok ? result.rows : [])
        .map((r) => r as { name: string; value: string })
        .map((r) => [r.name, r.value]),
    );
    expect(settings).toEqual({
      "dbms.security.allow_csv_import_from_file_urls": "false",
      "dbms.security.auth_enabled": "true",
      // a quarter of the 512m heap this instance runs with
      "db.memory.transaction.max": "128.00MiB",
      "dbms.usage_report.enabled": "false",
      "server.directories.import": join(dataDir, "import"),
    });
  });
});
