// Issue 18: the join link lost the class through sign-in and sign-up; the callbackUrl that now carries it must stay on this site.
import { describe, expect, it } from "vitest";
import { joinCodeOfPath } from "@/lib/validation/callback-url";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/join/K7QX-M2PA", "/join/K7QX-M2PA"],
    ["/read/abc?page=2#s3", "/read/abc?page=2#s3"],
    ["/", "/"],
  ])("keeps %s", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    ["another host", "https://evil.example/join/X"],
    ["protocol-relative", "//evil.example"],
    ["backslash host", "/\\evil.example"],
    ["backslash later", "/a\\..\\\\evil.example"],
    ["tab that URL parsing drops", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["relative without slash", "library"],
    ["empty", ""],
    ["not a string", ["/a", "/b"]],
  ])("refuses %s", (_name, value) => {
    expect(safeCallbackUrl(value)).toBe("/library");
  });
});

describe("joinCodeOfPath", () => {
  it("reads the code of a join link and nothing else", () => {
    expect(joinCodeOfPath("/join/K7QX-M2PA")).toBe("K7QX-M2PA");
    expect(joinCodeOfPath("/join/K7QX-M2PA/extra")).toBeNull();
    expect(joinCodeOfPath("/classes")).toBeNull();
    expect(joinCodeOfPath("/join/%E0%A4%A")).toBeNull();
  });
});
