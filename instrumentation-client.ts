// Runs in the browser before the app's own code. zod compiles fast object parsers with
// `new Function` unless told not to; under Mend's CSP (no 'unsafe-eval') that attempt is blocked and
// reported as a violation on every page whose forms validate with zod. jitless: the plain parser,
// no eval, no violation.
//
// zod keeps its one configuration object on globalThis (`__zod_globalConfig`, shared by every copy
// of zod on the page) and reads it when a parser first runs. Setting it here, rather than importing
// zod's `config()`, keeps zod out of the pages that never use it (the client's completion page:
// see the JavaScript budget in docs/performance.md).
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
