declare module "on-headers" {
  import type { ServerResponse } from "node:http";

  /** Calls `listener` once, just before the response's headers are written (the `compression` package's hook). */
  export default function onHeaders(res: ServerResponse, listener: (this: ServerResponse) => void): void;
}
