import { createServer } from "node:net";
import { DevError } from "./errors.ts";

/** A port the local stack needs, named after the environment variable that sets it. */
export interface NamedPort {
  name: string;
  port: number;
}

function canListen(port: number, host?: string): Promise<boolean | "no-address"> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 cannot bind ::1; that says nothing about the port.
      const missing = error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT";
      resolve(missing ? "no-address" : false);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * True when nothing listens on `port`. Binding the wildcard address collides with
 * listeners on 0.0.0.0, :: and 127.0.0.1; ::1 is checked on its own because a
 * process bound only to ::1 (Vite on some machines) does not block the wildcard.
 */
export async function isPortFree(port: number): Promise<boolean> {
  if ((await canListen(port)) === false) return false;
  return (await canListen(port, "::1")) !== false;
}

/** A port the OS says is free right now (it could be taken again before use). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function suggestPort(taken: number, avoid: Set<number>): Promise<number> {
  for (let candidate = taken + 1; candidate < taken + 50 && candidate <= 65535; candidate += 1) {
    if (!avoid.has(candidate) && (await isPortFree(candidate))) return candidate;
  }
  return findFreePort();
}

/** Fails with one actionable line when two names share a port or a port is taken. */
export async function assertPortsFree(ports: NamedPort[]): Promise<void> {
  const byPort = new Map<number, string>();
  for (const { name, port } of ports) {
    const other = byPort.get(port);
    if (other) {
      throw new DevError(`${other} and ${name} are both ${port}: give each its own port.`);
    }
    byPort.set(port, name);
  }
  for (const { name, port } of ports) {
    if (await isPortFree(port)) continue;
    const suggestion = await suggestPort(port, new Set(byPort.keys()));
    throw new DevError(
      `Port ${port} is taken (${name}). Stop the other process or set ${name}=${suggestion}.`,
    );
  }
}

/**
 * Turns requested ports into actual ones: a given port must be free (the first
 * clash is named after its variable); 0 or absent picks a free port that none
 * of the others uses.
 */
export async function resolvePorts<K extends string>(
  requested: Record<K, number | undefined>,
  names: NoInfer<Record<K, string>>,
): Promise<Record<K, number>> {
  const keys = Object.keys(requested) as K[];
  const fixed = keys.filter((key) => requested[key]);
  await assertPortsFree(fixed.map((key) => ({ name: names[key], port: requested[key] ?? 0 })));
  const used = new Set(fixed.map((key) => requested[key]));
  const ports = {} as Record<K, number>;
  for (const key of keys) {
    let port = requested[key] ?? 0;
    while (!port || (!requested[key] && used.has(port))) port = await findFreePort();
    used.add(port);
    ports[key] = port;
  }
  return ports;
}

/** Reads a port from the environment; unset or empty gives the default. */
export function readPort(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DevError(`${name} must be a port number from 1 to 65535, not "${raw}".`);
  }
  return port;
}
