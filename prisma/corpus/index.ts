/**
 * Everything the seeded blog says, written out by hand: sixteen topics of web performance,
 * closing paragraphs, comments and the parts of authors' bios. The seed chooses from these and
 * orders them (../seed-text.ts); it never makes up a sentence.
 */
import { BUDGETS } from "./budgets";
import { CDNS } from "./cdns";
import { COMPRESSION } from "./compression";
import { FONTS } from "./fonts";
import { HTTP_CACHING } from "./http-caching";
import { HTTP2 } from "./http2";
import { IMAGES } from "./images";
import { INDEXES } from "./indexes";
import { JAVASCRIPT } from "./javascript";
import { LOAD_TESTING } from "./load-testing";
import { MONITORING } from "./monitoring";
import { N_PLUS_ONE } from "./n-plus-one";
import { PAGINATION } from "./pagination";
import { PROFILING } from "./profiling";
import { SERVER_CACHING } from "./server-caching";
import type { Topic } from "./topic";
import { WEB_VITALS } from "./web-vitals";

export { BIO_PARTS } from "./bios";
export { CLOSINGS } from "./closings";
export { GENERAL_COMMENTS } from "./comments";
export type { Topic } from "./topic";

export const TOPICS: readonly Topic[] = [
  N_PLUS_ONE,
  INDEXES,
  PAGINATION,
  IMAGES,
  HTTP_CACHING,
  CDNS,
  COMPRESSION,
  HTTP2,
  FONTS,
  JAVASCRIPT,
  WEB_VITALS,
  MONITORING,
  PROFILING,
  LOAD_TESTING,
  SERVER_CACHING,
  BUDGETS,
];
