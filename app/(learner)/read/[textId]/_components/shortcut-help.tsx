"use client";
// The "Keyboard shortcuts" list, from the reader's keymap module.
import { useState } from "react";
import { READER_SHORTCUTS } from "@/lib/core/reading/reader-keymap";

export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  return (
    <div className="shortcut-help">
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls="reader-shortcuts"
        onClick={() => setOpen((v) => !v)}
      >
        Keyboard shortcuts
      </button>
      {open ? (
        <div id="reader-shortcuts" className="card shortcut-list" role="region" aria-label="Keyboard shortcuts">
          <p className="small muted">Tab into the text, then:</p>
          <dl>
            {READER_SHORTCUTS.map(([keys, what]) => (
              <div key={keys} className="row">
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
