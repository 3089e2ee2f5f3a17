// What the query page (graph/serve/static/query.js) uses of CodeMirror 6, as one global.
export { basicSetup } from "codemirror";
export { EditorView, keymap } from "@codemirror/view";
export { EditorState } from "@codemirror/state";
export { StreamLanguage } from "@codemirror/language";
export { sparql } from "@codemirror/legacy-modes/mode/sparql";
export { autocompletion, completeFromList } from "@codemirror/autocomplete";
export { setDiagnostics } from "@codemirror/lint";
