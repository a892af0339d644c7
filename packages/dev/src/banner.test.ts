import { describe, expect, it } from "vitest";
import { formatBanner, formatTable } from "./banner.ts";
import { DEMO_USERS } from "./demo-users.ts";

describe("formatTable", () => {
  it("pads columns to the widest cell", () => {
    expect(
      formatTable([
        ["Who", "Username"],
        ["Trainer", "demo-trainer"],
      ]),
    ).toBe("Who      Username\nTrainer  demo-trainer");
  });
});

describe("formatBanner", () => {
  const banner = formatBanner({
    webUrl: "http://localhost:5173",
    apiUrl: "http://localhost:3000",
    endpoints: {
      dynamodb: "http://localhost:8000",
      cognito: "http://localhost:9229",
      s3: "http://localhost:4569",
      ses: "http://localhost:8005",
    },
    users: DEMO_USERS,
    notices: ["Web app not started: web/index.html does not exist yet."],
    dataDir: ".data",
    startupMs: 12_345,
  });

  it("lists the addresses, the API docs and the startup time", () => {
    expect(banner).toContain("ready in 12.3 s");
    expect(banner).toMatch(/Web app\s+http:\/\/localhost:5173/);
    expect(banner).toMatch(/API docs\s+http:\/\/localhost:3000\/api\/docs/);
  });

  it("names the local SES's web inbox, where the sent mails are", () => {
    expect(banner).toMatch(/E-mail \(SES\)\s+http:\/\/localhost:8005\//);
  });

  it("says where the table's changes go", () => {
    expect(banner).toMatch(
      /Change stream\s+DynamoDB Local's stream → packages\/api\/src\/consumers\.ts/,
    );
  });

  it("lists every demo sign-in with its password", () => {
    const lines = banner.split("\n");
    for (const user of DEMO_USERS) {
      const line = lines.find((candidate) => candidate.includes(` ${user.username} `));
      expect(line, user.username).toContain(user.label);
      expect(line, user.username).toContain(user.password);
    }
  });

  it("shows what was not started", () => {
    expect(banner).toContain("! Web app not started");
  });
});
