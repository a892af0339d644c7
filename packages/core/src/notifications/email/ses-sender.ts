import { setTimeout as sleep } from "node:timers/promises";
import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";

/** One e-mail as the notifications send it: plain text, with its unsubscribe headers. */
export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The one-click unsubscribe address (https), and an optional mailto. */
  unsubscribeUrl: string;
  unsubscribeMailto?: string;
}

/** SES's answers that mean "too fast": wait and try again. */
const THROTTLED = new Set([
  "TooManyRequestsException",
  "ThrottlingException",
  "LimitExceededException",
]);

/** Attempts of one e-mail while SES throttles, then the error goes to the batch (and the DLQ). */
export const SEND_ATTEMPTS = 5;

/**
 * Sends through SES v2 (`SendEmail`, simple content with headers), with
 * `List-Unsubscribe` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
 * When SES throttles, it waits 200 ms, 400 ms, … (with jitter) and tries again, up to
 * SEND_ATTEMPTS; then it throws, so the stream retries the change and, past its own
 * retries, sends it to the dead-letter queue. Any other error is thrown at once.
 */
export function sesSender(client: SESv2Client, pauseMs = (attempt: number) => 200 * 2 ** attempt) {
  return async function send(email: OutgoingEmail): Promise<void> {
    const list = [
      `<${email.unsubscribeUrl}>`,
      ...(email.unsubscribeMailto ? [`<${email.unsubscribeMailto}>`] : []),
    ];
    const command = new SendEmailCommand({
      FromEmailAddress: email.from,
      Destination: { ToAddresses: [email.to] },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: "UTF-8" },
          Body: { Text: { Data: email.text, Charset: "UTF-8" } },
          Headers: [
            { Name: "List-Unsubscribe", Value: list.join(", ") },
            { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
          ],
        },
      },
    });
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.send(command);
        return;
      } catch (error) {
        const name = (error as { name?: string })?.name ?? "";
        if (!THROTTLED.has(name) || attempt + 1 >= SEND_ATTEMPTS) throw error;
        await sleep(pauseMs(attempt) * (0.5 + Math.random() / 2));
      }
    }
  };
}
