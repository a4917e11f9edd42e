"use client";

import { useEffect, useState } from "react";
import { pageWeight, readServerTiming, type PageWeight, type ServerTimingSummary } from "./debug-metrics";

type QueryGroup = { sql: string; count: number; durationMs: number };
type Detail = {
  mode: string;
  totalMs: number;
  report: { count: number; durationMs: number; duplicateCount: number; similar: QueryGroup[]; duplicates: QueryGroup[] };
  queries: { sql: string; params: string; durationMs: number }[];
};

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The on-page debug toolbar. Collapsed, it costs one small script: the summary comes from the
 * page's own Server-Timing header and Resource Timing entries. The query list is fetched
 * from the server only when the panel is opened.
 */
export function DebugPanel() {
  const [timing, setTiming] = useState<ServerTimingSummary | null>(null);
  const [weight, setWeight] = useState<PageWeight | null>(null);
  const [detail, setDetail] = useState<Detail | "loading" | "gone" | null>(null);

  useEffect(() => {
    setTiming(readServerTiming());
    const measure = () => setWeight(pageWeight());
    if (document.readyState === "complete") measure();
    else window.addEventListener("load", measure, { once: true });
  }, []);

  async function open(event: React.SyntheticEvent<HTMLDetailsElement>) {
    if (!event.currentTarget.open || detail !== null || !timing?.requestId) return;
    setDetail("loading");
    const response = await fetch(`/__debug/requests/${encodeURIComponent(timing.requestId)}`);
    setDetail(response.ok ? ((await response.json()) as Detail) : "gone");
  }

  if (!timing) return null;
  return (
    <details className="debug-panel" data-testid="debug-panel" onToggle={open}>
      <summary>
        {timing.mode} · <span data-testid="debug-queries">{timing.queries}</span> queries
        {timing.duplicates > 0 ? <span className="dup"> ({timing.duplicates} duplicated)</span> : null} · db {ms(timing.dbMs)} · server{" "}
        {ms(timing.totalMs)}
        {weight ? (
          <span data-testid="debug-weight">
            {" "}
            · {kb(weight.transferredBytes)} in {weight.requests} requests · {weight.compressed}/{weight.compressible} compressed
          </span>
        ) : null}
      </summary>
      <div className="detail">{renderDetail(detail)}</div>
    </details>
  );
}

function renderDetail(detail: Detail | "loading" | "gone" | null) {
  if (detail === null || detail === "loading") return <p>Loading queries…</p>;
  if (detail === "gone") return <p>This request is no longer in the server&apos;s recent history. Reload the page.</p>;
  return (
    <>
      <p>
        {detail.report.count} queries in {ms(detail.report.durationMs)}, {detail.report.duplicateCount} exact duplicates,{" "}
        {detail.report.similar.length} groups of similar queries.
      </p>
      {detail.report.similar.length > 0 ? (
        <table data-testid="debug-similar">
          <thead>
            <tr>
              <th>runs</th>
              <th>time</th>
              <th>similar SQL</th>
            </tr>
          </thead>
          <tbody>
            {detail.report.similar.map((group) => (
              <tr key={group.sql}>
                <td className="dup">{group.count}×</td>
                <td>{ms(group.durationMs)}</td>
                <td>
                  <code>{group.sql}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table data-testid="debug-queries-table">
        <thead>
          <tr>
            <th>#</th>
            <th>time</th>
            <th>SQL and parameters</th>
          </tr>
        </thead>
        <tbody>
          {detail.queries.map((query, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              <td>{ms(query.durationMs)}</td>
              <td>
                <code>{query.sql}</code> <code>{query.params}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
