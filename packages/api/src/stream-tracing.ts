import type { ChangeConsumer, TableChange } from "@alliance/core";
import type { Tracer } from "@aws-lambda-powertools/tracer";

/**
 * X-Ray for the stream function (decision 0040): Lambda's active tracing records each
 * invocation; Powertools' Tracer adds a subsegment per consumer's work on a change (and
 * per flush), annotated with the consumer and the change's correlation id, so a trace can
 * be found by the id of the request that caused it. Outside Lambda (tests, `pnpm dev`'s
 * poller) Tracer is off and the consumers run as they are.
 *
 * Tracer is imported only in Lambda (`AWS_EXECUTION_ENV`, Tracer's own test of whether it
 * may trace): importing it loads the X-Ray SDK, whose `cls-hooked` installs async hooks
 * with destroy tracking for the whole process, which made every promise about ten times
 * dearer in whatever imported `@alliance/api` (the local server, tests, benches), whether
 * or not it ever traced (decision 0102).
 */
const tracer: Tracer | undefined = process.env.AWS_EXECUTION_ENV
  ? new (await import("@aws-lambda-powertools/tracer")).Tracer({ serviceName: "alliance-stream" })
  : undefined;

async function inSubsegment<T>(
  name: string,
  annotations: Record<string, string>,
  work: () => Promise<T>,
): Promise<T> {
  const parent = tracer?.isTracingEnabled() ? tracer.getSegment() : undefined;
  if (!tracer || !parent) return work();
  const subsegment = parent.addNewSubsegment(name);
  tracer.setSegment(subsegment);
  for (const [key, value] of Object.entries(annotations)) subsegment.addAnnotation(key, value);
  try {
    return await work();
  } catch (error) {
    subsegment.addError(error as Error);
    throw error;
  } finally {
    subsegment.close();
    tracer.setSegment(parent);
  }
}

/** `consumer`, with each change's handling and each flush in a subsegment of its own. */
export function traced(consumer: ChangeConsumer): ChangeConsumer {
  const { flush } = consumer;
  return {
    name: consumer.name,
    wants: (change: TableChange) => consumer.wants(change),
    handle: (change: TableChange) =>
      inSubsegment(
        `## ${consumer.name}`,
        {
          consumer: consumer.name,
          correlationId: change.correlationId ?? "",
          entity: change.entity ?? "",
        },
        () => consumer.handle(change),
      ),
    ...(flush && {
      flush: () =>
        inSubsegment(`## ${consumer.name} flush`, { consumer: consumer.name }, () =>
          flush.call(consumer),
        ),
    }),
  };
}
