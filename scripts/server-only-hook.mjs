// Scripts (the dev launcher, the worker, migrations, the bench, test helpers) run server modules
// outside Next.js: there, `import "server-only"` marks a module as the server's and is nothing.
// Next.js itself enforces the mark (a client component importing such a module fails the build).
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
