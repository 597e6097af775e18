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
  | { type: "speak-word" }
  /** While listening to a text without timings: the next sentence starts here (the owner's timing marker). */
  | { type: "mark-sentence-start" }
  /** A book's previous / next chapter (the page it starts on). */
  | { type: "jump-chapter"; delta: 1 | -1 };

/** The headings of the shortcut list, in order. */
export const SHORTCUT_GROUPS = ["Moving", "Words", "Translations and audio", "Books"] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

export interface KeyBinding {
  /** `KeyboardEvent.key` values (letters in both cases unless the case means something else). */
  keys: readonly string[];
  /** Only with Shift held (the arrow keys, where Shift changes the meaning). */
  shift?: boolean;
  command: ReaderCommand;
  /** What the shortcut list says the keys do; bindings with the same words share a line. */
  help: string;
  group: ShortcutGroup;
  /** A click that does the same, named after the keys in the list. */
  orClick?: string;
}

const status = (s: WordStatusCode): ReaderCommand => ({ type: "set-status", status: s });
const learning = (s: WordStatusCode, key: string): KeyBinding => ({
  keys: [key],
  command: status(s),
  help: "learning status 1–4",
  group: "Words",
});

/** Order matters: the first binding whose keys (and Shift) match wins. */
export const READER_KEYMAP: readonly KeyBinding[] = [
  {
    keys: ["ArrowRight"],
    shift: true,
    command: { type: "extend-selection" },
    help: "select words for a phrase",
    group: "Words",
    orClick: "⇧ + click",
  },
  { keys: ["ArrowLeft"], command: { type: "move-word", delta: -1 }, help: "previous / next word", group: "Moving" },
  { keys: ["ArrowRight"], command: { type: "move-word", delta: 1 }, help: "previous / next word", group: "Moving" },
  {
    keys: ["ArrowUp"],
    command: { type: "move-sentence", delta: -1 },
    help: "previous / next sentence",
    group: "Moving",
  },
  {
    keys: ["ArrowDown"],
    command: { type: "move-sentence", delta: 1 },
    help: "previous / next sentence",
    group: "Moving",
  },
  { keys: ["Enter"], command: { type: "open-panel" }, help: "open the dictionary panel", group: "Words" },
  { keys: ["Escape"], command: { type: "close-panel" }, help: "close the panel", group: "Words" },
  learning(WORD_STATUS.learning1, "1"),
  learning(WORD_STATUS.learning2, "2"),
  learning(WORD_STATUS.learning3, "3"),
  learning(WORD_STATUS.learning4, "4"),
  { keys: ["5", "k", "K"], command: status(WORD_STATUS.known), help: "known", group: "Words" },
  { keys: ["i", "I"], command: status(WORD_STATUS.ignored), help: "ignore", group: "Words" },
  { keys: ["0", "n", "N"], command: status(WORD_STATUS.new), help: "back to new", group: "Words" },
  { keys: ["a", "A"], command: { type: "add-card" }, help: "add to review", group: "Words" },
  // Case matters here: t is this sentence, ⇧T (key "T") every sentence.
  {
    keys: ["t"],
    command: { type: "toggle-translation" },
    help: "translation of this sentence",
    group: "Translations and audio",
  },
  {
    keys: ["T"],
    command: { type: "toggle-all-translations" },
    help: "all translations",
    group: "Translations and audio",
  },
  {
    keys: ["s", "S"],
    command: { type: "speak-sentence" },
    help: "play the sentence: its own audio where the text has it, else read aloud",
    group: "Translations and audio",
    orClick: "▶ after a sentence",
  },
  { keys: ["w", "W"], command: { type: "speak-word" }, help: "read the word aloud", group: "Translations and audio" },
  {
    keys: ["m", "M"],
    command: { type: "mark-sentence-start" },
    help: "while listening (audio without timings, your own text): the next sentence starts now",
    group: "Translations and audio",
  },
  {
    keys: ["["],
    command: { type: "jump-chapter", delta: -1 },
    help: "previous / next chapter of a book",
    group: "Books",
  },
  {
    keys: ["]"],
    command: { type: "jump-chapter", delta: 1 },
    help: "previous / next chapter of a book",
    group: "Books",
  },
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

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: "←",
  ArrowRight: "→",
  ArrowUp: "↑",
  ArrowDown: "↓",
  Escape: "Esc",
};

/**
 * A binding's keys as the list shows them: letters once, in capitals; ⇧ where Shift is needed (a Shift-only
 * binding, or a capital bound without its small letter).
 *
 * @example
 * keyLabel({ keys: ["5", "k", "K"], ... }); // "5 or K"
 * keyLabel({ keys: ["T"], ... }); // "⇧T"
 */
export function keyLabel(binding: Pick<KeyBinding, "keys" | "shift">): string {
  const names: string[] = [];
  for (const key of binding.keys) {
    const isLetter = /^[a-z]$/i.test(key);
    const isCapitalOnly = isLetter && key !== key.toLowerCase() && !binding.keys.includes(key.toLowerCase());
    const name = `${binding.shift || isCapitalOnly ? "⇧" : ""}${KEY_NAMES[key] ?? (isLetter ? key.toUpperCase() : key)}`;
    if (!names.includes(name)) names.push(name);
  }
  return names.join(" or ");
}

export interface ShortcutLine {
  keys: string;
  what: string;
  group: ShortcutGroup;
}

/** The "Keyboard shortcuts" list, built from the keymap itself so it cannot drift from what the keys do. */
export function shortcutLines(keymap: readonly KeyBinding[] = READER_KEYMAP): ShortcutLine[] {
  const lines: ShortcutLine[] = [];
  for (const binding of keymap) {
    const keys = binding.orClick ? `${keyLabel(binding)} or ${binding.orClick}` : keyLabel(binding);
    const same = lines.find((line) => line.what === binding.help && line.group === binding.group);
    if (same) same.keys = `${same.keys} / ${keys}`;
    else lines.push({ keys, what: binding.help, group: binding.group });
  }
  return SHORTCUT_GROUPS.flatMap((group) => lines.filter((line) => line.group === group));
}

export const READER_SHORTCUTS: readonly ShortcutLine[] = shortcutLines();
