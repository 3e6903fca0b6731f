import { config } from "zod";

// Runs in the browser before the app's own code. zod compiles fast object parsers with
// `new Function` unless told not to; under Mend's CSP (no 'unsafe-eval') that attempt is blocked and
// reported as a violation on every page whose forms validate with zod. jitless: the plain parser,
// no eval, no violation.
config({ jitless: true });
