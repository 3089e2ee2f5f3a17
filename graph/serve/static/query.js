// The query page of kg serve (graph/serve/query_page.py): a CodeMirror editor over the form's
// textarea, runs against /sparql, warnings from /query/check, completions of ent: ids from
// /query/complete. Every value from a result or the server is put into the page as text.
"use strict";

(() => {
  const vocabulary = JSON.parse(document.getElementById("kg-vocabulary").textContent);
  const byId = (id) => document.getElementById(id);
  const form = byId("query-form");
  const textarea = byId("query-text");
  const status = byId("query-status");
  const link = byId("query-link");
  const problem = byId("query-problem");
  const warnings = byId("query-warnings");
  const results = byId("query-results");
  const table = byId("results-table");
  const graph = byId("results-graph");
  const download = byId("download");
  const namespaces = Object.entries(vocabulary.prefixes).sort((a, b) => b[1].length - a[1].length);

  // --- the editor ------------------------------------------------------------------------------

  const fromHash = () => {
    if (location.hash.length < 2) return null;
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return null;
    }
  };

  // CodeMirror styles itself with <style> elements in a document, which the page's CSP
  // (style-src 'self') refuses, and with constructed style sheets in a shadow root, which
  // style-src does not govern: so the editor lives in a shadow root, styled by its theme.
  const editorHost = document.createElement("div");
  editorHost.className = "editor";
  textarea.hidden = true;
  textarea.before(editorHost);
  const shadow = editorHost.attachShadow({ mode: "open" });
  const theme = CM.EditorView.theme({
    "&": { minHeight: "260px", maxHeight: "60vh", fontSize: "14px", backgroundColor: "#fff" },
    "&.cm-focused": { outline: "none" },
    ".cm-scroller": { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, monospace', minHeight: "260px" },
  });
  const view = new CM.EditorView({
    doc: fromHash() ?? textarea.value,
    root: shadow,
    parent: shadow,
    extensions: [
      CM.keymap.of([{ key: "Mod-Enter", run: () => (run(), true) }]),
      CM.basicSetup,
      CM.StreamLanguage.define(CM.sparql),
      CM.autocompletion({ override: [complete], activateOnTyping: true }),
      theme,
      CM.EditorView.updateListener.of((update) => update.docChanged && changed()),
    ],
  });
  const text = () => view.state.doc.toString();
  const setLink = (query) => (link.href = "/query#" + encodeURIComponent(query));
  const changed = () => {
    textarea.value = text(); // what the form would send without script
    setLink(textarea.value);
  };
  changed();

  const load = (query) => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: query }, selection: { anchor: 0 } });
    view.focus();
  };
  for (const button of document.querySelectorAll("button.example")) {
    const shipped = vocabulary.queries.find((q) => q.name === button.dataset.name);
    button.addEventListener("click", () => load(shipped.text));
  }
  window.addEventListener("hashchange", () => {
    const query = fromHash();
    if (query !== null && query !== text()) load(query);
  });

  // --- completion ------------------------------------------------------------------------------

  const termOptions = vocabulary.terms.map((term) => ({
    label: "pol:" + term.name,
    detail: term.kind,
    info: term.label || undefined,
    type: term.kind === "class" ? "class" : term.kind === "status" ? "constant" : "property",
  }));
  const wordOptions = [
    ...vocabulary.keywords.map((word) => ({ label: word, type: "keyword" })),
    ...Object.entries(vocabulary.prefixes).map(([name, iri]) => ({ label: name + ":", detail: iri, type: "namespace" })),
  ];

  async function complete(context) {
    const prefixed = context.matchBefore(/[A-Za-z][\w-]*:[\w.%-]*/);
    if (prefixed) {
      const [prefix, local] = [prefixed.text.slice(0, prefixed.text.indexOf(":")), prefixed.text.slice(prefixed.text.indexOf(":") + 1)];
      if (prefix === "pol") return { from: prefixed.from, options: termOptions, validFor: /^pol:[\w-]*$/ };
      if (prefix === "ent") {
        const response = await fetch("/query/complete?" + new URLSearchParams({ word: local }), { headers: { accept: "application/json" } });
        if (!response.ok || context.aborted) return null;
        const found = (await response.json()).completions;
        const options = found.map((e) => ({ label: "ent:" + e.id, detail: e.label, type: "variable" }));
        return { from: prefixed.from, options, filter: false };
      }
      return null;
    }
    const word = context.matchBefore(/[A-Za-z_]\w*/);
    if (!word && !context.explicit) return null;
    const from = word ? word.from : context.pos;
    if (from > 0 && "?$".includes(view.state.sliceDoc(from - 1, from))) return null; // a variable
    return { from, options: wordOptions, validFor: /^\w*$/ };
  }

  // --- running ---------------------------------------------------------------------------------

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });

  let running = 0;
  async function run() {
    const query = text();
    const mine = ++running;
    history.replaceState(null, "", "#" + encodeURIComponent(query));
    setLink(query);
    for (const box of [problem, warnings, results]) box.hidden = true;
    view.dispatch(CM.setDiagnostics(view.state, []));
    status.textContent = "Running…";
    const started = performance.now();
    const post = (path, accept) => fetch(path, {
      method: "POST", body: query, headers: { "content-type": "application/sparql-query", accept },
    });
    const diagnostics = [];
    const finish = (found) => {
      if (found.length) {
        warnings.querySelector("ul").replaceChildren(...found.map((message) => element("li", message)));
        warnings.hidden = false;
        for (const message of found) diagnostics.push(...termMarks(query, message));
      }
      view.dispatch(CM.setDiagnostics(view.state, diagnostics));
    };
    let checked = { error: null, warnings: [] };
    try {
      const answer = await post("/query/check", "application/json");
      if (answer.ok) checked = await answer.json();
    } catch (error) {
      // the run below says what is wrong with the server
    }
    if (mine !== running) return;
    if (checked.error) {
      status.textContent = "Not run: the query has an error.";
      refused(checked.error, diagnostics);
      finish(checked.warnings);
      return;
    }
    let response, body;
    try {
      response = await post("/sparql", "application/sparql-results+json, text/turtle;q=0.9");
      body = await response.text();
    } catch (error) {
      if (mine === running) showProblem(`The server did not answer (${error.message}).`);
      return;
    }
    if (mine !== running) return;
    const elapsed = Math.round(performance.now() - started);
    if (response.ok) {
      status.textContent = "";
      show(query, response.headers.get("content-type") || "", body, elapsed);
    } else {
      status.textContent = `${response.status} after ${elapsed} ms`;
      refused(body.trim(), diagnostics);
    }
    finish(checked.warnings);
  }

  function refused(message, diagnostics) {
    showProblem(message);
    const at = errorPosition(message);
    if (at !== null) diagnostics.push({ from: at.from, to: at.to, severity: "error", message });
  }

  function showProblem(message) {
    problem.replaceChildren(element("p", message));
    problem.hidden = false;
  }

  // "line L, column C" of graph/query_errors's message, as a range in the editor (columns count characters)
  function errorPosition(message) {
    const match = /line (\d+), column (\d+)/.exec(message);
    if (!match) return null;
    const lineNumber = Math.min(Number(match[1]), view.state.doc.lines);
    const line = view.state.doc.line(lineNumber);
    const characters = Array.from(line.text).slice(0, Number(match[2]) - 1).join("");
    const from = Math.min(line.from + characters.length, line.to);
    const word = view.state.wordAt(from);
    return { from, to: word && word.from === from ? word.to : Math.min(from + 1, line.to) };
  }

  // each place `message`'s term ("pol:endorses is not in the graph; ...") is written in the query
  function termMarks(query, message) {
    const term = message.split(" ", 1)[0];
    const marks = [];
    for (let at = query.indexOf(term); at >= 0 && term; at = query.indexOf(term, at + term.length)) {
      const after = query.charAt(at + term.length);
      if (!/[\w-]/.test(after)) marks.push({ from: at, to: at + term.length, severity: "warning", message });
    }
    return marks;
  }

  // --- results ---------------------------------------------------------------------------------

  function show(query, contentType, body, elapsed) {
    download.elements.query.value = query;
    const count = byId("results-count");
    table.replaceChildren();
    graph.hidden = true;
    table.hidden = false;
    let kind;
    if (contentType.startsWith("application/sparql-results+json")) {
      const answer = JSON.parse(body);
      if ("boolean" in answer) {
        kind = "ask";
        count.textContent = `${answer.boolean} (${elapsed} ms)`;
      } else {
        kind = "select";
        fillTable(answer.head.vars, answer.results.bindings);
        const rows = answer.results.bindings.length;
        count.textContent = `${rows.toLocaleString()} ${rows === 1 ? "result" : "results"} in ${elapsed} ms`;
      }
    } else {
      kind = "graph";
      table.hidden = true;
      graph.textContent = body;
      graph.hidden = false;
      count.textContent = `${body.split("\n").filter((l) => l.trim() && !l.startsWith("@prefix")).length} lines of Turtle in ${elapsed} ms`;
    }
    for (const button of download.querySelectorAll("button")) {
      const format = button.value;
      button.hidden = kind === "graph" ? !["ttl", "jsonld"].includes(format) : kind === "ask" ? format !== "json" : !["csv", "json"].includes(format);
    }
    results.hidden = false;
  }

  function fillTable(variables, bindings) {
    const head = element("tr");
    head.append(...variables.map((name) => element("th", "?" + name)));
    const rows = bindings.map((binding) => {
      const row = element("tr");
      row.append(...variables.map((name) => cell(binding[name])));
      return row;
    });
    const thead = element("thead");
    thead.append(head);
    const tbody = element("tbody");
    tbody.append(...rows);
    table.append(thead, tbody);
  }

  function cell(term) {
    const td = element("td");
    if (!term) return td;
    if (term.type === "uri") {
      if (term.value.startsWith(vocabulary.entity)) {
        const id = term.value.slice(vocabulary.entity.length);
        td.append(anchor("/entity/" + encodeURIComponent(id), "ent:" + id, "entity"));
      } else if (/^https?:\/\//i.test(term.value)) {
        const a = anchor(term.value, compact(term.value), "outside");
        a.rel = "noopener noreferrer";
        td.append(a);
      } else {
        td.textContent = compact(term.value);
      }
      td.title = term.value;
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = compact(term.datatype);
    }
    return td;
  }

  function compact(iri) {
    for (const [name, namespace] of namespaces) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) return name + ":" + iri.slice(namespace.length);
    }
    return iri;
  }

  function anchor(href, label, className) {
    const a = element("a", label);
    a.href = href;
    a.className = className;
    return a;
  }

  function element(name, content) {
    const node = document.createElement(name);
    if (content !== undefined) node.textContent = content;
    return node;
  }
})();
