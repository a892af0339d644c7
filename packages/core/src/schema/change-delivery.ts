/**
 * How the table's change stream is delivered to its consumers (decision 0024): the
 * event source mapping in infra/ and stacks/, and the local poller of `pnpm dev`, read
 * these numbers. Pure data, like tableSchema.
 */
export const CHANGE_DELIVERY = {
  /**
   * Where a new mapping starts: the oldest record the stream still holds (24 hours), so
   * changes written before the mapping existed (a first deploy, a replaced mapping) are
   * not lost; consumers skip what they already finished.
   */
  startingPosition: "TRIM_HORIZON",
  /** Records per batch (one shard's, in order). */
  batchSize: 100,
  /** A failing batch is split in two and each half retried, down to the record at fault. */
  bisectBatchOnError: true,
  /** Retries of a failing batch before it goes to the dead-letter queue (splits do not count). */
  retryAttempts: 10,
  /**
   * Older records go to the dead-letter queue unprocessed. The queue gets the shard and
   * sequence numbers, not the records: six hours leaves eighteen of the stream's 24 to
   * read them again from there.
   */
  maxRecordAgeSeconds: 6 * 60 * 60,
} as const;

/**
 * How the partition key of every record of a finished change begins (core's
 * processed-change entity, `$<service>#consumer_<name>#…`): the stream function may
 * write only partitions that begin so. A unit test holds the entity to it.
 */
export const PROCESSED_CHANGE_KEY_PREFIX = "$alliance#consumer_";

/**
 * How the partition keys of a member city and of an exchange item begin (core's city
 * and exchangeItem entities): the stream function's `city-status-marks` consumer reads
 * the one and marks the other, in those partitions only. A unit test holds the
 * entities to them.
 */
export const CITY_KEY_PREFIX = "$alliance#cityid_";
export const EXCHANGE_ITEM_KEY_PREFIX = "$alliance#itemid_";

/**
 * How the partition keys begin that the `workshop-attendance` consumer (decision 0072)
 * reads and writes: an event's (its workshop-lesson links), a person's (profile and
 * enrolments), a course's (listing and counters), a city's (its course counters) and a
 * certificate's (issued when the lesson completes the course). A unit test holds the
 * entities to them.
 */
export const EVENT_KEY_PREFIX = "$alliance#eventid_";
export const PERSON_KEY_PREFIX = "$alliance#subject_";
export const COURSE_KEY_PREFIX = "$alliance#courseid_";
export const CERTIFICATE_KEY_PREFIX = "$alliance#code_";

/**
 * The partitions the stream function's `notifications` consumer touches (decision
 * 0062): it writes a person's notifications (their `recipientId` partition, which
 * also holds their e-mail choices) and an e-mail's unsubscribe link, and reads an
 * event's registrations (EVENT_KEY_PREFIX) and an exchange request's log. A unit test holds the
 * entities to them.
 */
export const NOTIFICATION_KEY_PREFIX = "$alliance#recipientid_";
export const UNSUBSCRIBE_LINK_KEY_PREFIX = "$alliance#unsubscribehash_";
export const EXCHANGE_REQUEST_KEY_PREFIX = "$alliance#requestid_";
/**
 * How the partition of a day's notifications held for the daily digest begins (decision
 * 0075): the `email` consumer puts them there, the digest job queries one day. A unit
 * test holds the entity to it.
 */
export const DIGEST_DAY_KEY_PREFIX = "$alliance#digestday_";
/**
 * How the partition of a statement in the xAPI outbox begins (decision 0088; its id keeps
 * its case, so the label does too): the stream function's `xapi` consumer adds and sends
 * them, the `xapi-retry` job sends them again (decision 0090). A unit test holds the
 * entity to it.
 */
export const XAPI_STATEMENT_KEY_PREFIX = "$alliance#statementId_";
