/** What a view shows while it loads or when its read failed (announced to screen readers). */
import type { Loaded } from "./use-query.js";

export function Status<T>({ loaded, what }: { loaded: Loaded<T>; what: string }) {
  if (loaded.state === "error")
    return (
      <p className="error" role="alert">
        Could not load {what}: {loaded.message}
      </p>
    );
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
