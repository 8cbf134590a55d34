/**
 * The viewer page's script, run by the browser from the page itself (no module, no network).
 * It reads three embedded blocks, each gzip then base64: `#lyfe-data` (the ViewerData of data.ts),
 * `#lyfe-processing` and `#lyfe-prompts` (the package's processing.jsonl and prompts.jsonl), inflates them with
 * the browser's DecompressionStream, and renders. Every text from the records is put in the page
 * with `textContent`: model output is shown, never run. Kept free of template literals so that it
 * can live in this string.
 */
export const VIEWER_SCRIPT = String.raw `
'use strict';
(function () {
  var ROW = 24;
  var MAX_TABLE_ROWS = 2000;
  var MAX_TIMELINE_CALLS = 400;
  var PRINT_ROWS = 5000;
  var root = document.documentElement;
  var $ = function (id) { return document.getElementById(id); };

  /** An element with its text (as text, never markup) and children. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (attrs[key] === undefined || attrs[key] === null || attrs[key] === false) continue;
      if (key === 'text') node.textContent = String(attrs[key]);
      else if (key === 'class') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); });
    return node;
  }
  /** A link inside the page: the only hrefs the page makes start with '#'. */
  function link(route, text, cls) { return el('a', { href: '#' + route, text: text, class: cls }); }
  function route(kind, id) { return kind + '/' + encodeURIComponent(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmtInt(n) { return Number(n || 0).toLocaleString('en-US'); }
  // An output's scores as execution_summary.md writes them: the mobile score to 2 places, the persona as a percentage.
  function fmtScore(v) { return v === null || v === undefined ? 'n/a' : v.toFixed(2); }
  function fmtPercent(v) { return v === null || v === undefined ? 'n/a' : Math.round(v * 1000) / 10 + '%'; }
  function fmtMs(ms) { return ms === null || ms === undefined ? '-' : ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(1) + ' s'; }

  function inflate(id) {
    var text = $(id).textContent.replace(/\s+/g, '');
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text();
  }

  var data, records = [], order = [], calls = Object.create(null), byFile = Object.create(null), shown = [], active = -1;

  function status(text) { $('status').textContent = text; }

  function load() {
    if (typeof DecompressionStream === 'undefined') {
      status('This browser cannot open the embedded session (it has no DecompressionStream). Open the page in a current browser, or read logs/processing.log and logs/prompts_audit.log.');
      root.dataset.state = 'failed';
      return;
    }
    Promise.all([inflate('lyfe-data'), inflate('lyfe-processing'), inflate('lyfe-prompts')]).then(function (texts) {
      data = JSON.parse(texts[0]);
      indexModel();
      index(texts[1], texts[2]);
      render();
      status('');
      root.dataset.state = 'ready';
    }).catch(function (error) {
      status('The embedded session could not be read: ' + error.message);
      root.dataset.state = 'failed';
    });
  }

  /** The lines of one record file; its last may have no newline after it (an old package's file). */
  function linesOf(text) {
    var lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  // How many records processing.jsonl holds: the first records, before prompts.jsonl's.
  var nProcessing = 0;

  /**
   * Parses every record once, and indexes them by call and by file; the list shows them by time.
   * Each file is split on its own: joined, a file without a final newline would run its last
   * record into the other's first.
   */
  function index(processingText, promptsText) {
    var processingLines = linesOf(processingText);
    var lines = processingLines.concat(linesOf(promptsText));
    nProcessing = processingLines.length;
    for (var i = 0; i < lines.length; i++) {
      var r;
      try { r = JSON.parse(lines[i]); } catch (e) { r = { time: '', level: 'error', stage: '?', event: 'unreadable', msg: lines[i] }; }
      r._i = i;
      r._log = i < nProcessing ? 'processing.jsonl' : 'prompts.jsonl';
      r._line = i < nProcessing ? i + 1 : i - nProcessing + 1;
      r._raw = lines[i];
      r._files = (r.input || []).concat(r.output || []);
      var d = r.data || {};
      r._outcome = r.event === 'llm.attempt' ? d.outcome : r.event === 'stage.end' ? d.status : r.event === 'file.result' ? (d.valid === false || d.ok === false ? 'failed' : 'ok') : '';
      records.push(r);
      if (d.call_id && (r.event === 'llm.attempt' || r.event === 'llm.request')) {
        var c = calls[d.call_id] || (calls[d.call_id] = { requests: [], attempts: [] });
        (r.event === 'llm.attempt' ? c.attempts : c.requests).push(i);
      }
      r._files.forEach(function (f) { (byFile[f] || (byFile[f] = [])).push(i); });
    }
    order = records.map(function (r) { return r._i; });
    order.sort(function (a, b) {
      var x = records[a], y = records[b];
      return x.time < y.time ? -1 : x.time > y.time ? 1 : a - b;
    });
  }

  /** The index of a record by its file and line; -1 for a line its file has not (a kept address, a mistyped one). */
  function recordIndex(ref) {
    var first = ref.log === 'processing.jsonl' ? 0 : ref.log === 'prompts.jsonl' ? nProcessing : -1;
    var count = first === 0 ? nProcessing : records.length - nProcessing;
    return first >= 0 && Number.isInteger(ref.line) && ref.line >= 1 && ref.line <= count ? first + ref.line - 1 : -1;
  }
  // Keyed by names from the records: no prototype, so a file called "constructor" is just a key.
  var callById = Object.create(null), outputByFile = Object.create(null), callsByOutput = Object.create(null);
  /** The model's calls and outputs by id and file, and each file's calls: its output's call first. */
  function indexModel() {
    data.session.calls.forEach(function (c) {
      callById[c.call_id] = c;
      c.output.forEach(function (f) { (callsByOutput[f] || (callsByOutput[f] = [])).push(c.call_id); });
    });
    data.session.outputs.forEach(function (o) {
      outputByFile[o.file] = o;
      var ids = callsByOutput[o.file] || (callsByOutput[o.file] = []);
      if (o.call_id && ids.indexOf(o.call_id) !== 0) callsByOutput[o.file] = [o.call_id].concat(ids.filter(function (id) { return id !== o.call_id; }));
    });
  }
  function callOf(id) { return callById[id]; }
  function outputOf(file) { return outputByFile[file]; }
  function callsForFile(file) { return callsByOutput[file] || []; }

  function render() {
    var s = data.session;
    document.title = data.title + ' - lyfe-kt viewer';
    $('title').textContent = data.title;
    $('session').textContent = 'Session ' + s.session_id + ' - ' + (s.start_time || '?') + ' to ' + (s.end_time || '?');
    var outcome = $('outcome');
    outcome.textContent = s.success ? 'success' : 'failed';
    outcome.className = 'badge ' + (s.success ? 'ok' : 'failed');
    var numbers = clear($('numbers'));
    data.numbers.forEach(function (n) { numbers.appendChild(el('div', null, [el('dt', { text: n.label }), el('dd', { text: n.value })])); });
    renderIssues();
    renderTimeline();
    renderOutputs();
    renderCalls();
    renderFilters();
    applyFilters();
    onRoute();
  }

  function issueItem(issue) {
    return el('li', null, [
      el('span', { class: 'badge ' + issue.severity, text: issue.severity }), ' ',
      link(route('issue', issue.id), issue.id), ' ',
      el('span', { class: 'muted', text: issue.rule }), ' ',
      issue.file ? link(route('output', issue.file), issue.file) : null, ': ',
      el('span', { text: issue.message }),
    ]);
  }

  function plural(n, one) { return n + ' ' + one + (n === 1 ? '' : 's'); }

  function renderIssues() {
    var q = data.quality;
    $('issues-title').textContent = 'Quality issues (' + plural(q.counts.error, 'error') + ', ' + plural(q.counts.warning, 'warning') + ', ' + plural(q.counts.info, 'note') + ')';
    var list = clear($('issue-list'));
    if (q.issues.length === 0) list.appendChild(el('li', { class: 'muted', text: 'No quality issue was found.' }));
    q.issues.forEach(function (issue) { list.appendChild(issueItem(issue)); });
  }

  function timeOf(iso) { var t = Date.parse(iso); return isFinite(t) ? t : NaN; }

  /**
   * The time of the last record of a stage run with no end: the records of its session, process and
   * stage from its start on, up to the next run of that stage in that process, if any.
   */
  function lastRecordOf(run, runs) {
    var from = timeOf(run.start_time), until = Infinity;
    runs.forEach(function (other) {
      var start = timeOf(other.start_time);
      if (other !== run && other.session === run.session && other.pid === run.pid && other.stage === run.stage && start > from && start < until) until = start;
    });
    var last = from;
    records.forEach(function (r) {
      if (r.session !== run.session || r.pid !== run.pid || r.stage !== run.stage) return;
      var t = timeOf(r.time);
      if (t > last && t < until) last = t;
    });
    return last;
  }

  function renderTimeline() {
    var s = data.session;
    var body = clear($('timeline-body'));
    var start = timeOf(s.start_time), end = timeOf(s.end_time);
    if (!isFinite(start) || !isFinite(end) || end <= start) { body.appendChild(el('p', { class: 'muted', text: 'The session has no time span to draw.' })); return; }
    var span = end - start;
    function place(node, from, to) {
      node.style.left = Math.max(0, (from - start) / span * 100) + '%';
      node.style.width = Math.max(0.2, (to - from) / span * 100) + '%';
      return node;
    }
    function lane(label, bars) {
      var track = el('div', { class: 'track' }, bars);
      return el('div', { class: 'lane' }, [el('div', { class: 'label', text: label, title: label }), track]);
    }
    s.stages.forEach(function (run) {
      var from = timeOf(run.start_time);
      var label = run.stage + ' #' + run.pid;
      var title = run.stage + ' (process ' + run.pid + '): ' + run.status + ', ' + fmtMs(run.duration_ms);
      var to;
      if (run.end_time) to = timeOf(run.end_time);
      else {
        // No end record (its process was stopped): it ran as long as it wrote records, not until the session ended.
        to = lastRecordOf(run, s.stages);
        label += ' (never ended)';
        title = run.stage + ' (process ' + run.pid + '): never ended (no end record); its last record ' + fmtMs(to - from) + ' after its start';
      }
      body.appendChild(lane(label, [place(el('span', { class: 'bar ' + run.status, title: title }), from, to)]));
    });
    var ids = Object.keys(calls);
    ids.slice(0, MAX_TIMELINE_CALLS).forEach(function (id) {
      var c = calls[id];
      var first = records[c.requests[0] !== undefined ? c.requests[0] : c.attempts[0]];
      var lastAttempt = c.attempts.length ? records[c.attempts[c.attempts.length - 1]] : null;
      // One request record before each attempt: a request with no attempt after it was in flight when the process stopped.
      var inFlight = c.requests.length > c.attempts.length ? records[c.requests[c.requests.length - 1]] : null;
      var from = timeOf(first.time);
      var to = lastAttempt && !inFlight ? timeOf(lastAttempt.time) : end;
      var summary = callOf(id);
      var label = (summary ? summary.purpose : id) + ' ' + (first._files[first._files.length - 1] || '');
      var bar = place(el('a', { class: 'bar', href: '#' + route('call', id), title: label + ': ' + c.attempts.length + ' attempt(s), ' + (summary ? summary.outcome : '?') }), from, to);
      // Each attempt's share of the bar is its latency; the attempt in flight takes it from its sending to the end.
      var parts = c.attempts.map(function (i) { var d = records[i].data || {}; return { outcome: d.outcome, ms: d.latency_ms || 0 }; });
      if (inFlight) parts.push({ outcome: 'unanswered', ms: Math.max(0, end - timeOf(inFlight.time)) || 0 });
      var total = 0;
      parts.forEach(function (p) { total += p.ms; });
      parts.forEach(function (p) {
        var seg = el('span', { class: 'seg ' + p.outcome });
        seg.style.width = (total ? p.ms / total * 100 : 100 / parts.length) + '%';
        bar.appendChild(seg);
      });
      body.appendChild(lane(label, [bar]));
    });
    if (ids.length > MAX_TIMELINE_CALLS) body.appendChild(el('p', { class: 'muted', text: 'The first ' + MAX_TIMELINE_CALLS + ' of ' + ids.length + ' calls are drawn; the table below lists them.' }));
  }

  function table(node, head, rows, note) {
    clear(node);
    node.appendChild(el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { text: h }); }))]));
    var tbody = el('tbody');
    rows.slice(0, MAX_TABLE_ROWS).forEach(function (cells) { tbody.appendChild(el('tr', null, cells.map(function (c) { return el('td', null, [c]); }))); });
    node.appendChild(tbody);
    if (rows.length > MAX_TABLE_ROWS) node.appendChild(el('caption', { class: 'muted', text: 'The first ' + MAX_TABLE_ROWS + ' of ' + rows.length + ' ' + note + '; filter the records below for the rest.' }));
  }

  function renderOutputs() {
    table($('output-table'), ['Output', 'Valid', 'Mobile', 'Persona', 'Made by'], data.session.outputs.map(function (o) {
      var made = el('span');
      callsForFile(o.file).forEach(function (id) { made.appendChild(link(route('call', id), id)); made.appendChild(document.createTextNode(' ')); });
      return [link(route('output', o.file), o.file), el('span', { class: o.valid ? 'ok' : 'failed', text: o.valid ? 'yes' : 'no (' + o.errors.length + ')' }),
        fmtScore(o.mobile_optimization_score), fmtPercent(o.ari_persona_consistency), made];
    }), 'outputs');
  }

  /**
   * The files a call produced: those its answer was written to (the model's 'written'). A call that
   * failed or was stopped produced nothing, nor did one answered whose process stopped before it
   * wrote the answer (a template's other level still in flight): they only were for their files.
   */
  function producedBy(c) { return c.outcome === 'ok' ? c.output.filter(function (f) { return c.written.indexOf(f) >= 0; }) : []; }
  function callOutput(c) {
    var made = producedBy(c);
    if (made.length) return made.join(', ');
    return (c.outcome === 'ok' ? 'none written' : 'none') + ' (was for ' + c.output.join(', ') + ')';
  }

  function renderCalls() {
    table($('call-table'), ['Call', 'Purpose', 'Model', 'Attempts', 'Outcome', 'Tokens', 'Latency', 'Output'], data.session.calls.map(function (c) {
      return [link(route('call', c.call_id), c.call_id), c.purpose, c.model, String(c.attempts), el('span', { class: c.outcome, text: c.outcome }), fmtInt(c.tokens), fmtMs(c.latency_ms), callOutput(c)];
    }), 'calls');
  }

  // ---- the record list: filters, search, a virtualised list ----
  var filters = { stage: '', level: '', file: '', outcome: '', text: '' };
  // A search typed is applied a moment after the last key.
  var searchTimer;

  function options(select, values) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); });
  }

  function renderFilters() {
    var stages = Object.create(null), levels = Object.create(null), outcomes = Object.create(null);
    records.forEach(function (r) { stages[r.stage] = 1; levels[r.level] = 1; if (r._outcome) outcomes[r._outcome] = 1; });
    options($('f-stage'), Object.keys(stages).sort());
    // A level keeps the records of that level and above, as lyfe-kt logs --level does.
    ['debug', 'info', 'warn', 'error'].filter(function (l) { return levels[l]; }).forEach(function (l) {
      $('f-level').appendChild(el('option', { value: l, text: l === 'error' ? l : l + ' and above' }));
    });
    options($('f-file'), Object.keys(byFile).sort());
    options($('f-outcome'), Object.keys(outcomes).sort());
    ['stage', 'level', 'file', 'outcome'].forEach(function (name) {
      $('f-' + name).addEventListener('change', function (e) { filters[name] = e.target.value; applyFilters(); });
    });
    $('f-text').addEventListener('input', function (e) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () { filters.text = searchable(e.target.value).trim(); applyFilters(); }, 120);
    });
  }

  /** The list of one filter's records, all of them: the other filters are cleared, as their controls say. */
  function filterOnly(name, value) {
    clearTimeout(searchTimer);
    for (var key in filters) {
      filters[key] = key === name ? value : '';
      $('f-' + key).value = filters[key];
    }
    applyFilters();
  }

  /**
   * A text as the search compares it: lower-cased, each run of spaces and line breaks one space. The
   * search box turns the line breaks of a phrase pasted into it into spaces: a phrase copied over
   * the lines of a prompt is found.
   */
  function searchable(text) { return text.toLowerCase().replace(/\s+/g, ' '); }

  /**
   * What the search looks in: the text of a record's values as the viewer shows them (a quoted
   * phrase of a prompt, its lines), not its JSON line (no key names, no escapes), made searchable
   * at the record's first search; a value ends at a line break, which no search holds.
   */
  function searchText(r) {
    if (r._search === undefined) {
      var parts = [];
      var walk = function (value, top) {
        if (value === null || value === undefined) return;
        if (typeof value !== 'object') { parts.push(searchable(String(value))); return; }
        for (var key in value) {
          // The viewer's own fields of a record begin with _.
          if (Object.prototype.hasOwnProperty.call(value, key) && !(top && key.charAt(0) === '_')) walk(value[key], false);
        }
      };
      walk(r, true);
      r._search = parts.join('\n');
    }
    return r._search;
  }

  // The ranks of lyfe-kt logs --level: a level it does not know counts as an error.
  var LEVEL_RANK = { debug: 0, info: 1, warn: 2, error: 3 };
  function levelRank(level) { return Object.prototype.hasOwnProperty.call(LEVEL_RANK, level) ? LEVEL_RANK[level] : LEVEL_RANK.error; }

  function applyFilters() {
    var f = filters;
    shown = order.filter(function (i) {
      var r = records[i];
      if (f.stage && r.stage !== f.stage) return false;
      if (f.level && levelRank(r.level) < LEVEL_RANK[f.level]) return false;
      if (f.outcome && r._outcome !== f.outcome) return false;
      if (f.file && r._files.indexOf(f.file) < 0) return false;
      if (f.text && searchText(r).indexOf(f.text) < 0) return false;
      return true;
    });
    $('count').textContent = fmtInt(shown.length) + ' of ' + fmtInt(records.length) + ' records';
    // The rows are others now: none is active until a key or a click chooses one.
    active = -1;
    var list = $('record-list');
    $('spacer').style.height = shown.length * ROW + 'px';
    list.scrollTop = 0;
    drawRows();
  }

  function rowText(r) {
    var d = r.data || {};
    var extra = r.event === 'llm.attempt' ? ' [' + d.outcome + ', ' + fmtMs(d.latency_ms) + ']' : '';
    return (r.time || '').slice(11, 23) + '  ' + r.level.toUpperCase().padEnd(5) + ' ' + r.stage.padEnd(10) + ' ' + r.event.padEnd(12) + ' ' + (r._files.length ? r._files.join(',') + '  ' : '') + r.msg + extra;
  }

  var drawn = null;
  function drawRows(all) {
    var list = $('record-list');
    var first = all ? 0 : Math.max(0, Math.floor(list.scrollTop / ROW) - 10);
    var last = all ? Math.min(shown.length, PRINT_ROWS) : Math.min(shown.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 10);
    var rows = clear($('rows'));
    for (var k = first; k < last; k++) {
      var r = records[shown[k]];
      // Only the rows in view are drawn: each says where it is in the whole list.
      var row = el('div', { class: 'row' + (k === active ? ' active' : '') + (r.level === 'error' || r.level === 'warn' ? ' ' + r.level : ''), role: 'option', id: 'row-' + k, 'data-k': k,
        'aria-selected': k === active ? 'true' : 'false', 'aria-posinset': k + 1, 'aria-setsize': shown.length, text: rowText(r) });
      row.style.top = k * ROW + 'px';
      rows.appendChild(row);
    }
    drawn = [first, last];
    // The list keeps the focus; a screen reader reads the row the keys moved to as its active descendant.
    if (active >= first && active < last) list.setAttribute('aria-activedescendant', 'row-' + active);
    else list.removeAttribute('aria-activedescendant');
  }

  function activate(k, open) {
    if (shown.length === 0) return;
    active = Math.max(0, Math.min(shown.length - 1, k));
    var list = $('record-list');
    if (active * ROW < list.scrollTop) list.scrollTop = active * ROW;
    else if ((active + 1) * ROW > list.scrollTop + list.clientHeight) list.scrollTop = (active + 1) * ROW - list.clientHeight;
    drawRows();
    if (open) location.hash = route('record', records[shown[active]]._log + ':' + records[shown[active]]._line);
  }

  function wireList() {
    var list = $('record-list');
    var pending = false;
    list.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; drawRows(); });
    });
    list.addEventListener('click', function (e) {
      var row = e.target.closest('.row');
      if (row) activate(Number(row.getAttribute('data-k')), true);
    });
    list.addEventListener('keydown', function (e) {
      var page = Math.max(1, Math.floor(list.clientHeight / ROW) - 1);
      var moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, j: 1, k: -1 };
      // With no active row yet (a new list), the first move goes to the first row.
      if (e.key in moves) activate(active < 0 ? 0 : active + moves[e.key], false);
      else if (e.key === 'Home') activate(0, false);
      else if (e.key === 'End') activate(shown.length - 1, false);
      else if (e.key === 'Enter' && active >= 0) activate(active, true);
      else return;
      e.preventDefault();
    });
    document.addEventListener('keydown', function (e) {
      var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
      if (e.key === '/' && !typing) { e.preventDefault(); $('f-text').focus(); }
      else if (e.key === 'Escape' && !$('detail').hidden) { e.preventDefault(); closeDetail(); }
    });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    window.addEventListener('beforeprint', function () { drawRows(true); });
    window.addEventListener('afterprint', function () { drawRows(); });
  }

  // ---- details: a call, an output, a record, an issue ----
  function kv(pairs) {
    var dl = el('dl', { class: 'kv' });
    pairs.forEach(function (p) { if (p) { dl.appendChild(el('dt', { text: p[0] })); dl.appendChild(el('dd', null, [typeof p[1] === 'string' ? p[1] : p[1]])); } });
    return dl;
  }
  function pre(text) { return el('pre', { text: text }); }
  function recordLink(i) { var r = records[i]; return link(route('record', r._log + ':' + r._line), r._log + ':' + r._line); }
  function issuesFor(test) { return data.quality.issues.filter(test); }
  function issueList(list) { var ol = el('ol', { class: 'issues' }); list.forEach(function (i) { ol.appendChild(issueItem(i)); }); return ol; }

  function showCall(id) {
    var c = callOf(id), idx = calls[id] || { requests: [], attempts: [] };
    // An address kept from another session, or mistyped: said so, not shown as an empty call.
    if (!c && !calls[id]) return openDetail([el('p', { text: 'No call ' + id + ' in this session.' })]);
    var body = [el('h2', { text: 'Call ' + id })];
    if (c) {
      var made = producedBy(c), outs = el('span');
      (made.length ? made : c.output).forEach(function (f) { outs.appendChild(link(route('output', f), f)); outs.appendChild(document.createTextNode(' ')); });
      body.push(kv([['Purpose', c.purpose], ['Stage', c.stage], ['Provider', c.provider + ' / ' + c.model], ['Outcome', el('span', { class: c.outcome, text: c.outcome })],
        ['Attempts', String(c.attempts)], ['Tokens', fmtInt(c.tokens)], ['Latency', fmtMs(c.latency_ms)], ['Input', c.input.join(', ') || '-'], [made.length ? 'Produced' : 'Was for', outs]]));
      if (c.outcome === 'ok' && !made.length) body.push(el('p', { class: 'failed', text: 'Answered, but no file was written from the answer: its stage stopped or failed first.' }));
    }
    var found = issuesFor(function (i) { return i.call_id === id; });
    if (found.length) body.push(el('h3', { text: 'Quality issues' }), issueList(found));
    idx.attempts.forEach(function (i) {
      var r = records[i], d = r.data || {};
      var usage = d.usage || {};
      body.push(el('h3', null, ['Attempt ' + d.attempt + ' ', el('span', { class: 'badge ' + d.outcome, text: d.outcome }), ' ', recordLink(i)]));
      body.push(kv([['Time', r.time], ['Latency', fmtMs(d.latency_ms)], ['Tokens', fmtInt(usage.prompt_tokens) + ' prompt + ' + fmtInt(usage.completion_tokens) + ' completion'],
        d.finish_reason ? ['Finish reason', d.finish_reason + (d.truncated ? ' (cut off by the token limit)' : '')] : null, d.reason ? ['Reason', d.reason] : null,
        d.http_status ? ['HTTP status', String(d.http_status)] : null, ['Params', JSON.stringify(d.params || {})]]));
      (d.messages || []).forEach(function (m) { body.push(el('div', { class: 'muted', text: m.role }), pre(m.content)); });
      body.push(el('div', { class: 'muted', text: 'response' }), pre(d.response === null || d.response === undefined ? '(no response)' : d.response));
    });
    // One request record before each attempt: a request with no attempt after it was never answered.
    if (idx.requests.length > idx.attempts.length) {
      var sent = records[idx.requests[idx.requests.length - 1]];
      body.push(el('p', { class: 'failed', text: 'Attempt ' + ((sent.data || {}).attempt || idx.requests.length) + ' was sent and never answered: the process stopped during the call.' }), recordLink(idx.requests[idx.requests.length - 1]));
    }
    openDetail(body);
  }

  function showOutput(file) {
    var o = outputOf(file);
    // A file the session only read is shown with its records; one it never names is not there.
    if (!o && !callsForFile(file).length && !byFile[file]) return openDetail([el('p', { text: 'No file ' + file + ' in this session.' })]);
    var body = [el('h2', { text: file })];
    if (o) {
      body.push(kv([['Valid', el('span', { class: o.valid ? 'ok' : 'failed', text: o.valid ? 'yes' : 'no' })], ['Level', o.level || '-'], ['From', o.input || '-'],
        ['Mobile score', fmtScore(o.mobile_optimization_score)], ['Persona', fmtPercent(o.ari_persona_consistency)], ['Schema', o.schema_version || '-']]));
      if (o.errors.length) body.push(el('h3', { text: 'Schema errors' }), pre(o.errors.join('\n')));
    }
    var made = el('ul'), written = false;
    callsForFile(file).forEach(function (id) {
      var c = callOf(id);
      if (c && producedBy(c).indexOf(file) >= 0) written = true;
      made.appendChild(el('li', null, [link(route('call', id), id), ' ' + (c ? c.purpose + ', ' + c.attempts + ' attempt(s), ' + c.outcome : '')]));
    });
    body.push(el('h3', { text: written || !callsForFile(file).length ? 'Made by' : 'Calls for it (none wrote it)' }), made);
    var found = issuesFor(function (i) { return i.file === file; });
    if (found.length) body.push(el('h3', { text: 'Quality issues' }), issueList(found));
    var filter = el('button', { type: 'button', text: 'Show its ' + (byFile[file] || []).length + ' records in the list' });
    filter.addEventListener('click', function () { filterOnly('file', file); closeDetail(); $('record-list').focus(); });
    body.push(el('p', null, [filter]));
    openDetail(body);
  }

  function showRecord(ref) {
    var parts = ref.split(':');
    var i = recordIndex({ log: parts[0], line: Number(parts[1]) });
    var r = records[i];
    if (!r) return openDetail([el('p', { text: 'No record ' + ref + ' in this session.' })]);
    var body = [el('h2', { text: r._log + ' line ' + r._line })];
    var d = r.data || {};
    if (d.call_id) body.push(el('p', null, ['Call ', link(route('call', d.call_id), d.call_id)]));
    body.push(el('p', null, r._files.map(function (f) { return outputOf(f) ? link(route('output', f), f + ' ') : el('span', { text: f + ' ' }); })));
    var shownRecord = {};
    for (var key in r) if (key.charAt(0) !== '_') shownRecord[key] = r[key];
    body.push(pre(JSON.stringify(shownRecord, null, 2)));
    var k = shown.indexOf(i);
    if (k >= 0) { active = k; drawRows(); }
    openDetail(body);
  }

  function showIssue(id) {
    var issue = data.quality.issues.find(function (i) { return i.id === id; });
    if (!issue) return openDetail([el('p', { text: 'No issue ' + id + '.' })]);
    var evidence = el('ul');
    issue.records.forEach(function (ref) {
      var i = recordIndex(ref), r = records[i];
      evidence.appendChild(el('li', null, [recordLink(i), r ? ' ' + r.event + ': ' + r.msg : '']));
    });
    openDetail([el('h2', { text: issue.id + ' ' + issue.rule }), kv([['Severity', el('span', { class: 'badge ' + issue.severity, text: issue.severity })],
      ['File', issue.file ? link(route('output', issue.file), issue.file) : '-'], ['Where', issue.path || '-'], ['Call', issue.call_id ? link(route('call', issue.call_id), issue.call_id) : '-']]),
      el('p', { text: issue.message }), el('h3', { text: 'Evidence' }), evidence]);
  }

  // What had the focus when the details opened: Escape gives it back. Following links inside the details keeps it.
  var opener = null;
  function openDetail(children) {
    var detail = $('detail');
    var from = document.activeElement;
    if (detail.hidden || !detail.contains(from)) opener = from && from !== document.body && !detail.contains(from) ? from : null;
    var body = clear($('detail-body'));
    children.forEach(function (c) { body.appendChild(c); });
    detail.hidden = false;
    detail.scrollTop = 0;
    // The details take the focus, so that the keyboard (and a screen reader) is where they are.
    detail.focus({ preventScroll: true });
  }
  function closeDetail() {
    var detail = $('detail');
    var had = detail.contains(document.activeElement) || document.activeElement === document.body;
    detail.hidden = true;
    if (location.hash) history.pushState(null, '', location.pathname + location.search);
    if (had && opener && document.contains(opener)) opener.focus({ preventScroll: true });
    opener = null;
  }

  function onRoute() {
    var hash = location.hash.slice(1);
    var slash = hash.indexOf('/');
    if (slash < 0) { $('detail').hidden = true; return; }
    var kind = hash.slice(0, slash), id;
    // An address cut or typed by hand (#call/%E0) is no item's: said so, never thrown.
    try { id = decodeURIComponent(hash.slice(slash + 1)); } catch (e) { return openDetail([el('p', { text: 'No such item in this session: ' + hash })]); }
    if (kind === 'call') showCall(id);
    else if (kind === 'output') showOutput(id);
    else if (kind === 'record') showRecord(id);
    else if (kind === 'issue') showIssue(id);
  }

  window.addEventListener('hashchange', function () { if (data) onRoute(); });
  window.addEventListener('popstate', function () { if (data) onRoute(); });
  $('detail-close').addEventListener('click', closeDetail);
  wireList();
  load();
})();
`;
