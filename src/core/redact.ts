/**
 * Server internals taken out of a message before a user reads it.
 *
 * Neo4j's messages are written for its operators: they name Java exception classes
 * ("Caused by: org.apache.lucene…ParseException: …"), print values in the JVM's own notation
 * (`List{Long(1)}`), and driver failures carry the Bolt URI; file errors carry absolute
 * server paths. To a remote caller these say nothing useful and tell an attacker which
 * libraries, versions and folders sit behind the API. What the message means for the caller
 * (what was wrong with the query) is kept.
 */

/** Java class names: known package roots, or any dotted name ending in Exception/Error. */
const JAVA_CLASS =
  /\b(?:(?:java|javax|jdk|sun|com|org|net|io|scala|kotlin)\.(?:[a-z_$][\w$]*\.)*[A-Z][\w$]*|(?:[a-z_$][\w$]*\.){2,}[A-Z][\w$]*(?:Exception|Error))(?:\$[\w$]+)*/g;
/** An indented stack frame line, Java's or JavaScript's ("  at x.Y.m(Y.java:12)", "... 3 more"). */
const STACK_FRAME = /^[ \t]+(?:at\s.*|\.\.\.\s*\d+\s+more\s*)$/gm;
const BOLT_URI = /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/[^\s'"`)]+/gi;
const FILE_URL = /\bfile:(?:\/\/)?\/[^\s'"`)]*/gi;
/** Absolute POSIX paths of two segments or more; "/graphql" and "2024/01" stay. */
const POSIX_PATH = /(?<![\w.~:/\\-])\/(?:[\w.@+-]+\/)+[\w.@+-]*/g;
const WINDOWS_PATH = /\b[A-Za-z]:\\(?:[^\\\s'"`]+\\)*[^\\\s'"`]*/g;

/** The message with Java class names, stack frames, Bolt URIs and server paths removed. */
export function redactInternals(message: string): string {
  return withPlainValues(
    message
      .replace(STACK_FRAME, "")
      .replace(/\bCaused by:\s*/g, "")
      .replace(new RegExp(`${JAVA_CLASS.source}:\\s*`, "g"), "")
      .replace(JAVA_CLASS, "an internal error")
      .replace(BOLT_URI, "the database")
      .replace(FILE_URL, "a server file")
      .replace(POSIX_PATH, "a server path")
      .replace(WINDOWS_PATH, "a server path"),
  )
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * Cypher values as a user writes them: Neo4j prints `Long(1)`, `Double(1.500000e+00)`,
 * `String("a")`, `List{Long(1)}`, `Map{a -> Long(1)}` and `NO_VALUE` in its messages.
 */
export function withPlainValues(message: string): string {
  const text = message
    .replace(/\b(?:Long|Integer|Int|Short|Byte|Double|Float)\(([-+\d.eE]+)\)/g, (_, n: string) =>
      String(Number(n)),
    )
    .replace(/\bString\(("(?:[^"\\]|\\.)*")\)/g, "$1")
    .replace(/\bBoolean\((true|false)\)/g, "$1")
    .replace(/\bNO_VALUE\b/g, "null");
  return unwrapCollections(text);
}

/** `List{…}` → `[…]` and `Map{k -> v}` → `{k: v}`, nested to any depth, in one scan. */
function unwrapCollections(text: string): string {
  const open: string[] = [];
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const rest = text.slice(i, i + 5);
    if (rest.startsWith("List{") && !/\w/.test(text[i - 1] ?? "")) {
      open.push("]");
      out += "[";
      i += 4;
    } else if (rest.startsWith("Map{") && !/\w/.test(text[i - 1] ?? "")) {
      open.push("}");
      out += "{";
      i += 3;
    } else if (text[i] === "{") {
      open.push("}");
      out += "{";
    } else if (text[i] === "}" && open.length > 0) {
      out += open.pop();
    } else if (text.startsWith(" -> ", i) && open.at(-1) === "}") {
      out += ": ";
      i += 3;
    } else {
      out += text[i];
    }
  }
  return out;
}
