package org.licenselens.report;

/** The style sheet every HTML report starts from, so the scan and compare pages read and print alike. */
final class ReportStyles {
    static final String BASE = """
            :root { color-scheme: light; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24;
                   margin: 1.5rem auto; max-width: 90rem; padding: 0 1rem; }
            h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: left;
                     overflow-wrap: anywhere; }
            thead th { background: #f6f8fa; }
            .value { font-weight: 600; }
            .ref { color: #57606a; font-size: .85em; white-space: nowrap; }
            ul.evidence { margin: .3rem 0 0; padding-left: 1rem; }
            ul.evidence li { margin: .2rem 0; }
            blockquote { margin: .15rem 0 0; padding-left: .5rem; border-left: 3px solid #d0d7de; color: #24292f; }
            del { background: #ffebe9; color: #82071e; }
            ins { background: #dafbe1; color: #116329; text-decoration: none; }
            dl.licenses { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dt { font-weight: 600; }
            dd { margin: 0; }
            .note { color: #57606a; font-size: .9em; }
            ul.toc { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
            @media print {
              body { font-size: 9pt; margin: 0; max-width: none; }
              h2, h3 { break-after: avoid; }
              thead { display: table-header-group; }
              tr, li { break-inside: avoid; }
              nav { display: none; }
              del, ins, .flagged { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private ReportStyles() {}
}
