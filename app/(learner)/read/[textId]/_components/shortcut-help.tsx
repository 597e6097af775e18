"use client";
import { useState } from "react";

export const READER_SHORTCUTS: [string, string][] = [
  ["← →", "previous / next word"],
  ["↑ ↓", "previous / next sentence"],
  ["Enter", "open the dictionary panel"],
  ["Esc", "close the panel"],
  ["1 – 4", "learning status 1–4"],
  ["5 or K", "known"],
  ["I", "ignore"],
  ["0 or N", "back to new"],
  ["A", "add to review"],
  ["⇧ + click / ⇧→", "select words for a phrase"],
  ["T", "translation of this sentence"],
  ["⇧T", "all translations"],
  ["S / W", "read the sentence / word aloud"],
];

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
