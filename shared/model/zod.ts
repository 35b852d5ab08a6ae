// zod as shared/ uses it: every schema module imports `z` from here, so the setting below is made
// before any schema is built, whichever bundle or chunk the module lands in. Top-level schemas are
// wrapped in `z.lazy`, so loading a module builds none: they are built when first parsed with.
//
// Without eval: an object schema asks once whether it may compile a parser with `new Function`.
// The app's Content-Security-Policy refuses it, and in the browser the refusal is a policy
// violation whose report collects the source positions of every script on the stack (30-40 ms
// of a cold start, bench/profile-cold-start.ts). zod then parses as it does after a refusal.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
