/**
 * The lock that decides whether analysts' Cypher is read-only: Neo4j's own plan of it
 * (EXPLAIN), walked whole. Every operator must be on READ_OPERATORS, and a ProcedureCall must
 * call one of ALLOWED_PROCEDURES, its name read from the plan rather than from the text. The
 * query type must be "r" too. The text can hide a keyword from a check of the text; it cannot
 * hide an operator from the plan that will run.
 */
import { ALLOWED_PROCEDURES, READ_OPERATORS } from "./analyst-allow-lists.js";

/** The part of the driver's plan (summary.plan) this check reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** "Expand(All)@neo4j" → "Expand"; the modifier and the database do not change what it does. */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/s, "").replace(/\(.*\)$/s, "");
}

/** The procedure a ProcedureCall runs, from its Details: "db.labels() :: (label :: STRING)". */
export function procedureOf(node: PlanNode): string | null {
  const details = node.arguments.Details;
  if (typeof details !== "string") return null;
  return /^([\p{L}\p{N}_.]+)\(/u.exec(details)?.[1] ?? null;
}

function operatorRefusal(node: PlanNode): string | null {
  const name = operatorName(node.operatorType);
  if (name === "ProcedureCall") {
    const procedure = procedureOf(node);
    if (procedure !== null && (ALLOWED_PROCEDURES as readonly string[]).includes(procedure)) {
      return null;
    }
    return `the plan calls procedure ${procedure ?? "(unnamed)"}, which is not on the allow-list (${ALLOWED_PROCEDURES.join(", ")})`;
  }
  if (READ_OPERATORS.has(name)) return null;
  return `the plan uses operator ${name}, which read-only queries do not need`;
}

/**
 * The first reason this plan may not run, or null. The tree is walked with a stack, not by
 * recursion, so no plan is too deep to check.
 */
export function planRefusal(plan: PlanNode | false | undefined | null): string | null {
  if (!plan) return "Neo4j returned no plan to check";
  const pending: PlanNode[] = [plan];
  while (pending.length > 0) {
    const node = pending.pop() as PlanNode;
    const refusal = operatorRefusal(node);
    if (refusal) return refusal;
    pending.push(...(node.children ?? []));
  }
  return null;
}

export function queryTypeRefusal(type: string): string | null {
  if (type === "r") return null;
  const described = { w: "write (w)", rw: "read-write (rw)", s: "schema (s)" }[type] ?? `"${type}"`;
  return `Neo4j plans this as a ${described} query; only read-only queries (type r) may run`;
}
