import { SESv2Client, SendEmailCommand, TooManyRequestsException } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { SEND_ATTEMPTS, sesSender } from "./ses-sender.ts";

/* SES throttling only (aws-sdk-client-mock for faults): the real sending is tested against aws-ses-v2-local. */
const ses = mockClient(SESv2Client);
afterEach(() => ses.reset());

const throttled = () =>
  new TooManyRequestsException({ message: "Maximum sending rate exceeded.", $metadata: {} });
const email = {
  from: "no-reply@alliance.example",
  to: "ada@example.org",
  subject: "Your item was approved",
  text: "Hello",
  unsubscribeUrl: "https://alliance.example/api/unsubscribe/abc",
};
const send = sesSender(new SESv2Client({ region: "eu-west-1" }), () => 1);

describe("sending an e-mail through SES v2", () => {
  it("waits and tries again while SES throttles, then sends it once", async () => {
    ses.on(SendEmailCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves({});
    await send(email);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    const input = ses.commandCalls(SendEmailCommand)[2]?.args[0].input;
    expect(input?.Content?.Simple?.Headers).toEqual([
      { Name: "List-Unsubscribe", Value: "<https://alliance.example/api/unsubscribe/abc>" },
      { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
    ]);
  });

  it("gives up after its attempts, so the batch item fails towards the dead-letter queue", async () => {
    ses.on(SendEmailCommand).rejects(throttled());
    await expect(send(email)).rejects.toThrow("Maximum sending rate exceeded.");
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(SEND_ATTEMPTS);
  });

  it("does not retry what waiting cannot fix", async () => {
    ses
      .on(SendEmailCommand)
      .rejects(Object.assign(new Error("Bad address"), { name: "BadRequestException" }));
    await expect(send(email)).rejects.toThrow("Bad address");
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});
