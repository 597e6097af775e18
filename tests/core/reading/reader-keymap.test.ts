import { describe, expect, it } from "vitest";
import {
  READER_KEYMAP,
  READER_SHORTCUTS,
  commandForKey,
  keyLabel,
  shortcutLines,
  type KeyBinding,
  type KeyPress,
  type ReaderCommand,
} from "@/lib/core/reading/reader-keymap";
import { WORD_STATUS } from "@/lib/core/words/status";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("commandForKey", () => {
  it.each<[string, KeyPress, ReaderCommand | null]>([
    ["→ moves to the next word", press("ArrowRight"), { type: "move-word", delta: 1 }],
    ["⇧→ extends the phrase selection", press("ArrowRight", { shiftKey: true }), { type: "extend-selection" }],
    ["← moves back", press("ArrowLeft"), { type: "move-word", delta: -1 }],
    ["⇧← is still a move (only → extends)", press("ArrowLeft", { shiftKey: true }), { type: "move-word", delta: -1 }],
    ["↓ next sentence", press("ArrowDown"), { type: "move-sentence", delta: 1 }],
    ["↑ previous sentence", press("ArrowUp"), { type: "move-sentence", delta: -1 }],
    ["Enter opens the panel", press("Enter"), { type: "open-panel" }],
    ["Esc closes it", press("Escape"), { type: "close-panel" }],
    ["3 is learning 3", press("3"), { type: "set-status", status: WORD_STATUS.learning3 }],
    ["5 is known", press("5"), { type: "set-status", status: WORD_STATUS.known }],
    ["k is known", press("k"), { type: "set-status", status: WORD_STATUS.known }],
    ["K (caps) is known", press("K", { shiftKey: true }), { type: "set-status", status: WORD_STATUS.known }],
    ["i ignores", press("i"), { type: "set-status", status: WORD_STATUS.ignored }],
    ["0 is back to new", press("0"), { type: "set-status", status: WORD_STATUS.new }],
    ["n is back to new", press("n"), { type: "set-status", status: WORD_STATUS.new }],
    ["a adds a card", press("a"), { type: "add-card" }],
    ["t is this sentence's translation", press("t"), { type: "toggle-translation" }],
    ["⇧T is every translation", press("T", { shiftKey: true }), { type: "toggle-all-translations" }],
    ["s reads the sentence", press("s"), { type: "speak-sentence" }],
    ["W reads the word", press("W", { shiftKey: true }), { type: "speak-word" }],
    ["m marks where the next sentence starts", press("m"), { type: "mark-sentence-start" }],
    ["] is the next chapter", press("]"), { type: "jump-chapter", delta: 1 }],
    ["[ is the previous chapter", press("["), { type: "jump-chapter", delta: -1 }],
    ["Ctrl+A is the browser's select-all", press("a", { ctrlKey: true }), null],
    ["⌘+T is the browser's new tab", press("t", { metaKey: true }), null],
    ["Alt+→ is the browser's history", press("ArrowRight", { altKey: true }), null],
    ["6 is not a status key", press("6"), null],
    ["Tab stays the browser's", press("Tab"), null],
    ["space scrolls", press(" "), null],
  ])("%s", (_name, key, expected) => {
    expect(commandForKey(key)).toEqual(expected);
  });

  it("reaches every binding of the table (no key shadowed by an earlier row)", () => {
    for (const binding of READER_KEYMAP) {
      for (const key of binding.keys) {
        expect(commandForKey(press(key, { shiftKey: binding.shift === true }))).toBe(binding.command);
      }
    }
  });

  it("binds no key twice for the same Shift state", () => {
    const seen = new Set<string>();
    for (const binding of READER_KEYMAP) {
      for (const key of binding.keys) {
        const id = `${binding.shift ? "⇧" : ""}${key}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });
});

// Issue 16: the help lacked the audio and chapter keys; it is now built from the table, so it lists every key.
describe("the shortcut list", () => {
  it("names every key of every binding, with what it does", () => {
    for (const binding of READER_KEYMAP) {
      const line = READER_SHORTCUTS.find((l) => l.what === binding.help && l.group === binding.group);
      expect(line, binding.help).toBeDefined();
      expect(line!.keys).toContain(keyLabel(binding));
    }
  });

  it.each([
    ["S or ▶ after a sentence", /play the sentence/],
    ["M", /next sentence starts/],
    ["[ / ]", /chapter/],
    ["⇧T", /all translations/],
    ["⇧→ or ⇧ + click", /phrase/],
    ["1 / 2 / 3 / 4", /learning status/],
    ["5 or K", /^known$/],
  ])("shows %s", (keys, what) => {
    expect(READER_SHORTCUTS).toContainEqual(expect.objectContaining({ keys, what: expect.stringMatching(what) }));
  });

  it("follows the table: a key added to the keymap appears in the list", () => {
    const extra: KeyBinding = {
      keys: ["p", "P"],
      command: { type: "speak-word" },
      help: "pause",
      group: "Translations and audio",
    };
    expect(shortcutLines([...READER_KEYMAP, extra])).toContainEqual({
      keys: "P",
      what: "pause",
      group: "Translations and audio",
    });
  });

  it.each<[Pick<KeyBinding, "keys" | "shift">, string]>([
    [{ keys: ["ArrowRight"], shift: true }, "⇧→"],
    [{ keys: ["T"] }, "⇧T"],
    [{ keys: ["t"] }, "T"],
    [{ keys: ["0", "n", "N"] }, "0 or N"],
    [{ keys: ["Escape"] }, "Esc"],
  ])("labels %j as %s", (binding, label) => {
    expect(keyLabel(binding)).toBe(label);
  });
});
