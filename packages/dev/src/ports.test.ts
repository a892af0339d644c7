import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DevError } from "./errors.ts";
import { assertPortsFree, findFreePort, isPortFree, readPort, resolvePorts } from "./ports.ts";

const servers: Server[] = [];

async function occupy(host?: string): Promise<number> {
  const port = await findFreePort();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen({ port, host }, resolve));
  servers.push(server);
  return port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("isPortFree", () => {
  it("sees listeners on loopback and on every interface", async () => {
    expect(await isPortFree(await occupy("127.0.0.1"))).toBe(false);
    expect(await isPortFree(await occupy())).toBe(false);
  });

  it("is true for a port nobody holds", async () => {
    expect(await isPortFree(await findFreePort())).toBe(true);
  });
});

describe("assertPortsFree", () => {
  it("names the variable and suggests a free port", async () => {
    const port = await occupy("127.0.0.1");
    const error = await assertPortsFree([{ name: "API_PORT", port }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DevError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Port ${port} is taken \\(API_PORT\\)\\. Stop the other process or set API_PORT=\\d+\\.$`,
      ),
    );
  });

  it("refuses two names on one port before looking at the network", async () => {
    await expect(
      assertPortsFree([
        { name: "API_PORT", port: 3000 },
        { name: "WEB_PORT", port: 3000 },
      ]),
    ).rejects.toThrow("API_PORT and WEB_PORT are both 3000: give each its own port.");
  });

  it("passes when every port is free", async () => {
    await expect(
      assertPortsFree([{ name: "S3_PORT", port: await findFreePort() }]),
    ).resolves.toBeUndefined();
  });
});

describe("resolvePorts", () => {
  const names = { api: "API_PORT", web: "WEB_PORT", s3: "S3_PORT" };

  it("keeps given ports and picks distinct free ones for 0 or absent", async () => {
    const given = await findFreePort();
    const ports = await resolvePorts({ api: given, web: 0, s3: undefined }, names);
    expect(ports.api).toBe(given);
    expect(new Set(Object.values(ports)).size).toBe(3);
    for (const port of [ports.web, ports.s3]) expect(await isPortFree(port)).toBe(true);
  });

  it("names the variable of a given port that is taken", async () => {
    const taken = await occupy("127.0.0.1");
    await expect(resolvePorts({ api: 0, web: taken, s3: 0 }, names)).rejects.toThrow(
      `Port ${taken} is taken (WEB_PORT).`,
    );
  });
});

describe("readPort", () => {
  it("uses the default when unset or empty", () => {
    expect(readPort({}, "API_PORT", 3000)).toBe(3000);
    expect(readPort({ API_PORT: " " }, "API_PORT", 3000)).toBe(3000);
  });

  it("reads a valid port", () => {
    expect(readPort({ WEB_PORT: "5200" }, "WEB_PORT", 5173)).toBe(5200);
  });

  it.each(["abc", "0", "70000", "80.5"])("rejects %s with a one-line message", (raw) => {
    expect(() => readPort({ API_PORT: raw }, "API_PORT", 3000)).toThrow(
      `API_PORT must be a port number from 1 to 65535, not "${raw}".`,
    );
  });
});
