/**
 * The reader's keyboard, as a table: which key does what. Pure, so the table
 * is tested without a browser; the reader only carries the commands out.
 * The shortcut list the learner sees is built from the same table.
 */
import { WORD_STATUS, type WordStatusCode } from "../words/status";

export type ReaderCommand =
  | { type: "move-word"; delta: 1 | -1 }
  /** ⇧→: add the next word of the sentence to the phrase selection (a plain → when nothing is active). */
  | { type: "extend-selection" }
  | { type: "move-sentence"; delta: 1 | -1 }
  | { type: "open-panel" }
  | { type: "close-panel" }
  | { type: "set-status"; status: WordStatusCode }
  | { type: "add-card" }
  | { type: "toggle-translation" }
  | { type: "toggle-all-translations" }
  | { type: "speak-sentence" }
  | { type: "speak-word" };

export interface KeyBinding {
  /** `KeyboardEvent.key` values (letters in both cases unless the case means something else). */
  keys: readonly string[];
  /** Only with Shift held (the arrow keys, where Shift changes the meaning). */
  shift?: boolean;
  command: ReaderCommand;
}

const status = (s: WordStatusCode): ReaderCommand => ({ type: "set-status", status: s });

/** Order matters: the first binding whose keys (and Shift) match wins. */
export const READER_KEYMAP: readonly KeyBinding[] = [
  { keys: ["ArrowRight"], shift: true, command: { type: "extend-selection" } },
  { keys: ["ArrowRight"], command: { type: "move-word", delta: 1 } },
  { keys: ["ArrowLeft"], command: { type: "move-word", delta: -1 } },
  { keys: ["ArrowDown"], command: { type: "move-sentence", delta: 1 } },
  { keys: ["ArrowUp"], command: { type: "move-sentence", delta: -1 } },
  { keys: ["Enter"], command: { type: "open-panel" } },
  { keys: ["Escape"], command: { type: "close-panel" } },
  { keys: ["1"], command: status(WORD_STATUS.learning1) },
  { keys: ["2"], command: status(WORD_STATUS.learning2) },
  { keys: ["3"], command: status(WORD_STATUS.learning3) },
  { keys: ["4"], command: status(WORD_STATUS.learning4) },
  { keys: ["5", "k", "K"], command: status(WORD_STATUS.known) },
  { keys: ["i", "I"], command: status(WORD_STATUS.ignored) },
  { keys: ["0", "n", "N"], command: status(WORD_STATUS.new) },
  { keys: ["a", "A"], command: { type: "add-card" } },
  // Case matters here: t is this sentence, ⇧T (key "T") every sentence.
  { keys: ["t"], command: { type: "toggle-translation" } },
  { keys: ["T"], command: { type: "toggle-all-translations" } },
  { keys: ["s", "S"], command: { type: "speak-sentence" } },
  { keys: ["w", "W"], command: { type: "speak-word" } },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The reader command for a key press, or null when the reader leaves the key
 * to the browser (any Ctrl/Meta/Alt chord, unbound keys).
 *
 * @example
 * commandForKey({ key: "k", shiftKey: false, ctrlKey: false, metaKey: false, altKey: false });
 * // { type: "set-status", status: 5 }
 */
export function commandForKey(press: KeyPress, keymap: readonly KeyBinding[] = READER_KEYMAP): ReaderCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const binding = keymap.find((b) => b.keys.includes(press.key) && (!b.shift || press.shiftKey));
  return binding?.command ?? null;
}

/** The "Keyboard shortcuts" list: keys as shown, what they do. */
export const READER_SHORTCUTS: readonly (readonly [string, string])[] = [
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
