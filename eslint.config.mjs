import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers of lib/ (README, "Layout"), enforced here:
 * - lib/rating, lib/labels and lib/addresses are pure: no database, job queue, network, mail,
 *   payments or carrier code;
 * - only lib/carriers reaches a connector folder (lib/carriers/reference, lib/carriers/canadapost):
 *   everything else goes through lib/carriers/registry.ts (the Canada Post connector's own tests
 *   and fake server in tests/canadapost excepted);
 * - the Canada Post connector holds pure builders and parsers and one HTTP layer: no database,
 *   queue or mail (the registry hands it the throttle and the account);
 * - nothing in lib/ imports app/ or components/.
 */
const CONNECTOR_FOLDERS = {
  group: ["@/lib/carriers/reference", "@/lib/carriers/reference/**", "@/lib/carriers/canadapost", "@/lib/carriers/canadapost/**", "**/carriers/reference", "**/carriers/reference/**", "**/carriers/canadapost", "**/carriers/canadapost/**"],
  message: "Reach a carrier through lib/carriers/registry.ts (connectorFor, connectorsFor): only lib/carriers imports a connector folder.",
};
const APP_LAYERS = {
  regex: "^(@/|(\\.\\./){2,})(app|components)(/|$)",
  message: "lib/ is below app/ and components/: move what both need into lib/.",
};
const IMPURE = {
  group: ["@/lib/db", "@/lib/db/**", "@/lib/tenancy/**", "@/lib/jobs/**", "@/lib/email/**", "@/lib/payments/**", "@/lib/carriers/**", "@/lib/auth/**", "pg", "pg-boss", "@prisma/**", "stripe", "nodemailer", "node:http", "node:https", "node:net", "undici"],
  message: "lib/rating, lib/labels and lib/addresses are pure: no database, queue, network, mail, payment or carrier code.",
};

export const LAYER_RULES = [
  { files: ["**/*.{ts,tsx,mjs}"], ignores: ["lib/carriers/**", "tests/canadapost/**"], rules: { "no-restricted-imports": ["error", { patterns: [CONNECTOR_FOLDERS] }] } },
  // Tests may drive an action of app/ (what a user does), so they are not held to lib's side of the line.
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/carriers/**", "lib/rating/**", "lib/labels/**", "lib/addresses/**", "**/*.test.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [CONNECTOR_FOLDERS, APP_LAYERS] }] } },
  { files: ["lib/carriers/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [APP_LAYERS] }] } },
  {
    files: ["lib/carriers/canadapost/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [APP_LAYERS, { group: ["@/lib/db", "@/lib/db/**", "@/lib/tenancy/**", "@/lib/jobs/**", "@/lib/email/**", "@/lib/payments/**", "pg", "pg-boss", "@prisma/**", "nodemailer"], message: "The Canada Post connector is builders, parsers and one HTTP layer: the registry hands it what it needs from the database." }] }] },
  },
  { files: ["lib/rating/**/*.{ts,tsx}", "lib/labels/**/*.{ts,tsx}", "lib/addresses/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [CONNECTOR_FOLDERS, APP_LAYERS, IMPURE] }] } },
];

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures receive a function named `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  ...LAYER_RULES,
  { ignores: [".next/**", ".data/**", "lib/db/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
