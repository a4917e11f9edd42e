/**
 * Which of several servers answered, when several run behind one load balancer (`npm run
 * cluster`, docs/deploy.md): each is given a name (INSTANCE_NAME, such as `app-2`), which it puts
 * in the `X-Instance` header of every answer and in front of every request id it gives out, so
 * that the load balancer can send the debug panel's requests for a page to the server that
 * rendered it (deploy/nginx.conf.template routes `/__debug/requests/app-2.…` by that prefix).
 */
export const INSTANCE_HEADER = "X-Instance";

/** An instance's name: lowercase letters, digits and hyphens, from a letter or digit, at most 40. */
export const INSTANCE_NAME_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
const NAME = new RegExp(`^${INSTANCE_NAME_PATTERN}$`);

export function isInstanceName(text: string): boolean {
  return NAME.test(text);
}

/** A request id: the instance's name and a dot, when it has one, then 64 random bits in hex (`app-2.9f86d081884c7d65`). */
export function formatRequestId(instance: string | null | undefined, randomHex: string): string {
  return instance ? `${instance}.${randomHex}` : randomHex;
}

/** The instance a request id names, or null for an id of a server without a name. */
export function instanceOfRequestId(id: string): string | null {
  const dot = id.lastIndexOf(".");
  return dot < 0 ? null : id.slice(0, dot);
}
