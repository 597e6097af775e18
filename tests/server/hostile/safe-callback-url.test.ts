// Issue 14: the sign-in page accepted "/\evil.example/" and "/\t/evil.example"
// as callback URLs, which browsers read as another site.
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    "/\\evil.example/",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%252F%252Fevil.example",
    "/%09/evil.example",
    "/ /evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/%E0%A4%A",
    "",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/library");
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackUrl(["/review"])).toBe("/library");
    expect(safeCallbackUrl(undefined, "/")).toBe("/");
  });

  it.each([
    ["/review", "/review"],
    ["/join/K7QX-M2PA-9RTW", "/join/K7QX-M2PA-9RTW"],
    ["/read/abc?sentence=3#s3", "/read/abc?sentence=3#s3"],
    ["/library?q=a%20b", "/library?q=a%20b"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
