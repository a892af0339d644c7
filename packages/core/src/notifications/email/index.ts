/**
 * Notification e-mail through Amazon SES v2 (decision 0063). A subpath of its own
 * (`@alliance/core/email`), not in core's index: the SES client belongs to the stream
 * function, never to the API's request path (tests/infra/api-bundle.test.ts).
 */
export { type OutgoingEmail, SEND_ATTEMPTS, sesSender } from "./ses-sender.ts";
export { EMAIL_LANGUAGES, renderEmail } from "./templates.ts";
