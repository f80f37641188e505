// Generators of provider secrets for the eval's secrets section, one module per rule pack.
// Each entry: { rule, provider, key, make(f) } where `rule` is the rule id that must find the value,
// `key` a variable name a developer would store it under (GITHUB_TOKEN), and make(f) returns a
// well-formed value from a seeded @faker-js/faker instance (deterministic: use only f's methods).
import cloud from './cloud.js';
import saas from './saas.js';

export const SECRET_FORMATS = [...cloud, ...saas];
