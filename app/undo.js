// -----------------------------------------------------------------------------
// sipplay: undo in the code editors and fields (app/site.go puts this file
// at the end of go-app's app.js).
//
// A browser's own undo merges a run of typing into one step only while
// nothing else on the page changes, and the editors and fields update the
// page on every key (Ctrl+Z took back one character at a time). So each
// code editor (textarea.editor-input) and one-line field keeps its own
// history: one step per run of typing or deleting, per paste, and per fix
// (the page applies a fix between two sipplayEditBoundary calls). Ctrl+Z
// (Cmd+Z) undoes a step and Ctrl+Shift+Z or Ctrl+Y redoes it, restoring the
// text and the selection exactly; the control then fires input as for
// typing. When the text was changed by the page since the last step (an
// example, a link), the history starts again from there. An undo or redo
// pressed in one text field never changes another one.
// -----------------------------------------------------------------------------
const sipplayHistories = new WeakMap();

function sipplayHistoryOf(el) {
  let h = sipplayHistories.get(el);
  if (!h) {
    h = { undo: [], redo: [], open: false, pending: null, lastValue: el.value, lastSel: [0, 0] };
    sipplayHistories.set(el, h);
  }
  return h;
}

// sipplayOwnHistory matches the text controls that keep a history of their
// own: the code editors and the page's one-line fields (a number field
// has no selection to restore, so it keeps the browser's).
const sipplayOwnHistory = "textarea.editor-input, input:is([type=text], [type=password], [type=url], [type=search], [type=tel])";

function sipplayIsEditor(el) {
  return el instanceof Element && el.matches(sipplayOwnHistory);
}

// sipplayEditBoundary ends the current step of el's history, so that the
// next edit is a step of its own, from the text el holds now. (The page
// calls it around a fix, which execCommand makes without beforeinput.)
function sipplayEditBoundary(el) {
  if (sipplayIsEditor(el)) {
    const h = sipplayHistoryOf(el);
    h.open = false;
    h.lastValue = el.value;
    h.lastSel = [el.selectionStart, el.selectionEnd];
  }
}

// sipplayTextFields matches the controls a person types text into.
const sipplayTextFields = "textarea, input:is([type=text], [type=password], [type=url], [type=number], [type=search], [type=email], [type=tel])";

// sipplayTypingElsewhere reports whether the focus is in a text field
// other than el. Chromium keeps one undo history for the whole page, so
// once a field has nothing left to undo, Ctrl+Z there would reach back
// into another field, one the person may not even see (another pane).
function sipplayTypingElsewhere(el) {
  const active = document.activeElement;
  return active !== null && active !== el &&
    (active.matches(sipplayTextFields) || active.isContentEditable);
}

document.addEventListener("beforeinput", (e) => {
  const el = e.target;
  const step = e.inputType === "historyUndo" || e.inputType === "historyRedo";
  if (step && sipplayTypingElsewhere(el)) {
    e.preventDefault(); // an undo in one field never changes another
    return;
  }
  if (!sipplayIsEditor(el)) {
    return;
  }
  if (step) {
    e.preventDefault();
    sipplayStep(el, e.inputType === "historyUndo");
    return;
  }
  sipplayHistoryOf(el).pending = {
    type: e.inputType,
    before: el.value,
    selBefore: [el.selectionStart, el.selectionEnd],
  };
}, true);

document.addEventListener("input", (e) => {
  const el = e.target;
  if (!sipplayIsEditor(el) || e.sipplayStep) {
    return;
  }
  const h = sipplayHistoryOf(el);
  // Without a beforeinput (an edit by execCommand), the step starts from
  // the text after the last one.
  const p = h.pending || { type: "insertReplacementText", before: h.lastValue, selBefore: h.lastSel };
  h.pending = null;
  h.lastValue = el.value;
  h.lastSel = [el.selectionStart, el.selectionEnd];
  if (p.before === el.value) {
    return;
  }
  const after = el.value;
  const selAfter = [el.selectionStart, el.selectionEnd];
  const last = h.undo[h.undo.length - 1];
  const typing = p.type === "insertText" || p.type.startsWith("delete");
  if (h.open && last && typing && last.type === p.type && last.after === p.before &&
      last.selAfter[0] === p.selBefore[0] && last.selAfter[1] === p.selBefore[1]) {
    last.after = after; // the run goes on
    last.selAfter = selAfter;
  } else {
    if (last && last.after !== p.before) {
      h.undo = []; // the page changed the text since: start again from here
    }
    h.undo.push({ type: p.type, before: p.before, after, selBefore: p.selBefore, selAfter });
  }
  h.redo = [];
  h.open = typing;
}, true);

document.addEventListener("keydown", (e) => {
  const el = e.target;
  if (!sipplayIsEditor(el) || !(e.ctrlKey || e.metaKey) || e.altKey) {
    return;
  }
  const key = e.key.toLowerCase();
  if (key === "z" || key === "y") {
    e.preventDefault();
    sipplayStep(el, key === "z" && !e.shiftKey);
  }
}, true);

// sipplayStep undoes (or redoes) one step of el's history.
function sipplayStep(el, undo) {
  const h = sipplayHistoryOf(el);
  const from = undo ? h.undo : h.redo;
  const to = undo ? h.redo : h.undo;
  const step = from[from.length - 1];
  if (!step || el.value !== (undo ? step.after : step.before)) {
    return;
  }
  from.pop();
  to.push(step);
  h.open = false;
  el.value = undo ? step.before : step.after;
  const sel = undo ? step.selBefore : step.selAfter;
  el.setSelectionRange(sel[0], sel[1]);
  const ev = new InputEvent("input", { bubbles: true, inputType: undo ? "historyUndo" : "historyRedo" });
  ev.sipplayStep = true;
  el.dispatchEvent(ev);
}
