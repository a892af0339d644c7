import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CodeDelivery, codeDeliveryParser, writeCognitoConfig } from "./cognito-local.ts";

describe("writeCognitoConfig", () => {
  it("sets the issuer and plain usernames, keeping the developer's other settings", () => {
    const dir = mkdtempSync(join(tmpdir(), "cognito-config-"));
    mkdirSync(join(dir, ".cognito"));
    const file = join(dir, ".cognito", "config.json");
    writeFileSync(
      file,
      JSON.stringify({
        TokenConfig: { IssuerDomain: "http://localhost:1" },
        TriggerFunctions: { x: 1 },
      }),
    );
    writeCognitoConfig(dir, "http://localhost:9229");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      TokenConfig: { IssuerDomain: "http://localhost:9229" },
      TriggerFunctions: { x: 1 },
      UserPoolDefaults: { UsernameAttributes: [] },
    });
  });
});

describe("codeDeliveryParser", () => {
  it("turns the emulator's boxed log into one delivery per code", () => {
    const deliveries: CodeDelivery[] = [];
    const parse = codeDeliveryParser((delivery) => deliveries.push(delivery));
    for (const line of [
      "[1] INFO: abc SignUp ╭──────╮",
      "│   Confirmation Code Delivery         │",
      "│   Username:    newbie                │",
      "│   Destination: newbie@example.org    │",
      "│   Code:        339125                │",
      "╰──────╯",
      "[2] INFO: abc InitiateAuth",
    ]) {
      parse(line);
    }
    expect(deliveries).toEqual([
      { username: "newbie", destination: "newbie@example.org", code: "339125" },
    ]);
  });
});
