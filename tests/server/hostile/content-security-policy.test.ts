import { describe, expect, it } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "@/lib/server/http/content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("page Content-Security-Policy", () => {
  it("allows scripts only with the response's nonce, never inline or eval in production", () => {
    const nonce = createNonce();
    const policy = directives(pageContentSecurityPolicy(nonce));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(pageContentSecurityPolicy("abc=", { isDev: true })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("abc=")).not.toContain("'unsafe-eval'");
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of [...nonces].slice(0, 10)) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => pageContentSecurityPolicy("x'; script-src *")).toThrow(/base64/);
  });
});
