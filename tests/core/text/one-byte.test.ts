import { describe, expect, it } from "vitest";
import { latin1Copy, latin1Word } from "@/lib/core/text/one-byte";

// The copies are only a storage change: every string must come back with the same characters.
describe("latin1Copy and latin1Word", () => {
  const wide = "„Größe“ – Œuvre";
  it.each([
    ["ASCII word cut from a wide text", wide.slice(0, 1) + "Haus", "Haus"],
    ["umlauts and ß", wide.slice(1, 6), "Größe"],
    ["a character beyond Latin-1", wide.slice(10), "Œuvre"],
    ["empty", wide.slice(0, 0), ""],
  ])("%s", (_, input, expected) => {
    const s = input.startsWith("„") ? input.slice(1) : input;
    expect(latin1Copy(s)).toBe(expected);
    expect(latin1Word(s)).toBe(expected);
    expect(latin1Word(s).toLowerCase()).toBe(expected.toLowerCase());
  });
});
