export { detect, type DetectOptions, type DetectResult, type Rejection, type TokenMatch } from './detect.js';
export { mayContainToken, mayContainTokenText } from './prefilter.js';
export { MAX_TOKEN_LENGTH, MIN_BODY, MAX_BODY, CANONICAL_BODY } from './grammar.js';
export { PLACEHOLDER_REASONS, type RejectReason } from './shape.js';
