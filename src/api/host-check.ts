/**
 * The Host allow-list, the first thing every request meets: a defence against DNS rebinding.
 *
 * A page on attacker.example can make its own name resolve to 127.0.0.1 after it has loaded;
 * its scripts then reach this server as same-origin requests, which CORS and Apollo's CSRF
 * prevention both let through. What such a request cannot hide is its Host header, which
 * still says attacker.example. So the server answers only the names it is meant to be reached
 * by (localhost names, the configured HOST, ALLOWED_HOSTS) and tells everyone else
 * 421 Misdirected Request before it reads a body, parses GraphQL, exports or serves the IDE.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { refuseUnread } from "./http-reply.js";

/** Names a browser only ever sends for this machine, whatever the port. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

export interface HostCheckOptions {
  /** The address the server listens on (HOST). */
  host: string;
  /** ALLOWED_HOSTS: names, or name:port when only that port is meant. */
  allowedHosts: readonly string[];
}

/** A Host header value split into a lower-case name (IPv6 in brackets) and its port, if any. */
export function parseHostHeader(value: string): { name: string; port: string | null } | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value.trim().toLowerCase());
  if (!match) return null;
  return { name: match[1].replace(/\.$/, ""), port: match[2] ?? null };
}

/** A listen address in the form a Host header carries it: IPv6 in brackets. */
function asHostName(address: string): string {
  const name = address.trim().toLowerCase();
  return name.includes(":") && !name.startsWith("[") ? `[${name}]` : name;
}

/** The predicate "this Host header names us", built once from the configuration. */
export function hostMatcher(
  options: HostCheckOptions,
): (hostHeader: string | undefined) => boolean {
  const anyPort = new Set([...LOOPBACK_NAMES, asHostName(options.host)]);
  const exact = new Set<string>();
  for (const entry of options.allowedHosts) {
    const parsed = parseHostHeader(entry);
    if (!parsed) continue;
    if (parsed.port === null) anyPort.add(parsed.name);
    else exact.add(`${parsed.name}:${Number(parsed.port)}`);
  }
  return (hostHeader) => {
    // No Host header: no browser sends such a request, so no page can be behind it either
    // way; refusing keeps the rule "only named hosts" without exceptions.
    const parsed = hostHeader === undefined ? null : parseHostHeader(hostHeader);
    if (!parsed) return false;
    if (anyPort.has(parsed.name)) return true;
    return parsed.port !== null && exact.has(`${parsed.name}:${Number(parsed.port)}`);
  };
}

/**
 * A request guard: answers 421 and returns true when the Host is not ours, so the caller
 * stops there; returns false (and touches nothing) otherwise.
 */
export function hostCheck(options: HostCheckOptions) {
  const isOurs = hostMatcher(options);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (isOurs(req.headers.host)) return false;
    refuseUnread(
      res,
      421,
      "MISDIRECTED_REQUEST",
      "Misdirected request: this server does not answer for the Host header sent; use localhost, or ask its operator to add the name to ALLOWED_HOSTS",
    );
    return true;
  };
}
