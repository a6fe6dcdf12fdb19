/**
 * Optional filters become WHERE clauses with their $params, never values spliced into text:
 * a filter left null or undefined adds nothing.
 */
export interface Conditions {
  clauses: string[];
  params: Record<string, unknown>;
  /** Adds `clause` with `$name` bound to `value`, unless the value is null or undefined. */
  add(clause: string, name: string, value: unknown): void;
}

export function conditions(): Conditions {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  return {
    clauses,
    params,
    add(clause, name, value) {
      if (value === null || value === undefined) return;
      clauses.push(clause);
      params[name] = value;
    },
  };
}
