import type { METRICS } from "../contract/server-timing";
import type { DEBUG_URL_TEMPLATES } from "../contract/urls/debug";
import type { Explanation, Finding, RequestDetail } from "../contract/debug-detail";

/**
 * The debug panel, as one self-contained function that runs in the browser. It is inlined into
 * each page as a small script rather than shipped as a React component, so that it costs no
 * extra request and works on pages sent without the framework's JavaScript. Collapsed, it reads
 * the page's own Server-Timing header and Resource Timing entries; opened, it fetches the
 * request's query list from the server, and a query's plan when its "plan" button is pressed.
 * Everything it shows goes in through textContent.
 *
 * The function runs in the browser, where it cannot import anything: the contract's metric
 * names and the debug endpoint's URL templates are handed to it (`PanelConfig`), and the JSON
 * it reads is typed with the server's own types (`import type`, erased at build time).
 */
export type PanelConfig = { metrics: typeof METRICS; urls: typeof DEBUG_URL_TEMPLATES; style: string };

export function debugPanel({ metrics, urls, style }: PanelConfig): void {
  type Query = RequestDetail["queries"][number];
  // The rule of fillDebugUrl (lib/contract/urls/debug.ts), which cannot be imported here.
  const url = (template: string, index = 0) => template.replace(":id", encodeURIComponent(requestId)).replace(":index", String(index));
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    text?: string,
    attributes: Record<string, string> = {},
  ): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  const table = (testId: string, head: string[], rows: string[][]) => {
    const node = el("table", undefined, { "data-testid": testId });
    const headRow = node.createTHead().insertRow();
    for (const h of head) headRow.append(el("th", h));
    const body = node.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((text, i) => {
        const cell = tr.insertCell();
        if (i === row.length - 1) cell.append(el("code", text));
        else cell.textContent = text;
      });
    }
    return node;
  };

  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const timing = new Map((navigation?.serverTiming ?? []).map((entry) => [entry.name, entry]));
  const db = timing.get(metrics.db);
  if (!db) return;
  const queries = Number.parseInt(db.description, 10) || 0;
  const duplicates = Number.parseInt(timing.get(metrics.duplicates)?.description ?? "0", 10) || 0;
  const findingCount = timing.has(metrics.findings) ? Number.parseInt(timing.get(metrics.findings)!.description, 10) || 0 : null;
  const requestId = timing.get(metrics.requestId)?.description ?? "";
  // Round trips to the database server, and the time they account for: round trips × the latency the server adds (DB_LATENCY_MS).
  const rtt = timing.get(metrics.roundTrips);
  const roundTrips = Number.parseInt(rtt?.description ?? "", 10) || 0;
  const roundTripMs = rtt?.duration ?? 0;
  const roundTripText = () => {
    if (!rtt) return "";
    if (roundTrips === 0) return "no round trips: the database runs inside the server";
    const count = `${roundTrips} round trip${roundTrips === 1 ? "" : "s"}`;
    if (roundTripMs === 0) return `${count} to the database, no latency added (DB_LATENCY_MS)`;
    const share = db.duration > 0 ? ` (${Math.round((100 * roundTripMs) / db.duration)}%)` : "";
    return `${count} × ${ms(roundTripMs / roundTrips)} = ${ms(roundTripMs)} of the db's ${ms(db.duration)}${share}`;
  };

  const panel = el("details", undefined, { class: "debug-panel", "data-testid": "debug-panel" });
  const summary = el("summary");
  summary.append(
    `${timing.get(metrics.mode)?.description ?? "?"} · `,
    el("span", String(queries), { "data-testid": "debug-queries" }),
    " queries",
  );
  if (duplicates > 0) summary.append(el("span", ` (${duplicates} duplicated)`, { class: "dup" }));
  if (findingCount !== null)
    summary.append(
      " · ",
      el("span", findingCount === 0 ? "no findings" : `${findingCount} finding${findingCount === 1 ? "" : "s"}`, {
        "data-testid": "debug-finding-count",
        ...(findingCount > 0 && { class: "dup" }),
      }),
    );
  summary.append(` · db ${ms(db.duration)}`);
  if (roundTrips > 0)
    summary.append(
      el("span", ` · ${roundTrips} round trips${roundTripMs > 0 ? `, ${ms(roundTripMs)} of it` : ""}`, {
        "data-testid": "debug-round-trips",
      }),
    );
  // The data cache (cached mode): which store, what came of the page's lookups, and the oldest hit's age.
  const cache = timing.get(metrics.dataCache);
  if (cache) {
    const age = cache.duration >= 1000 ? `${(cache.duration / 1000).toFixed(1)} s` : ms(cache.duration);
    const failed = /[1-9]\d* errors?$/.test(cache.description) ? ", the database instead" : "";
    const aged = /^\w+: 0 hits/.test(cache.description) ? "" : `, age ${age}`;
    summary.append(el("span", ` · cache ${cache.description}${aged}${failed}`, { "data-testid": "debug-data-cache" }));
  }
  summary.append(` · server ${ms(timing.get(metrics.total)?.duration ?? 0)}`);
  const detail = el("div", undefined, { class: "detail" });
  detail.append(el("p", "Loading queries…"));
  panel.append(summary, detail);
  document.head.append(el("style", style));
  document.body.append(panel);

  const measureWeight = () => {
    const entries = [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ] as PerformanceResourceTiming[];
    const text = entries.filter(
      (e) => ["navigation", "script", "link", "css", "fetch"].includes(e.initiatorType) && e.decodedBodySize > 1024,
    );
    const bytes = entries.reduce((sum, e) => sum + e.transferSize, 0);
    const compressed = text.filter((e) => e.encodedBodySize < e.decodedBodySize).length;
    summary.append(
      el("span", ` · ${(bytes / 1024).toFixed(1)} KB in ${entries.length} requests · ${compressed}/${text.length} compressed`, {
        "data-testid": "debug-weight",
      }),
    );
  };
  if (document.readyState === "complete") measureWeight();
  else addEventListener("load", measureWeight, { once: true });

  // Every query with a "plan" button, which fetches the plan the server's database makes for it
  // (by the query's position: the server explains only what it recorded) and shows it below the SQL.
  const queryTable = (list: Query[]) => {
    const node = table(
      "debug-queries-table",
      ["#", "time", "call site", "SQL and parameters"],
      list.map((q, i) => [String(i + 1), ms(q.durationMs), q.callSite ?? "?", `${q.sql}  ${q.params}`]),
    );
    [...node.tBodies[0]!.rows].forEach((row, index) => {
      // The call site; a click shows the project frames the query came through.
      const site = row.cells[2]!;
      site.setAttribute("data-testid", "debug-call-site");
      const { stack } = list[index]!;
      if (stack.length > 1) {
        site.classList.add("site");
        site.addEventListener("click", () => {
          const shown = site.querySelector("ol");
          if (shown) return shown.remove();
          const frames = el("ol", undefined, { "data-testid": "debug-stack" });
          for (const frame of stack) frames.append(el("li", frame));
          site.append(frames);
        });
      }
      const button = el("button", "plan", { type: "button", "data-testid": "debug-plan-button" });
      const cell = row.cells[row.cells.length - 1]!;
      cell.append(" ", button);
      button.addEventListener("click", () => {
        const shown = cell.querySelector("[data-testid=debug-plan-detail]");
        if (shown) return shown.remove();
        const box = el("div", "Explaining…", { "data-testid": "debug-plan-detail" });
        cell.append(box);
        showPlan(box, index).catch(() => box.replaceChildren(el("p", "The plan could not be fetched.")));
      });
    });
    return node;
  };
  const showPlan = async (box: HTMLElement, index: number) => {
    const response = await fetch(url(urls.plan, index));
    if (!response.ok)
      return box.replaceChildren(
        el(
          "p",
          response.status === 404
            ? "This request is no longer in the server's recent history."
            : "The database could not explain this query now.",
        ),
      );
    const { plan, fullScans, cannotExplain } = (await response.json()) as Explanation;
    if (cannotExplain) return box.replaceChildren(el("p", `Cannot explain: ${cannotExplain}`));
    box.replaceChildren();
    if (fullScans.length > 0)
      box.append(el("p", `full scan of ${fullScans.join(", ")}`, { class: "dup", "data-testid": "debug-plan-flag" }));
    box.append(el("pre", plan.join("\n"), { "data-testid": "debug-plan", style: "margin:4px 0;white-space:pre-wrap" }));
  };

  // What the queries did wrong, first: each with the line that made them, a button that copies it, and the fix.
  const findingList = (found: Finding[]) => {
    const section = el("section", undefined, { "data-testid": "debug-findings" });
    section.append(el("h3", found.length === 0 ? "No findings." : `${found.length} finding${found.length === 1 ? "" : "s"}`));
    for (const finding of found) {
      const item = el("div", undefined, { class: "finding", "data-testid": "debug-finding", "data-kind": finding.kind });
      const head = el("p");
      head.append(el("strong", finding.kind, { class: "dup" }), ` ${finding.count}× · ${ms(finding.durationMs)} · `);
      head.append(el("code", finding.callSite ?? "no call site found", { "data-testid": "debug-finding-site" }));
      if (finding.callSite) {
        const copy = el("button", "copy", { type: "button", "data-testid": "debug-copy-site" });
        const site = finding.callSite;
        copy.addEventListener("click", () => {
          navigator.clipboard.writeText(site).then(
            () => (copy.textContent = "copied"),
            () => (copy.textContent = "copy failed"),
          );
        });
        head.append(" ", copy);
      }
      item.append(head, el("p", finding.suggestion));
      const fix = finding.technique.fix ? ` (${finding.technique.fix})` : "";
      item.append(el("p", `Technique: ${finding.technique.name}${fix}`, { class: "muted" }), el("code", finding.sql));
      section.append(item);
    }
    return section;
  };

  let loaded = false;
  const load = async () => {
    const response = await fetch(url(urls.detail));
    detail.replaceChildren();
    if (!response.ok) {
      detail.append(el("p", "This request is no longer in the server's recent history. Reload the page."));
      return;
    }
    const { report, findings, queries: list } = (await response.json()) as RequestDetail;
    detail.append(findingList(findings));
    detail.append(
      el(
        "p",
        `${report.count} queries in ${ms(report.durationMs)}, ${report.duplicateCount} exact duplicates, ${report.similar.length} groups of similar queries.`,
      ),
    );
    if (rtt) detail.append(el("p", `${roundTripText()}.`, { "data-testid": "debug-round-trip-detail" }));
    if (report.duplicates.length > 0)
      detail.append(
        table(
          "debug-duplicates",
          ["runs", "time", "duplicated SQL and parameters"],
          report.duplicates.map((g) => [`${g.count}×`, ms(g.durationMs), `${g.sql}  ${g.params}`]),
        ),
      );
    if (report.similar.length > 0)
      detail.append(
        table(
          "debug-similar",
          ["runs", "time", "similar SQL"],
          report.similar.map((g) => [`${g.count}×`, ms(g.durationMs), g.sql]),
        ),
      );
    detail.append(queryTable(list));
  };
  panel.addEventListener("toggle", () => {
    if (!panel.open || loaded) return;
    loaded = true;
    load().catch(() => detail.replaceChildren(el("p", "The query list could not be fetched. Reload the page.")));
  });
}
