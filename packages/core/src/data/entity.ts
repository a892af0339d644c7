import { Entity, type Schema } from "electrodb";

/**
 * An ElectroDB entity built without ElectroDB's check of its schema. That check is a
 * JSON Schema validation (the `jsonschema` package) of several milliseconds per entity
 * before the JIT warms up: with 16 entities, each built twice (module level, then once
 * per data service), it was the largest part of the API's cold start (decision 0029).
 * `entity.test.ts` runs ElectroDB's own check on every entity's schema, so a schema
 * ElectroDB would refuse still fails, in the tests instead of at every start.
 */
class CheckedInTestsEntity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C>,
> extends Entity<A, F, C, S> {
  /** Overrides ElectroDB's (undeclared) validation hook, which its constructor calls. */
  _validateModel(): void {}
}

/** `new Entity(schema)`, minus the schema check at run time (see above). */
export function defineEntity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C>,
>(schema: S): Entity<A, F, C, S> {
  return new CheckedInTestsEntity(schema);
}
