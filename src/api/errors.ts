/**
 * How errors reach GraphQL clients. Errors from the catalogue keep their code and message;
 * GraphQL's own (parse, validation, BAD_USER_INPUT from class-validator) pass as Apollo shaped
 * them; anything else is a bug or a database failure: the client sees a generic message
 * with the request id, and the log gets the whole error under that id.
 *
 * Every message that passes goes through clientMessage: no Java class names, Bolt URIs or
 * server paths reach a client, whichever layer wrote the message.
 *
 * formatError has no request context, so masking happens there and the request id is stamped
 * on by the plugin below, which does see the context.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ERROR_CODES, isTradeKgError } from "../core/errors.js";
import { clientMessage } from "./client-message.js";
import type { ApiContext } from "./context.js";
import { limitRefusalMessage } from "./plugins/limits.js";

export type ErrorLogger = (entry: Record<string, unknown>) => void;

const MASKED_MESSAGE =
  "Internal server error; the server log has the details under this request id.";

const PASS_THROUGH_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  ...Object.entries(ERROR_CODES)
    .filter(([, info]) => info.public)
    .map(([code]) => code),
]);

function isPublic(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isTradeKgError(original)) return ERROR_CODES[original.code].public;
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === "string" && PASS_THROUGH_CODES.has(code);
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/**
 * class-validator's tree of failures as "path: message" lines, e.g.
 * "filter.reporter: reporter must be an entity id such as country:CHN".
 */
export function validationMessages(errors: ValidationErrorLike[], prefix = ""): string[] {
  return errors.flatMap((e) => {
    const path = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : `${prefix}${prefix ? "." : ""}${e.property}`;
    return [
      ...Object.values(e.constraints ?? {}).map((message) => `${path}: ${message}`),
      ...validationMessages(e.children ?? [], path),
    ];
  });
}

/** type-graphql's "Argument Validation Error" says nothing of which argument: name it. */
function withFieldNames(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const errors = formatted.extensions?.validationErrors;
  if (!Array.isArray(errors) || errors.length === 0) return formatted;
  const lines = validationMessages(errors as ValidationErrorLike[]);
  if (lines.length === 0) return formatted;
  return { ...formatted, message: `Invalid argument: ${lines.join("; ")}` };
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isTradeKgError(original) && ERROR_CODES[original.code].public) {
    return {
      ...formatted,
      message: clientMessage(original.code, original.message),
      extensions: {
        code: original.code,
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  if (isPublic(error)) {
    const named = withFieldNames(formatted);
    const code = named.extensions?.code;
    const message =
      code === "GRAPHQL_VALIDATION_FAILED" ? limitRefusalMessage(named.message) : named.message;
    return {
      ...named,
      message: clientMessage(typeof code === "string" ? code : undefined, message),
    };
  }
  return {
    message: MASKED_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** Logs every masked error in full and puts the request id on what the client sees. */
export function errorMaskingPlugin(log: ErrorLogger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isPublic(error)) continue;
            const original = unwrapResolverError(error) as Error;
            log({
              level: "error",
              requestId: contextValue.requestId,
              path: error.path,
              message: original?.message,
              stack: original?.stack,
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
