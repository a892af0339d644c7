import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What a function's handler answers API Gateway (an HTTP API, payload 2.0). */
export interface GatewayAnswer {
  statusCode: number;
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string>;
}

/** An API Gateway HTTP API event (payload 2.0) of a GET of `path` (its query included). */
export function gatewayGet(path: string, headers: Record<string, string> = {}) {
  const [rawPath = path, rawQueryString = ""] = path.split("?");
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString,
    headers: { host: "api.example", accept: "application/json", ...headers },
    requestContext: {
      accountId: "000000000000",
      apiId: "test",
      domainName: "api.example",
      requestId: "test",
      routeKey: "$default",
      stage: "$default",
      time: "",
      timeEpoch: 0,
      http: {
        method: "GET",
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: "test",
      },
    },
    isBase64Encoded: false,
  };
}

/** Marks the answer's line in the child's output, where the handler's log lines go too. */
const ANSWER_MARK = "\u0000answer:";

/**
 * A cold container: a Node process of its own, started away from the repository, that
 * imports the bundle `file` and sends its handler `event`, at once (an on-demand cold
 * start: the request waits for init) or after `gapMs`, logging at `logLevel`. Wall-clock
 * ms of the import and of the request, and the handler's answer.
 */
export async function invokeCold(
  file: string,
  env: Record<string, string>,
  event: ReturnType<typeof gatewayGet>,
  { gapMs = 0, logLevel = "ERROR" }: { gapMs?: number; logLevel?: string } = {},
): Promise<{ importMs: number; requestMs: number; answer: GatewayAnswer }> {
  const script = [
    'import { performance } from "node:perf_hooks";',
    "const start = performance.now();",
    `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    "const imported = performance.now();",
    `await new Promise((resolve) => setTimeout(resolve, ${gapMs}));`,
    "const sent = performance.now();",
    `const answer = await handler(${JSON.stringify(event)}, { awsRequestId: "test" });`,
    "const done = performance.now();",
    // Exits once the answer is written: a pipe takes a large one in several writes.
    `process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify({ importMs: imported - start, requestMs: done - sent, answer }), () => process.exit(0));`,
  ].join("\n");
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env, LOG_LEVEL: logLevel },
    cwd: tmpdir(),
    maxBuffer: 20_000_000,
  });
  return JSON.parse(stdout.slice(stdout.lastIndexOf(ANSWER_MARK) + ANSWER_MARK.length));
}
