import type { ServerResponse } from "node:http";

/**
 * The Content-Security-Policy every response carries. Scripts may run inline because Next.js
 * streams its page data in inline scripts; a per-request nonce would make every HTML response
 * different and so defeat the ETag that makes a repeat view cost a few hundred bytes. What the
 * policy still forbids: scripts, styles, images and connections from any other origin, plugins,
 * <base> hijacking, form posts elsewhere, and being framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The headers every response of fastblog carries, whatever it is. The benchmark's calibration
 * page carries them too, so that it differs from a page of the blog only in its content.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
