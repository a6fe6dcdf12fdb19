import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { TradeKgError } from "../../src/core/errors.js";

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    const config = loadConfig({}, "/project");
    expect(config.neo4j.uri).toBeNull();
    expect(config.embedded).toEqual({
      boltPort: 7687,
      dataDir: "/project/.data/neo4j",
      heap: "1g",
      pageCache: "512m",
    });
    expect(config.server).toEqual({
      host: "127.0.0.1",
      port: 4000,
      production: false,
      apiKey: null,
      allowedHosts: [],
      corsOrigins: [],
    });
    expect(config.seedsDir).toBe("/project/seeds");
    expect(config.cypherMode).toBe("key");
  });

  it("reads an external Neo4j and the server settings", () => {
    const config = loadConfig(
      {
        NEO4J_URI: "neo4j+s://abc.databases.example:7687",
        NEO4J_USER: "reader",
        NEO4J_PASSWORD: "pw",
        PORT: "8080",
        NODE_ENV: "production",
        TRADE_KG_API_KEY: "k",
      },
      "/p",
    );
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://abc.databases.example:7687",
      user: "reader",
      password: "pw",
    });
    expect(config.server).toMatchObject({ port: 8080, production: true, apiKey: "k" });
  });

  it("is frozen, so no layer can change it after start", () => {
    const config = loadConfig({}, "/p");
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
  });

  it.each([
    ["PORT", "eighty", /PORT: expected an integer from 0 to 65535, got "eighty"/],
    ["PORT", "70000", /PORT: expected an integer from 0 to 65535, got "70000"/],
    ["NEO4J_BOLT_PORT", "0", /NEO4J_BOLT_PORT: expected an integer from 1 to 65535, got "0"/],
    [
      "NEO4J_URI",
      "http://localhost:7474",
      /NEO4J_URI: expected a bolt:\/\/, neo4j:\/\/ or neo4j\+s:\/\/ URI, got "http:\/\/localhost:7474"/,
    ],
    ["NEO4J_HEAP", "lots", /NEO4J_HEAP: expected a size such as 512m or 2g, got "lots"/],
    ["NEO4J_QUERY_TIMEOUT_MS", "-5", /NEO4J_QUERY_TIMEOUT_MS: expected an integer/],
    [
      "ALLOWED_HOSTS",
      "kg.example.org,http://x",
      /ALLOWED_HOSTS: expected host names .*, got "http:\/\/x"/,
    ],
    ["TRADE_KG_CYPHER", "closed", /TRADE_KG_CYPHER: expected one of off, key, open, got "closed"/],
    ["ALLOWED_HOSTS", "a,,b", /ALLOWED_HOSTS: expected host names .*, got ""/],
    [
      "ALLOWED_HOSTS",
      "kg.example.org:99999",
      /ALLOWED_HOSTS: expected .*, got "kg.example.org:99999"/,
    ],
    [
      "ALLOWED_HOSTS",
      "under_score.example",
      /ALLOWED_HOSTS: expected .*, got "under_score.example"/,
    ],
  ])("refuses %s=%s with CONFIG_INVALID naming the variable", (name, value, message) => {
    const error = (() => {
      try {
        loadConfig({ [name]: value }, "/p");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TradeKgError);
    expect((error as TradeKgError).code).toBe("CONFIG_INVALID");
    expect((error as TradeKgError).message).toMatch(message);
  });

  it("reads ALLOWED_HOSTS as lower-case names, with ports and IPv6 kept", () => {
    const config = loadConfig(
      { ALLOWED_HOSTS: " KG.Example.org , 10.0.0.5:4000,[fd00::1],kg.internal." },
      "/p",
    );
    expect(config.server.allowedHosts).toEqual([
      "kg.example.org",
      "10.0.0.5:4000",
      "[fd00::1]",
      "kg.internal",
    ]);
  });

  it.each([
    ["off", "off"],
    ["KEY", "key"],
    [" open ", "open"],
    ["", "key"],
  ])("reads TRADE_KG_CYPHER=%j as %s", (value, mode) => {
    expect(loadConfig({ TRADE_KG_CYPHER: value }, "/p").cypherMode).toBe(mode);
  });
});

describe("CORS_ORIGINS validation", () => {
  it("normalises origins as browsers send them", () => {
    const config = loadConfig({
      CORS_ORIGINS: "HTTP://LocalHost:5173/, https://app.example.org:443",
    });
    expect(config.server.corsOrigins).toEqual(["http://localhost:5173", "https://app.example.org"]);
  });

  it.each(["*", "localhost:5173", "http://localhost:5173/app", "ftp://files.example", "null"])(
    "refuses %s with CONFIG_INVALID naming the variable and what it expected",
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(
        `CORS_ORIGINS: expected origins such as http://localhost:5173 or https://app.example.org, got "${value}"`,
      );
    },
  );
});
