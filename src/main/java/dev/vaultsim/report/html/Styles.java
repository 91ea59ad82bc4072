package dev.vaultsim.report.html;

/** The report's style sheet, inline so the page needs nothing from the network. */
final class Styles {

    static final String CSS = """

            :root { --ink: #111827; --muted: #4b5563; --rule: #e5e7eb; --page: #f4f6f9; --ok: #166534; --bad: #991b1b; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--page); color: var(--ink);
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
            main { max-width: 1060px; margin: 0 auto; padding: 28px 24px 48px; }
            h1 { font-size: 26px; margin: 0 0 6px; letter-spacing: -0.01em; }
            h1 small { font-size: 14px; font-weight: 500; color: var(--muted); margin-left: 8px; }
            h2 { font-size: 17px; margin: 0 0 10px; }
            .lede { color: #374151; max-width: 86ch; margin: 0 0 10px; }
            .facts { display: flex; flex-wrap: wrap; gap: 4px 20px; color: var(--muted); font-size: 13px;
              list-style: none; margin: 0; padding: 0; }
            .facts b { color: var(--ink); font-weight: 600; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 12px;
              margin: 18px 0; }
            .card { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px; }
            .card .value { display: block; white-space: nowrap; font-size: 20px; font-weight: 650; font-variant-numeric: tabular-nums; }
            .card .label { display: block; color: var(--muted); font-size: 11px; text-transform: uppercase;
              letter-spacing: 0.05em; }
            .card.verdict { border-left-width: 6px; }
            .card.met { border-left-color: var(--ok); }
            .card.met .value { color: var(--ok); }
            .card.missed { border-left-color: var(--bad); }
            .card.missed .value { color: var(--bad); }
            section { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px;
              margin: 16px 0; }
            .note { color: var(--muted); font-size: 13px; margin: 6px 0 0; max-width: 100ch; }
            svg.chart { display: block; width: 100%; height: auto; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
            th, td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: right; white-space: nowrap; }
            th.text, td.text { text-align: left; }
            td.wrap { white-space: normal; }
            thead th { border-bottom: 2px solid #9ca3af; color: var(--muted); font-weight: 600; white-space: normal;
              vertical-align: bottom; }
            tbody tr:nth-child(even) { background: #fafafa; }
            .share { display: inline-block; width: 120px; height: 10px; margin-right: 10px; background: #f3f4f6;
              vertical-align: middle; }
            .share .bar { display: block; height: 100%; background: #9a3412; }
            details summary { cursor: pointer; font-weight: 600; }
            details pre { background: #f3f4f6; border-radius: 6px; padding: 12px; overflow-x: auto; font-size: 12px;
              line-height: 1.35; }
            footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
            @media print {
              body { background: #fff; font-size: 11px; }
              main { max-width: none; padding: 0; }
              section, .card { border-color: #9ca3af; break-inside: avoid; }
              section { padding: 8px 0; border: none; border-top: 1px solid #9ca3af; border-radius: 0; }
              tbody tr:nth-child(even) { background: none; }
              .share, .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              svg.chart { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              details pre { white-space: pre-wrap; }
            }
            """;

    private Styles() {
    }
}
