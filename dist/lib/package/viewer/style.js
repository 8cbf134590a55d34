/** The viewer page's stylesheet: light and dark follow the system setting; print shows everything, unfolded. */
export const VIEWER_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
  --ok: #1a7f37; --warn: #9a6700; --error: #cf222e; --info: #0969da; --select: #ddf4ff;
  --row: 24px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
    --ok: #3fb950; --warn: #d29922; --error: #f85149; --info: #4493f8; --select: #1f3a5f;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
header, main > section { padding: 12px 20px; }
header { border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; }
.ok { color: var(--ok); } .retry, .warn, .warning { color: var(--warn); } .failed, .error, .unfinished { color: var(--error); } .info, .debug { color: var(--info); }
nav { position: sticky; top: 0; z-index: 2; display: flex; gap: 16px; padding: 6px 20px; background: var(--bg); border-bottom: 1px solid var(--line); }
.numbers { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px; margin: 10px 0 0; }
.numbers div { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.numbers dt { font-size: 12px; color: var(--muted); }
.numbers dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
ol.issues { margin: 0; padding-left: 0; list-style: none; }
ol.issues li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.timeline { position: relative; border: 1px solid var(--line); border-radius: 6px; padding: 4px 0; }
.lane { position: relative; height: 22px; margin: 2px 0; }
.lane .label { position: absolute; left: 8px; width: 180px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 12px; line-height: 22px; }
.lane .track { position: absolute; left: 196px; right: 8px; top: 3px; bottom: 3px; }
.bar { position: absolute; top: 0; bottom: 0; min-width: 3px; border-radius: 3px; background: var(--accent); opacity: .85; border: 0; padding: 0; cursor: pointer; display: flex; overflow: hidden; }
.bar.ok { background: var(--ok); } .bar.failed { background: var(--error); }
.bar.unfinished { background: repeating-linear-gradient(45deg, var(--error) 0 4px, transparent 4px 8px); border: 1px dashed var(--error); }
.bar .seg { height: 100%; border-right: 1px solid var(--bg); }
.seg.ok { background: var(--ok); } .seg.retry { background: var(--warn); } .seg.failed { background: var(--error); }
.seg.unanswered { background: repeating-linear-gradient(45deg, var(--error) 0 4px, transparent 4px 8px); }
form.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
form.filters label { font-size: 12px; color: var(--muted); display: flex; gap: 4px; align-items: center; }
select, input, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
button { cursor: pointer; }
input[type=search] { min-width: 240px; }
.list { position: relative; height: 60vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; font: 12px/var(--row) ui-monospace, SFMono-Regular, Menlo, monospace; }
.list .row { position: absolute; left: 0; right: 0; height: var(--row); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 8px; cursor: pointer; }
.list .row:hover { background: var(--panel); }
.list .row.active { background: var(--select); }
.list .row span { margin-right: 10px; }
aside { position: fixed; top: 0; right: 0; bottom: 0; width: min(720px, 100vw); overflow: auto; background: var(--bg); border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgba(0,0,0,.15); padding: 12px 20px; z-index: 3; }
aside .close { float: right; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 4px 0; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; max-height: 60vh; overflow: auto; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.kv dt { color: var(--muted); } .kv dd { margin: 0; overflow-wrap: anywhere; }
#status { padding: 12px 20px; }
@media print {
  nav, form.filters, aside .close, #status:empty { display: none; }
  aside { position: static; width: auto; box-shadow: none; border: 0; }
  .list { height: auto; overflow: visible; }
  /* The rows printed follow one another from the list's top: the spacer that gives the screen's list its full height is left out. */
  #spacer { display: none; }
  .list .row { position: static; }
  pre { max-height: none; }
  header { background: none; }
}
`;
