/**
 * The formats every argument class checks, in one place, so an id or a period is judged the
 * same way by every query. Messages name the expected form; the property name is prefixed by
 * the error formatter (src/api/errors.ts).
 */
import { Length, Matches } from "class-validator";
import { DOCUMENT_ID_PATTERN, ENTITY_ID_PATTERN } from "../../core/ids.js";

/** The contract's canonical entity id (src/core/ids.ts). */
export const ENTITY_ID = ENTITY_ID_PATTERN;
/** "doc:" + the first 16 hex digits of the content hash (src/core/ids.ts). */
export const DOCUMENT_ID = DOCUMENT_ID_PATTERN;
/** A month, YYYY-MM. */
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A calendar date, YYYY-MM-DD (the day is range-checked in the resolver). */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** What this API's cursors look like (base64url of a JSON key). */
export const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;

export const IsEntityId = () =>
  Matches(ENTITY_ID, {
    message: "$property must be an entity id such as country:CHN or region:asean",
  });

/** An entity id or a name or alias (resolved by src/api/common/entity-refs.ts). */
export const IsEntityRef = () =>
  Length(1, 200, {
    message: "$property must be an entity id such as country:CHN, or a name such as China",
  });

export const IsDocumentId = () =>
  Matches(DOCUMENT_ID, { message: "$property must be a document id: doc: and 16 hex digits" });

export const IsPeriod = () =>
  Matches(PERIOD, { message: "$property must be a month written YYYY-MM (01 to 12)" });

export const IsDate = () =>
  Matches(DATE, { message: "$property must be a date written YYYY-MM-DD" });

export const IsCursor = () =>
  Matches(CURSOR, { message: "$property must be a cursor returned by this list" });
