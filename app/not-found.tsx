import { NotFoundNotice } from "./_components/not-found-notice";

/** Addresses that match no route at all; Next.js renders these on the server. */
export default function NotFound() {
  return <NotFoundNotice />;
}
