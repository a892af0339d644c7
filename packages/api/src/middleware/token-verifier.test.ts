import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createCore } from "@alliance/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createTokenVerifier } from "./token-verifier.ts";

/**
 * The verifier against a JWKS endpoint that answers, fails, hangs or is not there.
 * Tokens are signed here with a key whose public half that endpoint serves.
 */
const ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_test";
const CLIENT_ID = "web-client";
const KID = "key-1";

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwks = {
  keys: [{ ...signingKey.publicKey.export({ format: "jwk" }), kid: KID, alg: "RS256", use: "sig" }],
};

function token(key: KeyObject = signingKey.privateKey): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: "RS256", kid: KID, typ: "JWT" })}.${encode({
    sub: "usr-1",
    username: "someone",
    iss: ISSUER,
    client_id: CLIENT_ID,
    token_use: "access",
    iat: now,
    exp: now + 600,
  })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url");
  return `${unsigned}.${signature}`;
}

type Mode = "serve" | "fail" | "hang";
let mode: Mode = "serve";
let server: Server;
let jwksUri: string;
const held = new Set<Socket>();

beforeAll(async () => {
  server = createServer((_request, response) => {
    if (mode === "hang") return; // never answers: a frozen identity provider
    if (mode === "fail") {
      response.writeHead(500).end("internal error");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  server.on("connection", (socket) => {
    held.add(socket);
    socket.on("close", () => held.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** A fresh app (and so an empty JWKS cache, as after a cold start) checking tokens against `uri`. */
function appCheckingAgainst(uri: string) {
  const core = createCore({
    config: { tableName: "t", region: "eu-west-1", dynamoEndpoint: "http://127.0.0.1:9" },
  });
  const verifier = createTokenVerifier({ issuer: ISSUER, jwksUri: uri, clientId: CLIENT_ID });
  return createApp({ core, verifier, logLevel: "SILENT" });
}

async function call(uri: string, bearer = token()) {
  const started = Date.now();
  const response = await appCheckingAgainst(uri).request("/api/health", {
    headers: { authorization: `Bearer ${bearer}` },
  });
  return { response, elapsedMs: Date.now() - started };
}

async function expectUnavailable(result: Awaited<ReturnType<typeof call>>) {
  const { response, elapsedMs } = result;
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(response.headers.get("www-authenticate")).toBeNull();
  expect(await response.json()).toMatchObject({ status: 503, code: "sign-in-check-unavailable" });
  // A correctness bound (the caller is not left hanging), not a benchmark.
  expect(elapsedMs).toBeLessThan(5000);
}

describe("a cold start that cannot fetch the signing keys", () => {
  it("answers 503 with Retry-After, not 401, when the JWKS address refuses connections", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expectUnavailable(await call(`http://127.0.0.1:${port}/.well-known/jwks.json`));
  });

  it("answers 503 within 5 s when the identity provider does not answer", async () => {
    mode = "hang";
    await expectUnavailable(await call(jwksUri));
  });

  it("answers 503 when the identity provider fails with a 5xx", async () => {
    mode = "fail";
    await expectUnavailable(await call(jwksUri));
  });
});

describe("once the signing keys can be fetched", () => {
  it("accepts a good token and still refuses a badly signed one with 401", async () => {
    mode = "serve";
    expect((await call(jwksUri)).response.status).toBe(200);
    const forged = (await call(jwksUri, token(otherKey.privateKey))).response;
    expect(forged.status).toBe(401);
    expect(forged.headers.get("www-authenticate")).toContain("Bearer");
  });
});
