/**
 * Argument validation (class-validator over the argument classes), once per argument object
 * of a request. type-graphql's own validation imports class-validator dynamically for every
 * argument of every field it resolves; under a module loader that answers imports on its own
 * thread (tsx), each of those waits for that thread, so the resolvers of one level reached
 * their DataLoaders on different turns and a level's batch split into several statements.
 * Here class-validator is imported once, statically, and no validation waits on anything but
 * promises. A field inside a list resolves once per parent with the same arguments (they come
 * from one place in the query and its variables), so each distinct argument value is checked
 * once per request and its outcome reused: 100 entities' `tradeFactsAsReporter(first: 5)`
 * cost one check, not 100.
 */
import { type ValidatorOptions, validateOrReject } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/** What type-graphql's own validation used: absent properties are optional arguments. */
const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false },
};

/** Per request (its context object): argument type and value → the check's outcome. */
const checked = new WeakMap<object, Map<string, Promise<void>>>();

function isValidatable(value: unknown): value is object {
  return value !== null && typeof value === "object";
}

async function check(value: object): Promise<void> {
  try {
    const items = Array.isArray(value) ? value.filter(isValidatable) : [value];
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as never);
  }
}

/** The argument's type and value as a string, or null for a value JSON cannot write. */
function cacheKey(type: unknown, value: object): string | null {
  try {
    return `${typeof type === "function" ? type.name : String(type)}\u0000${JSON.stringify(value)}`;
  } catch {
    return null;
  }
}

export const validateArgument: ValidatorFn = (value, type, { context }) => {
  if (!isValidatable(value)) return;
  if (!isValidatable(context)) return check(value);
  let outcomes = checked.get(context);
  if (!outcomes) {
    outcomes = new Map();
    checked.set(context, outcomes);
  }
  const key = cacheKey(type, value);
  if (key === null) return check(value);
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = check(value);
    outcomes.set(key, outcome);
  }
  return outcome;
};
