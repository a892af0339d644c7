import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isDeepStrictEqual } from "node:util";
import { ENV } from "@alliance/core/schema";
import type { Statement } from "@alliance/core/xapi";
import { statementProblems } from "@alliance/core/xapi";

/** A statement as the local LRS stored it. */
export interface StoredStatement extends Statement {
  id: string;
  stored: string;
}

export interface LocalLrs {
  server: Server;
  /** The xAPI base to configure (`…/xapi/`). */
  endpoint: string;
  /** Newest first. */
  statements(): StoredStatement[];
  close(): Promise<void>;
}

/** The credentials the local LRS takes (Basic auth), as `pnpm dev` configures them. */
export const LOCAL_LRS_KEY = "alliance-dev";
export const LOCAL_LRS_SECRET = "alliance-dev-secret";

/** Whether the environment already names an LRS (a secret, or an endpoint). */
export const namesAnLrs = (env: NodeJS.ProcessEnv) =>
  Boolean(env[ENV.xapiEndpoint] || env[ENV.xapiSecret]);

/** Points the environment's xAPI settings at `pnpm dev`'s LRS at `endpoint`. */
export function pointAtLocalLrs(env: NodeJS.ProcessEnv, endpoint: string): void {
  env[ENV.xapiEndpoint] = endpoint;
  env[ENV.xapiKey] = LOCAL_LRS_KEY;
  env[ENV.xapiSecretKey] = LOCAL_LRS_SECRET;
}

const KEPT = 500;
const MAX_BODY = 1024 * 1024;

function send(response: ServerResponse, status: number, body?: unknown, type = "application/json") {
  response.writeHead(status, {
    "Content-Type": type,
    "X-Experience-API-Version": "1.0.3",
  });
  response.end(
    body === undefined ? undefined : type === "application/json" ? JSON.stringify(body) : body,
  );
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The last statements as a small page: who, what, which activity, when. */
function page(statements: StoredStatement[]): string {
  const rows = statements
    .slice(0, 100)
    .map((s) => {
      const who = s.actor && "account" in s.actor ? (s.actor.account?.name ?? "") : "";
      const verb = s.verb.display?.en ?? s.verb.id;
      const object = "id" in s.object ? String(s.object.id) : "";
      const score = s.result?.score ? ` (${s.result.score.raw ?? s.result.score.scaled})` : "";
      return `<tr><td>${escapeHtml(s.timestamp ?? s.stored)}</td><td>${escapeHtml(who)}</td><td>${escapeHtml(verb)}${escapeHtml(score)}</td><td>${escapeHtml(object)}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local LRS</title></head>
<body><h1>Local Learning Record Store</h1>
<p>${statements.length} statement(s) received and valid; the newest first. JSON: <a href="/xapi/statements">/xapi/statements</a>.</p>
<table><thead><tr><th scope="col">When</th><th scope="col">Learner (account)</th><th scope="col">Verb</th><th scope="col">Activity</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}

/**
 * A Learning Record Store for `pnpm dev` and the tests: it takes statements as an LRS does
 * (POST or PUT /xapi/statements, Basic auth, xAPI 1.0.3), checks each against the
 * specification (the same xapi-validation the platform checks with) and answers 400 with
 * the problems, keeps one statement per id (the same again is accepted, another under a
 * known id is 409), and shows the last ones at `/` and `GET /xapi/statements`.
 * It is not an LRS to keep records in: statements live in memory only.
 */
export async function startLocalLrs(port = 0, host = "127.0.0.1"): Promise<LocalLrs> {
  const byId = new Map<string, StoredStatement>();
  const order: string[] = [];
  const authorization = `Basic ${Buffer.from(`${LOCAL_LRS_KEY}:${LOCAL_LRS_SECRET}`).toString("base64")}`;

  const store = (statement: Statement): { status: 200 | 409; id: string } => {
    const id = statement.id ?? crypto.randomUUID();
    const known = byId.get(id);
    if (known) {
      const { stored: _stored, ...held } = known;
      return { status: isDeepStrictEqual(held, { ...statement, id }) ? 200 : 409, id };
    }
    byId.set(id, { ...statement, id, stored: new Date().toISOString() });
    order.unshift(id);
    for (const old of order.splice(KEPT)) byId.delete(old);
    return { status: 200, id };
  };
  const newest = () => order.flatMap((id) => byId.get(id) ?? []);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://lrs.local");
    if (request.method === "GET" && url.pathname === "/") {
      send(response, 200, page(newest()), "text/html; charset=utf-8");
      return;
    }
    if (url.pathname === "/xapi/about") {
      send(response, 200, { version: ["1.0.3"] });
      return;
    }
    if (url.pathname !== "/xapi/statements") {
      send(response, 404, { error: "Not an xAPI resource of this LRS" });
      return;
    }
    if (request.headers.authorization !== authorization) {
      send(response, 401, { error: "Basic credentials required" });
      return;
    }
    if (request.method === "GET") {
      send(response, 200, { statements: newest().slice(0, 100), more: "" });
      return;
    }
    if (request.method !== "POST" && request.method !== "PUT") {
      send(response, 405, { error: "GET, POST or PUT" });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      send(response, 413, { error: "At most 1 MiB" });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      send(response, 400, { error: "Not JSON" });
      return;
    }
    const statements = (Array.isArray(parsed) ? parsed : [parsed]) as Statement[];
    if (request.method === "PUT") {
      const id = url.searchParams.get("statementId");
      if (!id || statements.length !== 1) {
        send(response, 400, { error: "PUT takes one statement and its statementId" });
        return;
      }
      (statements[0] as Statement).id ??= id;
    }
    const problems = statements.flatMap((statement, at) =>
      statementProblems(statement).map((problem) => `[${at}] ${problem}`),
    );
    if (problems.length > 0) {
      send(response, 400, { error: "Invalid statement", problems });
      return;
    }
    const results = statements.map(store);
    if (results.some((result) => result.status === 409)) {
      send(response, 409, { error: "Another statement has this id" });
      return;
    }
    if (request.method === "PUT") send(response, 204);
    else
      send(
        response,
        200,
        results.map((result) => result.id),
      );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    server,
    endpoint: `http://${host}:${actual}/xapi/`,
    statements: newest,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
