/**
 * The last step before a message leaves the server for a remote client. The CLI's user is the
 * server's operator and sees messages whole (the Bolt URI, the file that failed); a GraphQL or
 * HTTP client gets the same meaning without the internals: Java class names, Bolt URIs and
 * server paths are redacted, and an unreachable database is reported without its address.
 */
import { redactInternals } from "../core/redact.js";

const FIXED: Record<string, string> = {
  DATABASE_UNAVAILABLE:
    "Neo4j cannot be reached or refused the server's credentials; its operator should start it (`trade-kg db start`) or check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD",
};

export function clientMessage(code: string | undefined, message: string): string {
  return (code !== undefined && FIXED[code]) || redactInternals(message);
}
