"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice">
      <h1>Something went wrong</h1>
      <p>The server could not build this page. Try again in a moment.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
