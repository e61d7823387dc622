// The `deploylint/policies` entry: the API of `deploylint` (index.d.ts), with team policies
// applied (`LintOptions.policies`), from its own module, deploylint_policies_bg.wasm.
export * from './index.js';
export { default } from './index.js';

/** How many `policies` lists this module has compiled: a test hook (the same options object linted again adds none). */
export function policyCompilations(): number;
