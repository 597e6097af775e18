// Hostile requests against the running production server: forged sessions,
// malformed and oversized bodies (also chunked, with no Content-Length),
// binary uploads, other users' ids and pages of another role. Each gets a
// clear status and message, and the server keeps answering.
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BASE_URL,
  DEMO_LEARNER,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
  signInOverHttp,
  signUpNewLearner,
} from "./browser";

let learner: string;
beforeAll(async () => {
  learner = await signInOverHttp(DEMO_LEARNER);
});

const answer = (cookie: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${BASE_URL}/api/review/answer`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", ...headers },
    body,
  });

/** `prefix`, then `chunks` × 64 KiB, streamed with chunked transfer encoding (no Content-Length). */
function chunkedBody(chunks: number, prefix = ""): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      if (prefix) controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
    },
  });
}

describe("forged sessions and roles", () => {
  it("a made-up session cookie is treated as signed out", async () => {
    const forged = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged";
    const api = await answer(forged, JSON.stringify({ cardId: "c1", clientId: crypto.randomUUID(), rating: "good" }));
    expect(api.status).toBe(401);
    const page = await fetch(`${BASE_URL}/library`, { headers: { cookie: forged }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get("location")).toMatch(/\/signin/);
  });

  it("a learner asking for the teacher area is sent to their library", async () => {
    const page = await fetch(`${BASE_URL}/teach`, { headers: { cookie: learner }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get("location")).toMatch(/\/library/);
  });
});

describe("malformed and oversized bodies", () => {
  it.each([
    ["not JSON", "{rating: good", 400, /not valid JSON/],
    ["the wrong shape", JSON.stringify({ cardId: 7, rating: ["good"] }), 400, /not understood/],
    [
      "an unknown card",
      JSON.stringify({ cardId: "no-such-card", clientId: crypto.randomUUID(), rating: "good" }),
      404,
      /not found/i,
    ],
  ])("a review answer that is %s gets %s", async (_name, body, status, message) => {
    const response = await answer(learner, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it("a 1 MB review answer is refused with 413, declared or chunked", async () => {
    const declared = await answer(learner, "x".repeat(1024 * 1024));
    expect(declared.status).toBe(413);
    const chunked = await fetch(`${BASE_URL}/api/review/answer`, {
      method: "POST",
      headers: { cookie: learner, "content-type": "application/json" },
      body: chunkedBody(16),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("a chunked 25 MB upload (over the 20 MB e-book limit) is cut off with 413 and a message that says what to do", async () => {
    const response = await fetch(`${BASE_URL}/api/import`, {
      method: "POST",
      headers: { cookie: learner, "content-type": "multipart/form-data; boundary=----lesefluss" },
      // A well-formed start of a file part whose content never ends: the server must stop reading by itself.
      body: chunkedBody(
        400,
        '------lesefluss\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n',
      ),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/too large/);
  });

  it("a binary file upload is refused with the reason, and the server still answers", async () => {
    const form = new FormData();
    form.set("mode", "upload");
    form.set(
      "file",
      new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])]),
      "program.txt",
    );
    const send = () => fetch(`${BASE_URL}/api/import`, { method: "POST", headers: { cookie: learner }, body: form });
    // The previous test's server closed its connection mid-upload (413); a pooled socket reset under
    // this request is the client's race, not an answer, so it is sent once more on a fresh connection.
    const response = await send().catch((error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
      return send();
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/binary/);
    expect((await fetch(`${BASE_URL}/signin`)).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------
// Issue 14, "Security, second round": what an attacker found, sent as they sent it.

const origin = new URL(BASE_URL);
const appPort = Number(origin.port || 80);

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request whose TCP connection leaves from `localAddress` (127.0.0.2, 127.0.0.3, … are distinct clients). */
function requestFrom(
  localAddress: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: origin.hostname,
        port: appPort,
        path,
        method: options.method ?? "GET",
        localAddress,
        headers: options.headers,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const cookiesOf = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);

/** A credentials sign-in from one client address: the session cookie, or the error next-auth reported. */
async function signInFrom(
  localAddress: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ cookie: string | null; error: string | null }> {
  const csrf = await requestFrom(localAddress, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await requestFrom(localAddress, "/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf.headers).join("; "),
      ...headers,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const cookie = cookiesOf(answer.headers).find((c) => c.startsWith("next-auth.session-token=")) ?? null;
  let error: string | null = null;
  try {
    const url = (JSON.parse(answer.body) as { url?: string }).url;
    error = url ? new URL(url, BASE_URL).searchParams.get("error") : null;
  } catch {
    error = `HTTP ${answer.status}`;
  }
  return { cookie, error: cookie ? null : (error ?? `HTTP ${answer.status}`) };
}

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

/** A fresh learner (signed up through the UI) so that no test locks or deletes a shared demo account. */
async function newLearner(): Promise<string> {
  browser ??= await launchBrowser();
  const context = await browser.newContext();
  try {
    return await signUpNewLearner(await context.newPage(), "Hostile Test");
  } finally {
    await context.close();
  }
}
const NEW_LEARNER_PASSWORD = "e2e-password-123";

/** Starts a URL import and waits for it to end; the job's error message (null if it imported). */
async function importUrlError(cookie: string, url: string): Promise<string | null> {
  const send = () =>
    fetch(`${BASE_URL}/api/import`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ mode: "url", url }),
    });
  // A pooled keep-alive socket the server has just closed resets the next request on it; that is
  // the client's race, not an answer, so the start is sent once more on a fresh connection.
  const start = await send().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
    return send();
  });
  if (start.status !== 202) return `start answered ${start.status}: ${await start.text()}`;
  const { jobId } = (await start.json()) as { jobId: string };
  for (let i = 0; i < 200; i++) {
    const job = (await (await fetch(`${BASE_URL}/api/import/${jobId}`, { headers: { cookie } })).json()) as {
      status: string;
      error: string | null;
    };
    if (job.status === "FAILED") return job.error ?? "";
    if (job.status === "DONE") return null;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`import job ${jobId} did not finish`);
}

describe("issue 14.1: SSRF through the server's own address and special-purpose ranges", () => {
  // The machine's own interface addresses (not loopback: the e2e run lets the import read 127.0.0.1 pages).
  const own = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal)
    .map((a) => (a.family === "IPv6" ? `[${a.address.replace(/%.*$/, "")}]` : a.address))
    .filter((a) => !a.startsWith("[fe80"));
  const ownV4 = own.filter((a) => !a.startsWith("["));

  let redirector: http.Server;
  let redirectBase: string;
  beforeAll(async () => {
    // A page the app may read (loopback, allowed in the e2e run) that sends it on to the app's own address.
    redirector = http.createServer((req, res) => {
      res.writeHead(302, { location: decodeURIComponent(req.url!.slice(1)) });
      res.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, "127.0.0.1", resolve));
    redirectBase = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    redirector.closeAllConnections();
    await new Promise((resolve) => redirector.close(resolve));
  });

  const UNREACHABLE = /could not be reached\. Only public web pages can be imported/;

  it("refuses every form of the machine's own and special-purpose addresses with one message", async () => {
    const targets = [
      ...own.map((a) => `http://${a}:${appPort}/signin`),
      ...ownV4.map((a) => `http://[::ffff:${a}]:${appPort}/signin`),
      `http://198.51.100.7:${appPort}/`,
      `http://203.0.113.7:${appPort}/`,
      `http://192.88.99.7:${appPort}/`,
      `http://192.0.0.7:${appPort}/`,
      `http://100.64.0.7:${appPort}/`,
      `http://[::7f00:1]:${appPort}/signin`,
      `http://[::ffff:0:7f00:1]:${appPort}/signin`,
      `http://[::ffff:127.0.0.1]:${appPort}/signin`,
      `http://[2002:7f00:1::1]:${appPort}/`,
      `http://[64:ff9b::7f00:1]:${appPort}/`,
      `http://[64:ff9b:1::7f00:1]:${appPort}/`,
      `http://[100::1]:${appPort}/`,
      `http://[2001:db8::1]:${appPort}/`,
      `http://[::]:${appPort}/signin`,
      `http://[::1]:${appPort}/signin`,
      `http://0.0.0.0:${appPort}/signin`,
      `http://localhost:${appPort}/signin`,
    ];
    expect(own.length).toBeGreaterThan(0);
    // One after another, as the import worker takes them: twenty parallel starts reset connections in CI.
    for (const url of targets) expect(await importUrlError(learner, url), url).toMatch(UNREACHABLE);
  });

  it("refuses a redirect hop to the machine's own address", async () => {
    for (const target of [...own.map((a) => `http://${a}:${appPort}/signin`), `http://[::ffff:7f00:1]:${appPort}/`]) {
      const error = await importUrlError(learner, `${redirectBase}/${encodeURIComponent(target)}`);
      expect(error, target).toMatch(UNREACHABLE);
    }
  });

  it("says the same for an open and a closed port, and never the status or content type (no oracle)", async () => {
    const host = ownV4[0] ?? own[0]!;
    const open = await importUrlError(learner, `http://${host}:${appPort}/api/auth/csrf`);
    const closed = await importUrlError(learner, `http://${host}:1/`);
    expect(open?.replace(`:${appPort}`, "")).toBe(closed?.replace(":1", ""));
    expect(open?.replace(host, "HOST")).not.toMatch(/json|html|\b[1-5]\d\d\b|refused|reset/i);
  });
});

describe("issue 14.3: sign-in throttling an outsider cannot turn against the owner", () => {
  it("a stranger's wrong passwords (with forged X-Forwarded-For) do not lock the owner out", async () => {
    const email = await newLearner();
    const errors: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      // A new forged client address every time: it must not buy the stranger new attempts.
      const forged = { "x-forwarded-for": `203.0.113.${i + 1}` };
      errors.push((await signInFrom("127.0.0.2", email, `wrong-password-${i}`, forged)).error);
    }
    expect(errors.slice(0, 5).every((e) => e === "CredentialsSignin")).toBe(true);
    expect(errors.slice(5).every((e) => /Too many sign-in attempts/.test(e ?? ""))).toBe(true);
    // The owner, from their own address, signs in at once.
    expect((await signInFrom("127.0.0.3", email, NEW_LEARNER_PASSWORD)).cookie).toBeTruthy();
  });

  it("after many strangers, the account backs off for new clients but lets the owner in from a known one", async () => {
    const email = await newLearner();
    expect((await signInFrom("127.0.0.3", email, NEW_LEARNER_PASSWORD)).cookie).toBeTruthy();
    // Strangers on 10 addresses, each staying under the per-client limit.
    for (let client = 10; client < 20; client++) {
      for (let i = 0; i < 4; i++) await signInFrom(`127.0.0.${client}`, email, `guess-${client}-${i}`);
    }
    const stranger = await signInFrom("127.0.0.30", email, NEW_LEARNER_PASSWORD);
    expect(stranger.cookie).toBeNull();
    expect(stranger.error).toMatch(/Too many sign-in attempts/);
    expect((await signInFrom("127.0.0.3", email, NEW_LEARNER_PASSWORD)).cookie).toBeTruthy();
  });
});

describe("issue 14.4: sessions are revoked at once", () => {
  it("'Sign out everywhere' ends a session token copied from another device", async () => {
    const email = await newLearner();
    const stolen = (await signInFrom("127.0.0.4", email, NEW_LEARNER_PASSWORD)).cookie!;
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: stolen } })).status).toBe(200);
    const context = await browser!.newContext();
    const page = await context.newPage();
    await signIn(page, email, NEW_LEARNER_PASSWORD);
    await page.goto(`${BASE_URL}/account`);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/signin"));
    await context.close();
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: stolen } })).status).toBe(401);
    const library = await fetch(`${BASE_URL}/library`, { headers: { cookie: stolen }, redirect: "manual" });
    expect(library.headers.get("location")).toMatch(/\/signin/);
  });

  it("signing out ends that session's token, a copy of it too, and leaves the account's other sessions alone", async () => {
    const email = await newLearner();
    const otherDevice = (await signInFrom("127.0.0.4", email, NEW_LEARNER_PASSWORD)).cookie!;
    const context = await browser!.newContext();
    const page = await context.newPage();
    await signIn(page, email, NEW_LEARNER_PASSWORD);
    const token = (await context.cookies()).find((c) => /next-auth\.session-token$/.test(c.name))!;
    const copy = `${token.name}=${token.value}`;
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: copy } })).status).toBe(200);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/signin"));
    await context.close();
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: copy } })).status).toBe(401);
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: otherDevice } })).status).toBe(200);
  });

  it("changing the password ends a session token copied from another device, and only the new password signs in", async () => {
    const email = await newLearner();
    const stolen = (await signInFrom("127.0.0.4", email, NEW_LEARNER_PASSWORD)).cookie!;
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: stolen } })).status).toBe(200);
    const context = await browser!.newContext();
    const page = await context.newPage();
    await signIn(page, email, NEW_LEARNER_PASSWORD);
    await page.goto(`${BASE_URL}/account`);
    const newPassword = "Abend am Rhein 2026";
    await page.getByLabel("Current password").fill(NEW_LEARNER_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/signin"));
    await context.close();
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: stolen } })).status).toBe(401);
    expect((await signInFrom("127.0.0.4", email, NEW_LEARNER_PASSWORD)).cookie).toBeNull();
    expect((await signInFrom("127.0.0.4", email, newPassword)).cookie).toBeTruthy();
  });

  it("deleting the account ends its other sessions", async () => {
    const email = await newLearner();
    const other = (await signInFrom("127.0.0.4", email, NEW_LEARNER_PASSWORD)).cookie!;
    const context = await browser!.newContext();
    const page = await context.newPage();
    await signIn(page, email, NEW_LEARNER_PASSWORD);
    await page.goto(`${BASE_URL}/account`);
    await page.getByRole("button", { name: /Delete my account/ }).click();
    // Exact: the password-change form on the same page has "Current password" and "New password".
    await page.getByLabel("Password", { exact: true }).fill(NEW_LEARNER_PASSWORD);
    await page.getByRole("button", { name: "Delete account permanently" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/signin"));
    await context.close();
    expect((await fetch(`${BASE_URL}/api/account/export`, { headers: { cookie: other } })).status).toBe(401);
    const api = await answer(other, JSON.stringify({ cardId: "c1", clientId: crypto.randomUUID(), rating: "good" }));
    expect(api.status).toBe(401);
  });
});

describe("issue 14.5: guessing join codes is rate limited", () => {
  it("after a run of wrong codes, /join/CODE stops answering even for a real code", async () => {
    const email = await newLearner();
    const cookie = (await signInFrom("127.0.0.5", email, NEW_LEARNER_PASSWORD)).cookie!;
    const page = (code: string) => fetch(`${BASE_URL}/join/${code}`, { headers: { cookie } }).then((r) => r.text());
    expect(await page("DEMO-B1")).toContain("Deutsch B1 (Demo)");
    for (let i = 0; i < 12; i++) await page(`ZZZZ-${String(i).padStart(4, "Q")}`);
    const blocked = await page("DEMO-B1");
    expect(blocked).toMatch(/Too many join attempts/);
    expect(blocked).not.toContain("Deutsch B1 (Demo)");
  });
});

describe("issue 14.7: callback URLs stay on this site", () => {
  it.each([
    "/\\evil.example/",
    "/\t/evil.example",
    "/%09/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "/%2F%2Fevil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "/\\/evil.example",
    "/ /evil.example",
  ])("a signed-in visit to /signin?callbackUrl=%j lands in the library", async (callbackUrl) => {
    const response = await fetch(`${BASE_URL}/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      headers: { cookie: learner },
      redirect: "manual",
    });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    const location = new URL(response.headers.get("location")!, BASE_URL);
    expect(location.origin).toBe(origin.origin);
    expect(location.pathname).toBe("/library");
  });

  it("the sign-in page hands no foreign callback to its form", async () => {
    const html = await (await fetch(`${BASE_URL}/signin?callbackUrl=${encodeURIComponent("/\\evil.example/")}`)).text();
    // The page's RSC payload echoes the request URL; what matters is the form's own callback.
    // No (safe) callback: "/", which sends each role to its own landing page.
    expect(html).toContain('\\"callbackUrl\\":\\"/\\"');
  });

  it("next-auth's own redirect after sign-in stays on this site", async () => {
    const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0]!)
          .join("; "),
      },
      body: new URLSearchParams({
        csrfToken,
        email: DEMO_LEARNER,
        password: DEMO_PASSWORD,
        callbackUrl: "/\\evil.example/",
        json: "true",
      }).toString(),
    });
    const { url } = (await response.json()) as { url: string };
    // next-auth answers with its configured public URL (NEXTAUTH_URL), which may name the host differently.
    expect(["localhost", origin.hostname]).toContain(new URL(url, BASE_URL).hostname);
    expect(url).not.toMatch(/evil\.example/);
  });
});

/** Calls the sign-up page's server action (its id read from the page) with a body of the attacker's choosing. */
async function callSignUpAction(contentType: string, body: BodyInit): Promise<Response> {
  const signup = await (await fetch(`${BASE_URL}/signup`)).text();
  const actionId = /[0-9a-f]{42}/.exec(signup.replace(/&quot;/g, '"'))?.[0];
  expect(actionId).toBeDefined();
  return fetch(`${BASE_URL}/signup`, {
    method: "POST",
    headers: { "next-action": actionId!, "content-type": contentType, origin: origin.origin },
    body,
  });
}

describe("issue 14.8: malformed requests get a 4xx, not a 500", () => {
  it("GET /api/auth/callback/credentials", async () => {
    const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, { redirect: "manual" });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it.each([
    ["a 3 MB body", "text/plain;charset=UTF-8", `["${"a".repeat(3 * 1024 * 1024)}"]`],
    ["a 3 MB multipart body", "multipart/form-data; boundary=lesefluss", "a".repeat(3 * 1024 * 1024)],
  ])("a server action called with %s", async (_name, contentType, body) => {
    const response = await callSignUpAction(contentType, body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await fetch(`${BASE_URL}/signin`)).status).toBe(200);
  });

  // Under the 1 MB limit, so only the body's framing is wrong: each used to reach Next.js' decoder and get a 500.
  it.each([
    ["text that is not JSON", "text/plain;charset=UTF-8", "{this is not json", 400],
    ["bytes that are not UTF-8", "text/plain;charset=UTF-8", new Uint8Array([0x22, 0xff, 0xfe, 0x22]), 400],
    [
      "multipart that does not match its boundary",
      "multipart/form-data; boundary=lesefluss",
      "garbage".repeat(1000),
      400,
    ],
    [
      "multipart without the action's JSON root",
      "multipart/form-data; boundary=b",
      '--b\r\nContent-Disposition: form-data; name="1_x"\r\n\r\ny\r\n--b--\r\n',
      400,
    ],
  ])(
    "a server action whose body is %s gets a 400 (sent as %s), without a stack trace",
    async (_name, contentType, body, status) => {
      const response = await callSignUpAction(contentType, body);
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text).not.toMatch(/\n\s+at |node_modules|\.next\//);
      expect((await fetch(`${BASE_URL}/signin`)).status).toBe(200);
    },
  );

  it("a server action id that does not exist gets a 4xx (Next.js' own answer its client router understands)", async () => {
    for (const actionId of ["0".repeat(42), "not-an-action-id"]) {
      const response = await fetch(`${BASE_URL}/signup`, {
        method: "POST",
        headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", origin: origin.origin },
        body: JSON.stringify(["$K1"]),
      });
      expect(response.status, actionId).toBeGreaterThanOrEqual(400);
      expect(response.status, actionId).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/\n\s+at |node_modules/);
    }
  });
});
