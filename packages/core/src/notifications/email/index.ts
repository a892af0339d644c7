/**
 * Notification e-mail through Amazon SES v2 (decisions 0063, 0073–0075). A subpath of
 * its own (`@alliance/core/email`), not in core's index: the SES client and the texts
 * belong to the stream function (and the digest job), never to the API's request path
 * (tests/infra/api-bundle.test.ts).
 */
export { type DigestRun, runDailyDigest } from "../daily-digest.ts";
export { type EmailConfig, loadEmailConfig, mailDepsFromConfig } from "./email-config.ts";
export { emailConsumer } from "./email-consumer.ts";
export type { MailDeps } from "./mailer.ts";
export { type AddressBook, cognitoAddressBook } from "./recipient-address.ts";
export { type OutgoingEmail, SEND_ATTEMPTS, sesSender } from "./ses-sender.ts";
export { EMAIL_LANGUAGES, renderDigest, renderEmail } from "./templates.ts";
