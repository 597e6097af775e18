"use client";
// The "Keyboard shortcuts" list, built from the reader's keymap table (every key the reader answers to).
import { useState } from "react";
import { READER_SHORTCUTS, SHORTCUT_GROUPS } from "@/lib/core/reading/reader-keymap";

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
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group} aria-label={group}>
              <h3 className="small">{group}</h3>
              <dl>
                {READER_SHORTCUTS.filter((line) => line.group === group).map(({ keys, what }) => (
                  <div key={keys} className="row">
                    <dt>
                      <kbd>{keys}</kbd>
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
