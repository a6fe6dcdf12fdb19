/** Policy links: the public face of src/extract/policy (see extract.ts for the pipeline). */
export { extractPolicyFacts, sentenceLinks } from "./extract.js";
export { DOCUMENT_RULES, SENTENCE_RULES } from "./rules/index.js";
export type { PolicyContext, PolicySentence } from "./types.js";
