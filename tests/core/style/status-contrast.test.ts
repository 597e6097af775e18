// The reader's status colours must pass WCAG AA (4.5:1 for body text) in light
// and dark mode: read the CSS variables from app/globals.css and measure.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const css = fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");

function variablesOf(block: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) vars.set(m[1]!, m[2]!);
  return vars;
}

const light = variablesOf(css.slice(css.indexOf(":root {"), css.indexOf("@media (prefers-color-scheme: dark)")));
const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
const dark = new Map([...light, ...variablesOf(css.slice(darkStart, css.indexOf("\n}\n", darkStart)))]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string, string][] = [
  ["new", "st-new-fg", "st-new-bg"],
  ["learning 1", "st-learning-fg", "st-1-bg"],
  ["learning 2", "st-learning-fg", "st-2-bg"],
  ["learning 3", "st-learning-fg", "st-3-bg"],
  ["learning 4", "st-learning-fg", "st-4-bg"],
  ["known", "st-known-fg", "bg"],
  ["ignored", "st-ignored-fg", "bg"],
  ["body text", "text", "bg"],
  ["muted text", "muted", "bg"],
  ["muted text on cards", "muted", "surface"],
  ["links", "accent", "bg"],
  ["primary button", "accent-text", "accent"],
];

describe.each([
  ["light", light],
  ["dark", dark],
])("%s mode", (_mode, vars) => {
  it.each(PAIRS)("%s text passes AA (≥ 4.5:1)", (_name, fg, bg) => {
    const a = vars.get(fg);
    const b = vars.get(bg);
    expect(a, `--${fg}`).toBeDefined();
    expect(b, `--${bg}`).toBeDefined();
    expect(contrast(a!, b!)).toBeGreaterThanOrEqual(4.5);
  });
});
