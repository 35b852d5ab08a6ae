// zod as shared/ uses it: every schema module imports `z` from here, so the setting below is made
// before any schema is built, whichever bundle or chunk the module lands in. Object and other
// composite schemas are wrapped in `z.lazy`, so loading a module builds none of them: they are
// built when first parsed with. One-line leaves (an id, a date, a name) are cheap to build and
// parsed very often, so they are built at once rather than looked up through a wrapper each time.
//
// Without eval: an object schema asks once whether it may compile a parser with `new Function`.
// The app's Content-Security-Policy refuses it, and in the browser the refusal is a policy
// violation whose report collects the source positions of every script on the stack (30-40 ms
// of a cold start, bench/profile-cold-start.ts). zod then parses as it does after a refusal.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
