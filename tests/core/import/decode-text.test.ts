import { describe, expect, it } from "vitest";
import { decodeText, findBinaryContent } from "@/lib/core/import/decode-text";

describe("decodeText", () => {
  it("decodes UTF-8 (with BOM) German text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Grüße aus Köln")]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: "Grüße aus Köln" });
  });

  it.each([
    ["empty", new Uint8Array([]), /empty/],
    ["binary (PNG header)", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ["Latin-1, not UTF-8", new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), /not valid UTF-8/],
  ])("refuses %s", (_name, bytes, reason) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("findBinaryContent", () => {
  it("accepts tabs and newlines but not many control characters", () => {
    expect(findBinaryContent("Zeile 1\tA\r\nZeile 2\n")).toBeNull();
    expect(findBinaryContent(`Text ${"\u0007".repeat(10)}`)).toMatch(/control characters/);
  });
});
