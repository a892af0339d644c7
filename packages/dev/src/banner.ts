import type { DemoUser } from "./demo-users.ts";
import type { LocalEndpoints } from "./local-aws.ts";

/** Left-aligned columns separated by two spaces. */
export function formatTable(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export interface BannerInput {
  webUrl: string;
  apiUrl: string;
  endpoints: LocalEndpoints;
  users: readonly Pick<DemoUser, "label" | "username" | "password">[];
  notices: string[];
  /** The local LRS, when the change stream runs one. */
  lrsUrl?: string;
  dataDir: string;
  startupMs: number;
}

/** What `pnpm dev` prints once everything answers: where to go and how to sign in. */
export function formatBanner(input: BannerInput): string {
  const indent = (text: string) => text.replace(/^/gm, "  ");
  const urls = formatTable([
    ["Web app", input.webUrl],
    ["API", `${input.apiUrl}/api`],
    ["API docs", `${input.apiUrl}/api/docs`],
    ["DynamoDB", input.endpoints.dynamodb],
    ["Cognito", input.endpoints.cognito],
    ["S3", input.endpoints.s3],
    ["E-mail (SES)", `${input.endpoints.ses}/ (every mail sent, as in an inbox)`],
    ...(input.lrsUrl ? [["xAPI (LRS)", `${input.lrsUrl}/ (the last statements received)`]] : []),
    ["Change stream", "DynamoDB Local's stream → packages/api/src/consumers.ts"],
    ["Scheduled jobs", "core's SCHEDULED_JOBS → packages/api/src/jobs.ts (pnpm job <name>)"],
  ]);
  const users = formatTable([
    ["Who", "Username", "Password"],
    ...input.users.map((user) => [user.label, user.username, user.password]),
  ]);
  return [
    "",
    `Local platform ready in ${(input.startupMs / 1000).toFixed(1)} s`,
    "",
    indent(urls),
    ...input.notices.map((notice) => `  ! ${notice}`),
    "",
    "Demo sign-ins (local only):",
    indent(users),
    "",
    `Data is kept in ${input.dataDir} (pnpm dev:fresh starts from scratch). Ctrl-C stops everything.`,
    "",
  ].join("\n");
}
