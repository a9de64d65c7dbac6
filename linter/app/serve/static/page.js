"use strict";
// The checking page of `newslint serve`: plain script, no framework, nothing fetched
// but this server's own API. The article is a textarea over a backdrop that draws the
// findings; every edit re-lints (debounced) through POST /api/lint.
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var text = $("text"), backdrop = $("backdrop"), status = $("status");
  var tokenField = document.querySelector("input[name=token]");
  var SEVERITIES = ["error", "warning", "info"];
  var state = {
    rules: {}, families: {}, familyOrder: [], framing: [], configured: [], genre: "auto",
    findings: [], profile: null, linted: null, shown: "", current: -1,
    seq: 0, timer: null, note: "", explanations: {}, hiddenFamilies: {}, hiddenSeverities: {}, select: null
  };
  var DELAY = 350;

  // -- talking to the server ---------------------------------------------------------
  function call(method, path, body) {
    var headers = {"Accept": "application/json"};
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (tokenField) { headers["Authorization"] = "Bearer " + tokenField.value; }
    return fetch(path, {method: method, headers: headers, credentials: "same-origin",
                        body: body === undefined ? undefined : JSON.stringify(body)})
      .then(function (resp) {
        return resp.json().then(function (data) {
          if (!resp.ok) { throw new Error(data && data.error ? data.error : "HTTP " + resp.status); }
          return data;
        });
      });
  }

  // Python counts code points; JavaScript strings count UTF-16 units. map[cp] = unit.
  function unitsOf(str) {
    var map = [], i = 0;
    while (i < str.length) {
      map.push(i);
      var c = str.charCodeAt(i);
      i += (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) ? 2 : 1;
    }
    map.push(i);
    return map;
  }

  function setStatus(message, failed) {
    status.textContent = message;
    status.classList.toggle("failed", !!failed);
  }

  // -- linting -------------------------------------------------------------------------
  // body[data-state] is "checking" while an answer is awaited, "idle" once the text's findings are shown.
  function busy(on) { document.body.dataset.state = on ? "checking" : "idle"; }

  function schedule() {
    busy(true);
    clearTimeout(state.timer);
    state.timer = setTimeout(lintNow, DELAY);
  }

  function lintNow() {
    clearTimeout(state.timer);
    var value = text.value, seq = ++state.seq;
    if (!value.trim()) {
      receive(value, {files: [{findings: [], profile: null}]});
      setStatus("");
      return;
    }
    var body = {text: value, format: $("format").value, genre: $("genre").value, fixes: true};
    if (state.select) {
      if (!state.select.length) { receive(value, {files: [{findings: [], profile: null}]}); setStatus("No rule is selected."); return; }
      body.select = state.select;
    }
    setStatus(state.note + "Checking\u2026");
    busy(true);
    call("POST", "/api/lint", body).then(function (data) {
      if (seq === state.seq) { receive(value, data); }
    }, function (err) {
      if (seq === state.seq) { setStatus("The article could not be checked: " + err.message, true); busy(false); }
    });
  }

  function receive(value, data) {
    var file = data.files[0], map = unitsOf(value), keep = currentKey();
    state.linted = value;
    state.shown = value;
    state.findings = file.findings.map(function (f, i) {
      var fix = f.fix ? {start: map[f.fix.start], end: map[f.fix.end], replacement: f.fix.replacement} : null;
      return {i: i, data: f, start: map[f.start], end: map[f.end], fix: fix, gone: false,
              family: (state.rules[f.code] || {}).family || f.code.replace(/[0-9]+$/, "")};
    });
    state.profile = file.profile;
    state.current = -1;
    if (keep) {
      state.findings.forEach(function (f) { if (keyOf(f) === keep) { state.current = f.i; } });
      if (state.current < 0) { $("detail").hidden = true; }  // the edit removed the finding explained
    }
    render();
    if (data.summary) { setStatus(state.note + summaryText()); state.note = ""; }
    busy(false);
  }

  function keyOf(f) { return f.data.code + "\u0000" + f.data.fingerprint; }
  function currentKey() { var f = state.findings[state.current]; return f ? keyOf(f) : null; }

  function summaryText() {
    var counts = {error: 0, warning: 0, info: 0};
    state.findings.forEach(function (f) { counts[f.data.severity] += 1; });
    var parts = SEVERITIES.filter(function (s) { return counts[s]; }).map(function (s) {
      return counts[s] + " " + (s === "info" ? "info" : s + (counts[s] === 1 ? "" : "s"));
    });
    var total = state.findings.length;
    return total ? total + (total === 1 ? " finding: " : " findings: ") + parts.join(", ") + "." : "No findings.";
  }

  // While the next answer is on its way, highlights follow the edit: those before the
  // changed stretch stay, those after it move, those inside it are dropped.
  function follow() {
    var before = state.shown, after = text.value;
    if (before === after) { return; }
    var p = 0, max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) { p++; }
    var s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) { s++; }
    var oldEnd = before.length - s, delta = after.length - before.length;
    state.findings.forEach(function (f) {
      if (f.gone || f.end <= p) { return; }
      if (f.start >= oldEnd) { f.start += delta; f.end += delta; } else { f.gone = true; }
    });
    state.shown = after;
    render();
  }

  // -- drawing ---------------------------------------------------------------------------
  function visible(f) {
    return !f.gone && !state.hiddenSeverities[f.data.severity] && !state.hiddenFamilies[f.family];
  }

  function colour(el, family) {
    var fam = state.families[family];
    if (!fam) { return; }
    el.style.setProperty("--tint", fam.tint);
    el.style.setProperty("--ink", fam.ink);
    el.style.setProperty("--soft", soften(fam.tint));
  }

  function soften(tint) {
    var out = "#";
    for (var i = 1; i < 7; i += 2) { out += (("0" + ((parseInt(tint.substr(i, 2), 16) + 255) >> 1).toString(16)).slice(-2)); }
    return out;
  }

  var RANK = {error: 0, warning: 1, info: 2};
  function stronger(a, b) {
    return RANK[a.data.severity] - RANK[b.data.severity] || (a.end - a.start) - (b.end - b.start);
  }

  function renderBackdrop() {
    var value = state.shown, shown = state.findings.filter(function (f) { return visible(f) && f.end > f.start; });
    var cuts = [0, value.length];
    shown.forEach(function (f) { cuts.push(f.start, f.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var out = document.createDocumentFragment();
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], piece = value.slice(a, b);
      var over = shown.filter(function (f) { return f.start <= a && f.end >= b; }).sort(stronger);
      if (!over.length) { out.appendChild(document.createTextNode(piece)); continue; }
      var mark = document.createElement("mark"), top = over[0];
      mark.className = "sev-" + top.data.severity + (over.some(function (f) { return f.i === state.current; }) ? " current" : "");
      mark.dataset.findings = over.map(function (f) { return f.i; }).join(" ");
      colour(mark, top.family);
      mark.textContent = piece;
      out.appendChild(mark);
    }
    if (value.slice(-1) === "\n") { out.appendChild(document.createTextNode(" ")); }
    backdrop.replaceChildren(out);
    backdrop.scrollTop = text.scrollTop;
  }

  function familyName(prefix) {
    var fam = state.families[prefix];
    return fam ? prefix + " \u00b7 " + fam.name : prefix;
  }

  function familiesSeen() {
    var seen = state.familyOrder.slice();
    state.findings.forEach(function (f) { if (seen.indexOf(f.family) < 0) { seen.push(f.family); } });
    return seen;
  }

  function renderList() {
    var box = $("findings"), focused = document.activeElement, refocus = null;
    if (focused && focused.classList.contains("finding") && state.findings[+focused.dataset.i]) { refocus = keyOf(state.findings[+focused.dataset.i]); }
    var out = document.createDocumentFragment(), total = 0;
    familiesSeen().forEach(function (prefix) {
      var mine = state.findings.filter(function (f) { return f.family === prefix && visible(f); });
      if (!mine.length) { return; }
      total += mine.length;
      var section = document.createElement("section"), h = document.createElement("h3"), sw = document.createElement("span");
      section.className = "family";
      sw.className = "swatch";
      colour(sw, prefix);
      h.id = "family-" + prefix;
      h.append(sw, familyName(prefix) + " (" + mine.length + ")");
      var list = document.createElement("ul");
      list.setAttribute("aria-labelledby", h.id);
      mine.forEach(function (f) { list.appendChild(entry(f)); });
      section.append(h, list);
      out.appendChild(section);
    });
    if (!total) {
      var none = document.createElement("p");
      none.className = "note";
      none.textContent = state.findings.length ? "Every finding is filtered out." : (text.value.trim() ? "No findings." : "Paste an article to check it.");
      out.appendChild(none);
    }
    box.replaceChildren(out);
    $("count").textContent = String(total);
    if (refocus) {
      var again = Array.prototype.find.call(box.querySelectorAll(".finding"), function (b) { return keyOf(state.findings[+b.dataset.i]) === refocus; });
      if (again) { again.focus(); }
    }
  }

  function entry(f) {
    var li = document.createElement("li"), b = document.createElement("button"), d = f.data;
    b.type = "button";
    b.className = "finding" + (f.gone ? " gone" : "");
    b.id = "finding-" + f.i;
    b.dataset.i = String(f.i);
    colour(b, f.family);
    if (f.i === state.current) { b.setAttribute("aria-current", "true"); }
    var code = span("code", d.code), sev = span("sev sev-" + d.severity, d.severity);
    var words = span("words", "\u201c" + clip(d.text, 60) + "\u201d"), msg = span("msg", d.message);
    b.append(code, " ", sev, " ", words);
    if (f.fix) { b.append(" ", span("fixable", "fix available")); }
    b.append(msg);
    b.setAttribute("aria-label", d.code + ", " + d.severity + ", line " + d.line + ", \u201c" + clip(d.text, 60) + "\u201d: " +
                   d.message + (f.fix ? ". A fix is available." : ""));
    li.appendChild(b);
    return li;
  }

  function span(cls, words) { var s = document.createElement("span"); s.className = cls; s.textContent = words; return s; }
  function clip(s, n) { s = s.replace(/\s+/g, " "); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }

  function renderFamilyFilters() {
    var box = $("family-filters");
    var present = {};
    state.findings.forEach(function (f) { present[f.family] = (present[f.family] || 0) + 1; });
    var out = document.createDocumentFragment();
    familiesSeen().forEach(function (prefix) {
      if (!present[prefix]) { return; }
      var label = document.createElement("label"), box2 = document.createElement("input");
      box2.type = "checkbox";
      box2.dataset.family = prefix;
      box2.checked = !state.hiddenFamilies[prefix];
      label.append(box2, " " + prefix + " (" + present[prefix] + ")");
      label.title = familyName(prefix);
      out.appendChild(label);
    });
    box.replaceChildren(out);
  }

  function render() {
    renderBackdrop();
    renderList();
    renderFamilyFilters();
    renderProfile();
    if (state.current >= 0 && !$("detail").hidden) { fillDetail(state.findings[state.current]); }
  }

  // -- the sourcing profile ------------------------------------------------------------------
  function renderProfile() {
    var box = $("profile"), p = state.profile;
    if (!p) { var n = document.createElement("p"); n.className = "note"; n.textContent = "Appears with the findings."; box.replaceChildren(n); return; }
    var articles = p.articles || [p], out = document.createDocumentFragment();
    articles.forEach(function (one, k) {
      if (articles.length > 1) { var h = document.createElement("h3"); h.textContent = "Article " + (k + 1); out.appendChild(h); }
      out.appendChild(profileTable(one));
    });
    box.replaceChildren(out);
  }

  function plural(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }

  function profileTable(p) {
    var dl = document.createElement("dl");
    function row(term, value) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = term; dd.textContent = value; dl.append(dt, dd);
      return dd;
    }
    var tiers = Object.keys(p.tiers).filter(function (t) { return p.tiers[t]; });
    row("Sources", tiers.map(function (t) { return t + " " + p.tiers[t]; }).join(", ") || "none").id = "profile-sources";
    var quoted = Object.keys(p.quoted).map(function (who) {
      return who + " " + plural(p.quoted[who].quotes, "quote") + ", " + plural(p.quoted[who].words, "word");
    });
    row("Quoted", (quoted.join("; ") || "nobody") + "; with no speaker: " + p.unattributed_quotes);
    // As the command line's profile: the sources whose statements are framed, most framed first.
    var framed = Object.keys(p.verbs).filter(function (who) { return p.verbs[who].framed; });
    framed.sort(function (a, b) { return p.verbs[b].framed - p.verbs[a].framed; });
    var verbs = framed.map(function (who) {
      var e = p.verbs[who];
      return who + ": " + e.verbs.map(function (v) { return v.text + (state.framing.indexOf(v["class"]) >= 0 ? "*" : ""); }).join(", ") +
        " (framed " + e.framed + " of " + e.total + ")";
    });
    row("Framing verbs", verbs.join("; ") || "none").id = "profile-verbs";
    if (p.asymmetry) {
      var a = p.asymmetry;
      row("Asymmetry", a.entity + " " + a.framed + " of " + a.total + " framed vs others " + a.others_framed + " of " + a.others_total);
    }
    row("Opinion", p.opinion_sentences + " of " + p.body_sentences + " body sentences (" + Math.round(100 * p.opinion_share) +
        "%) carry the writer's unattributed judgement").id = "profile-opinion";
    if (p.genre) { row("Genre", p.genre.name + " (" + p.genre.source + ")"); }
    return dl;
  }

  // -- one finding: its explanation and its fix -------------------------------------------
  function show(i, focusPanel) {
    var f = state.findings[i];
    if (!f) { return; }
    state.current = i;
    var detail = $("detail");
    detail.hidden = false;
    fillDetail(f);
    renderBackdrop();
    renderList();
    scrollTo(f);
    $("side").scrollTop = 0;  // the explanation is first in the side panel
    if (focusPanel) { $("detail-title").focus(); }
  }

  function fillDetail(f) {
    var d = f.data, apply = $("apply");
    colour($("detail"), f.family);
    $("detail-title").textContent = d.code + " (" + d.name + "), " + d.severity + ", line " + d.line;
    $("detail-message").textContent = d.message;
    apply.hidden = !f.fix;
    if (f.fix) {
      var was = "\u201c" + clip(d.text, 40) + "\u201d";
      apply.textContent = f.fix.replacement ? "Apply the fix: " + was + " \u2192 \u201c" + f.fix.replacement + "\u201d" : "Apply the fix: delete " + was;
      apply.disabled = f.gone;
    }
    var pre = $("explanation"), code = d.code;
    if (state.explanations[code] !== undefined) { pre.textContent = state.explanations[code]; return; }
    pre.textContent = "Loading the explanation\u2026";
    call("GET", "/api/rules/" + encodeURIComponent(code)).then(function (data) {
      state.explanations[code] = data.text;
      var now = state.findings[state.current];
      if (now && now.data.code === code) { pre.textContent = data.text; }
    }, function (err) { pre.textContent = "No explanation: " + err.message; });
  }

  function scrollTo(f) {
    var mark = backdrop.querySelector("mark.current");
    if (mark) { text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3); backdrop.scrollTop = text.scrollTop; }
  }

  // Escape or Close: the focus goes back to the editor if it was there, else to the list entry.
  function closeDetail() {
    var f = state.findings[state.current], inText = document.activeElement === text;
    $("detail").hidden = true;
    state.current = -1;
    renderBackdrop();
    renderList();
    var back = !inText && f && $("finding-" + f.i);
    (back || text).focus();
  }

  function selectInText(f) {
    text.focus();
    text.setSelectionRange(f.start, f.end);
    scrollTo(f);
  }

  function applyFix() {
    var f = state.findings[state.current];
    if (!f || !f.fix || f.gone || text.value !== state.linted) { setStatus("The text changed: wait for the new findings.", true); return; }
    var fix = f.fix, was = text.value.slice(fix.start, fix.end);
    text.focus();
    text.setSelectionRange(fix.start, fix.end);
    // insertText keeps the edit on the textarea's own undo stack (Ctrl+Z undoes it).
    var done = fix.replacement ? document.execCommand("insertText", false, fix.replacement) : document.execCommand("delete");
    if (!done || text.value.length !== state.linted.length - was.length + fix.replacement.length) {
      text.value = state.linted;
      text.setRangeText(fix.replacement, fix.start, fix.end, "end");
      follow();
    }
    $("detail").hidden = true;
    state.current = -1;
    state.note = "Applied: \u201c" + was.trim() + "\u201d " + (fix.replacement ? "\u2192 \u201c" + fix.replacement + "\u201d" : "deleted") + ". ";
    lintNow();
  }

  // F8 / Shift+F8: the next or previous finding shown, from the current one or the caret.
  function step(direction) {
    var shown = state.findings.filter(visible).sort(function (a, b) { return a.start - b.start || a.i - b.i; });
    if (!shown.length) { return; }
    var cur = state.findings[state.current], at = cur ? shown.indexOf(cur) : -1, next;
    if (at >= 0) {
      next = shown[(at + direction + shown.length) % shown.length];
    } else {
      var caret = text.selectionStart;
      next = direction > 0 ? shown.find(function (f) { return f.start >= caret; }) || shown[0]
                           : shown.slice().reverse().find(function (f) { return f.start < caret; }) || shown[shown.length - 1];
    }
    var inList = document.activeElement && document.activeElement.classList.contains("finding");
    show(next.i, false);
    if (inList) { $("finding-" + next.i).focus(); } else { selectInText(next); }
  }

  // -- the catalogue, samples and choices -----------------------------------------------
  function loadCatalogue() {
    return call("GET", "/api/rules").then(function (data) {
      data.rules.forEach(function (r) { state.rules[r.code] = r; });
      state.families = data.families;
      state.familyOrder = Object.keys(data.families);
      data.rules.forEach(function (r) { if (state.familyOrder.indexOf(r.family) < 0) { state.familyOrder.push(r.family); } });
      state.framing = data.framing || [];
      state.configured = data.rules.filter(function (r) { return r.active; }).map(function (r) { return r.code; });
      state.genre = data.genre;
      $("genre").value = data.genre;
      $("config-note").textContent = data.config.length ? "Configured by " + data.config.join(", ") + "." : "No config file: the rules enabled by default.";
      renderRules();
    });
  }

  function renderRules() {
    var box = $("rule-list"), on = state.select || state.configured, out = document.createDocumentFragment();
    state.familyOrder.forEach(function (prefix) {
      var mine = Object.keys(state.rules).map(function (c) { return state.rules[c]; }).filter(function (r) { return r.family === prefix; });
      if (!mine.length) { return; }
      var set = document.createElement("fieldset"), legend = document.createElement("legend");
      set.className = "rule-family";
      legend.textContent = familyName(prefix);
      set.appendChild(legend);
      mine.forEach(function (r) {
        var label = document.createElement("label"), box2 = document.createElement("input");
        box2.type = "checkbox";
        box2.dataset.rule = r.code;
        box2.checked = on.indexOf(r.code) >= 0 && !r.ignored;
        box2.disabled = r.ignored;
        label.append(box2, " " + r.code + " " + r.name + (r.ignored ? " (ignored by the configuration)" : ""));
        label.title = r.summary;
        if (!r.enabled) { label.classList.add("off"); }
        set.appendChild(label);
      });
      out.appendChild(set);
    });
    box.replaceChildren(out);
    $("rules-count").textContent = on.length + " of " + Object.keys(state.rules).length;
  }

  function pickRules() {
    var ticked = Array.prototype.filter.call($("rule-list").querySelectorAll("input[data-rule]"), function (b) { return b.checked; })
      .map(function (b) { return b.dataset.rule; }).sort();
    state.select = ticked.join() === state.configured.slice().sort().join() ? null : ticked;
    $("rules-count").textContent = ticked.length + " of " + Object.keys(state.rules).length;
    lintNow();
  }

  function loadSamples() {
    return call("GET", "/api/samples").then(function (data) {
      var box = $("samples");
      data.samples.forEach(function (s) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "sample small";
        b.textContent = s.name.replace(/\.[a-z]+$/, "");
        b.title = s.description;
        b.setAttribute("aria-label", "Load the sample " + s.name + ": " + s.description);
        b.addEventListener("click", function () {
          text.value = s.text;
          $("format").value = s.format;
          $("filename").value = s.name;
          $("detail").hidden = true;
          follow();
          lintNow();
        });
        box.appendChild(b);
      });
      $("samples-row").hidden = !data.samples.length;
    });
  }

  function openFile() {
    var file = $("file"), formats = JSON.parse(file.dataset.formats);
    file.addEventListener("change", function () {
      var chosen = file.files[0];
      if (!chosen) { return; }
      var reader = new FileReader();
      reader.onload = function () {
        text.value = reader.result;
        $("format").value = formats[chosen.name.split(".").pop().toLowerCase()] || "txt";
        $("filename").value = chosen.name;
        follow();
        lintNow();
      };
      reader.readAsText(chosen, "utf-8");
    });
  }

  // -- events ------------------------------------------------------------------------------
  function wire() {
    text.addEventListener("input", function () { follow(); schedule(); });
    text.addEventListener("scroll", function () { backdrop.scrollTop = text.scrollTop; });
    text.addEventListener("click", function () {
      if (text.selectionStart !== text.selectionEnd || text.value !== state.shown) { return; }
      var c = text.selectionStart;
      var hit = state.findings.filter(function (f) { return visible(f) && f.start <= c && c <= f.end; }).sort(stronger)[0];
      if (hit) { show(hit.i, false); }
    });
    $("findings").addEventListener("click", function (e) {
      var b = e.target.closest(".finding");
      if (b) { show(+b.dataset.i, true); }
    });
    $("apply").addEventListener("click", applyFix);
    $("show").addEventListener("click", function () { var f = state.findings[state.current]; if (f) { selectInText(f); } });
    $("close").addEventListener("click", closeDetail);
    $("next").addEventListener("click", function () { step(1); });
    $("filters").addEventListener("change", function (e) {
      var box = e.target;
      if (box.dataset.severity) { state.hiddenSeverities[box.dataset.severity] = !box.checked; }
      if (box.dataset.family) { state.hiddenFamilies[box.dataset.family] = !box.checked; }
      renderBackdrop();
      renderList();
    });
    $("rule-list").addEventListener("change", pickRules);
    $("rules-reset").addEventListener("click", function () { state.select = null; renderRules(); lintNow(); });
    $("format").addEventListener("change", lintNow);
    $("genre").addEventListener("change", lintNow);
    document.addEventListener("keydown", function (e) {
      if (e.key === "F8") { e.preventDefault(); step(e.shiftKey ? -1 : 1); }
      else if (e.key === "Escape" && !$("detail").hidden) { e.preventDefault(); closeDetail(); }
    });
  }

  ["side", "file-row", "keys", "profile-panel"].forEach(function (id) { $(id).hidden = false; });
  openFile();
  wire();
  Promise.all([loadCatalogue(), loadSamples()]).then(function () {
    if (text.value.trim()) { lintNow(); }
    document.body.dataset.ready = "true";
  }, function (err) { setStatus("The server did not answer: " + err.message, true); });
})();
