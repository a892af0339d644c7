import {
  type ChangeConsumer,
  type Core,
  cityStatusMarksConsumer,
  contributorGrantConsumer,
  notificationsConsumer,
  workshopAttendanceConsumer,
} from "@alliance/core";
import { emailConsumer, type MailDeps } from "@alliance/core/email";
import { matchesSearch, searchSnapshotConsumer } from "@alliance/core/exchange-search";
import { type XapiOutbox, xapiConsumer } from "@alliance/core/xapi";

/**
 * Every consumer of the table's change stream, in the order they run over a batch
 * (decision 0024): the one list the stream Lambda and `pnpm dev`'s poller both run.
 * A consumer's name keys what it has finished, so it never changes once deployed.
 * Request handlers never call a consumer: they write, and the stream delivers.
 */
export function changeConsumers(
  core: Core,
  options: { mail?: MailDeps | undefined; xapi?: XapiOutbox | null; siteUrl?: string } = {},
): ChangeConsumer[] {
  const { mail } = options;
  const { searchSnapshot } = core.exchange;
  return [
    // `city-status-marks` (decision 0034): marks a city's exchange items when it is
    // suspended, leaves or is reinstated, so cards say "from a former member".
    cityStatusMarksConsumer(core.data),
    // `contributor-grant` (decision 0033): makes an approved applicant a contributor
    // when Cognito failed the approval's own attempt.
    contributorGrantConsumer(core.data, core.directory),
    // `search-snapshot` (decision 0026): keeps the exchange search snapshot in S3
    // current. A core without an attachments bucket has nowhere to keep it (a table
    // alone, as some tests build): then no consumer, and cold searches read the table.
    ...(searchSnapshot ? [searchSnapshotConsumer(core.data, searchSnapshot)] : []),
    // `workshop-attendance` (decision 0072): attendance marked at an event completes the
    // workshop lessons that name it, for the person, in the courses they are enrolled in.
    workshopAttendanceConsumer(core.data),
    // `notifications` (decision 0062): the domain events become each person's inbox.
    notificationsConsumer(core.data, matchesSearch),
    // `email` (decisions 0063, 0073): each new notification by e-mail, as its person
    // chose; `daily` ones held for the digest. Without EMAIL_FROM (a table alone, as
    // some tests build) there is no sender, and no consumer.
    ...(mail ? [emailConsumer(mail)] : []),
    // `xapi` (decision 0088): learning facts as xAPI statements for the deployment's
    // Learning Record Store, when one is configured.
    ...(options.xapi && options.siteUrl
      ? [xapiConsumer(core.data, options.xapi, options.siteUrl)]
      : []),
  ];
}
