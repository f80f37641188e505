// Discret's guard on hosting sites (a content script: no modules, no network). It watches the
// page's text fields and file inputs; the text goes to the extension's own engine (background.js)
// by extension messaging, never to a server. Findings are shown in a small panel next to the field,
// with one-click replace or ignore; files chosen for upload are scanned first and the user decides
// whether the upload goes on. Nothing is blocked silently; without findings the page behaves as it
// always does.
(() => {
  if (globalThis.__discretGuard) return;
  globalThis.__discretGuard = true;

  const DELAY_MS = 400;               // typing: scan once the user pauses
  const MAX_FILE_BYTES = 16 << 20;    // files read for the pre-upload check (the first 16 MiB)
  const ignored = new Set();          // values the user chose to leave, for this page
  const timers = new WeakMap();
  const PASSED = Symbol('discret-passed');  // marks the events Discret re-sends after the user said "continue"

  const ask = (message) => new Promise((resolve) => chrome.runtime.sendMessage(message, (answer) => resolve(answer ?? { error: chrome.runtime.lastError?.message })));

  // On or off for this site (the options page's sites, the popup's switch); followed as it changes.
  let on = false;
  const refresh = async () => {
    on = Boolean((await ask({ type: 'watched', host: location.hostname })).on);
    document.documentElement.dataset.discretGuard = on ? 'on' : 'off';
    if (!on) hide();
  };
  chrome.storage.onChanged.addListener((changes) => changes.settings && refresh());

  // The popup asks for what to scan: the selection, or the text of the page's form fields.
  chrome.runtime.onMessage.addListener((message, sender, respond) => {
    if (message?.type !== 'collect') return false;
    const fields = [...document.querySelectorAll('textarea, input, [contenteditable=""], [contenteditable="true"]')]
      .filter((f) => !(f instanceof HTMLInputElement) || ['text', 'search', 'email', 'url', 'tel', ''].includes(f.type))
      .map((f) => (f.isContentEditable ? f.textContent : f.value)).filter((t) => t.trim());
    respond({ host: location.hostname, on, selection: String(getSelection() ?? ''), fields });
    return false;
  });

  // ---- the panel (one, in a shadow root so the page's styles neither leak in nor out) -----------
  const host = document.createElement('discret-guard');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { all: initial; }
    .panel { position: fixed; z-index: 2147483647; max-width: 26rem; font: 13px/1.4 system-ui, sans-serif;
      background: #fff; color: #1b1c20; border: 2px solid #c12f2f; border-radius: 8px; padding: .6rem .75rem;
      box-shadow: 0 4px 16px rgba(0,0,0,.2); box-sizing: border-box; max-height: calc(100vh - 8px); overflow: auto; }
    h2 { font-size: 13px; margin: 0 0 .4rem; }
    ul { list-style: none; margin: 0; padding: 0; max-height: 50vh; overflow-y: auto; }
    li { display: flex; gap: .5rem; align-items: center; margin: .2rem 0; }
    .entity { font-weight: 600; min-width: 7rem; }
    .value { font-family: ui-monospace, monospace; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    button { font: inherit; border: 1px solid #1f4fb5; background: #fff; color: #1f4fb5; border-radius: 4px; padding: 0 .4rem; cursor: pointer; }
    button.primary { background: #1f4fb5; color: #fff; }
    .actions { display: flex; gap: .5rem; margin-top: .5rem; }
    p { margin: .2rem 0; }
  `);
  root.adoptedStyleSheets = [sheet];
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-live', 'polite');
  panel.hidden = true;
  root.append(panel);
  (document.body ?? document.documentElement).append(host);
  // (refresh() is called below, once `hide` exists.)

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  // Under the field, moved up as far as needed for the whole panel (and its buttons) to be in the window.
  function place(target) {
    const r = target.getBoundingClientRect();
    panel.style.top = `${Math.max(0, Math.min(window.innerHeight - panel.offsetHeight - 4, r.bottom + 4))}px`;
    panel.style.left = `${Math.max(0, Math.min(window.innerWidth - 420, r.left))}px`;
  }

  const hide = () => {
    panel.hidden = true;
    panel.replaceChildren();
    delete document.documentElement.dataset.discret;
  };

  // A value as the panel shows it: the start and the end, never the whole of it.
  const masked = (v) => (v.length <= 6 ? '•'.repeat(v.length) : `${v.slice(0, 2)}…${v.slice(-2)}`);

  // ---- text fields --------------------------------------------------------------------------
  const isTextField = (t) => t instanceof HTMLTextAreaElement
    || (t instanceof HTMLInputElement && ['text', 'search', 'email', 'url', 'tel', ''].includes(t.type))
    || (t instanceof HTMLElement && t.isContentEditable);

  const editable = (t) => (t.isContentEditable ? t.closest('[contenteditable=""],[contenteditable="true"]') ?? t : t);
  const textOf = (field) => (field.isContentEditable ? field.textContent : field.value);

  // Replaces [start, end) of a field's text, as if the user had typed it (frameworks hear an input event).
  function replaceIn(field, start, end, replacement) {
    if (!field.isContentEditable) {
      field.value = field.value.slice(0, start) + replacement + field.value.slice(end);
    } else {
      const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      let pos = 0, first = true;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.data.length;
        const from = Math.max(start, pos), to = Math.min(end, pos + len);
        if (from < to || (from === to && first && start === pos + len && len === 0)) {
          node.data = node.data.slice(0, from - pos) + (first ? replacement : '') + node.data.slice(to - pos);
          first = false;
        }
        pos += len;
        if (pos >= end) break;
      }
    }
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  }

  async function scanField(field) {
    const text = textOf(field);
    const answer = text.trim() ? await ask({ type: 'scan', text }) : { findings: [] };
    if (textOf(field) !== text) return;  // typed on meanwhile: the next scan will tell
    const findings = (answer.findings ?? []).filter((f) => !ignored.has(f.text));
    if (!findings.length) {
      if (panel.dataset.field === 'text') hide();
      return;
    }
    showFindings(field, findings);
  }

  // A text's findings wait while the files question is open (answering it is what the upload waits for).
  let deferred = null;
  function showFindings(field, findings) {
    if (!panel.hidden && panel.dataset.field === 'files') {
      deferred = field;
      return;
    }
    panel.dataset.field = 'text';
    const list = el('ul');
    for (const f of findings) {
      const replace = el('button', 'Replace', 'primary');
      replace.dataset.action = 'replace';
      replace.addEventListener('click', async () => {
        const { replacement } = await ask({ type: 'replace', entity: f.entity, ruleId: f.ruleId, value: f.text });
        if (typeof replacement !== 'string' || textOf(field).slice(f.start, f.end) !== f.text) return;
        replaceIn(field, f.start, f.end, replacement);
        scanField(field);
      });
      const ignore = el('button', 'Ignore');
      ignore.dataset.action = 'ignore';
      ignore.addEventListener('click', () => {
        ignored.add(f.text);
        scanField(field);
      });
      const item = el('li');
      item.dataset.entity = f.entity;
      item.append(el('span', f.entity, 'entity'), el('span', masked(f.text), 'value'), replace, ignore);
      list.append(item);
    }
    panel.replaceChildren(
      el('h2', `Discret: ${findings.length === 1 ? 'this looks like personal data or a secret' : `${findings.length} values look like personal data or secrets`}`),
      list);
    panel.hidden = false;
    document.documentElement.dataset.discret = 'findings';
    place(field);
  }

  document.addEventListener('input', (event) => {
    if (!on) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !isTextField(target) || host.contains(target)) return;
    const field = editable(target);
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => scanField(field), DELAY_MS));
  }, true);

  // ---- files about to be uploaded ----------------------------------------------------------
  // Files go to the extension's engine whole (up to 16 MiB each), so every format of the files
  // readers is checked: CSV, JSONL, Parquet, notebooks, zip and tar.gz archives...
  async function base64Of(file) {
    const bytes = new Uint8Array(await file.slice(0, MAX_FILE_BYTES).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  async function summarize(files) {
    const out = [];
    for (const file of files) {
      const answer = await ask({ type: 'scanFile', name: file.name, data: await base64Of(file) });
      const byEntity = {};
      for (const [entity, n] of Object.entries(answer.byEntity ?? {})) byEntity[entity] = n;
      out.push({ name: file.name, byEntity, skipped: answer.skipped ? `${answer.skipped}, not checked` : undefined, truncated: file.size > MAX_FILE_BYTES });
    }
    return out;
  }

  // Shows what the files hold and waits for the user: resolves true to go on with the upload.
  function askAboutFiles(target, summary) {
    return new Promise((resolve) => {
      panel.dataset.field = 'files';
      const list = el('ul');
      for (const s of summary) {
        const counts = s.skipped ?? (Object.entries(s.byEntity).map(([e, n]) => `${e} ${n}`).join(', ') || 'nothing found');
        list.append(el('li', `${s.name}: ${counts}${s.truncated ? ' (first 16 MiB checked)' : ''}`));
      }
      const go = el('button', 'Upload anyway');
      go.dataset.action = 'continue';
      const stop = el('button', 'Cancel the upload', 'primary');
      stop.dataset.action = 'cancel';
      const actions = el('div', undefined, 'actions');
      actions.append(stop, go);
      panel.replaceChildren(el('h2', 'Discret: these files hold personal data or secrets'), list, actions);
      panel.hidden = false;
      document.documentElement.dataset.discret = 'files';
      place(target);
      const answer = (value) => {
        hide();
        resolve(value);
        const field = deferred;
        deferred = null;
        if (field?.isConnected) scanField(field);
      };
      go.addEventListener('click', () => answer(true));
      stop.addEventListener('click', () => answer(false));
    });
  }

  const hasFindings = (summary) => summary.some((s) => s.byEntity && Object.keys(s.byEntity).length);

  // A file input's change: held back until the files are checked; re-sent as it was if the user goes on.
  document.addEventListener('change', async (event) => {
    const input = event.target;
    if (!on || !(input instanceof HTMLInputElement) || input.type !== 'file' || event[PASSED] || !input.files?.length) return;
    event.stopImmediatePropagation();
    const summary = await summarize([...input.files]);
    const go = !hasFindings(summary) || (await askAboutFiles(input, summary));
    if (!go) {
      input.value = '';
      document.documentElement.dataset.discretUpload = 'cancelled';
      return;
    }
    document.documentElement.dataset.discretUpload = 'continued';
    const again = new Event('change', { bubbles: true });
    again[PASSED] = true;
    input.dispatchEvent(again);
  }, true);

  // Files dropped on the page: the same, and the drop is replayed with its files if the user goes on.
  document.addEventListener('drop', async (event) => {
    if (!on || event[PASSED] || !event.dataTransfer?.files?.length) return;
    const files = [...event.dataTransfer.files];
    const target = event.target;
    event.preventDefault();
    event.stopImmediatePropagation();
    const summary = await summarize(files);
    const go = !hasFindings(summary) || (await askAboutFiles(target instanceof HTMLElement ? target : document.body, summary));
    document.documentElement.dataset.discretUpload = go ? 'continued' : 'cancelled';
    if (!go) return;
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const again = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
    again[PASSED] = true;
    target.dispatchEvent(again);
  }, true);
  refresh();
})();
