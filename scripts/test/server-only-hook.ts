/**
 * Lets the unit tests load the modules that touch the Prisma client. Those modules start with
 * `import "server-only"`, whose default export throws: Next.js resolves it to an empty module
 * inside React Server Components only (the `react-server` export condition). Under node:test
 * nothing is a Server Component, so this hook resolves `server-only` to that same empty module,
 * as Jest's moduleNameMapper or Vitest's alias does. Registered with `--import` by `npm run test:unit`.
 */
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  return nextResolve(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
