import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { Entity, type EntityConfiguration, type Schema, useDocumentCommands } from "electrodb";

/**
 * The commands ElectroDB sends through our v3 document client. Our patch of ElectroDB
 * (decision 0105) has them handed in rather than `require`d: a `require` of
 * `@aws-sdk/lib-dynamodb` took the whole package into the API function's bundle and
 * evaluated it at import, every DynamoDB command and paginator with it; named imports
 * take these ten and what they use. Every entity and service of ours is built after
 * this module is evaluated.
 */
useDocumentCommands({
  GetCommand,
  PutCommand,
  UpdateCommand,
  DeleteCommand,
  BatchWriteCommand,
  BatchGetCommand,
  ScanCommand,
  QueryCommand,
  TransactWriteCommand,
  TransactGetCommand,
});

/**
 * An ElectroDB entity built without ElectroDB's check of its schema. That check is a
 * JSON Schema validation (the `jsonschema` package) of several milliseconds per entity
 * before the JIT warms up: it was the largest part of the API's cold start (decision
 * 0029). `entity.test.ts` runs ElectroDB's own check on every entity's schema, so a
 * schema ElectroDB would refuse still fails, in the tests instead of at every start.
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

/** `new Entity(schema, config)`, minus the schema check at run time (see above). */
export function buildEntity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C>,
>(schema: S, config?: EntityConfiguration): Entity<A, F, C, S> {
  return new CheckedInTestsEntity(schema, config);
}

/**
 * An entity that answers `schema` and `instanceof Entity` at once and is built by
 * `build` on its first other use (once), through a `Proxy`: building one is ElectroDB's
 * `_parseModel` and clause builders, milliseconds each, and a request uses a few of the
 * fifty-odd (decisions 0051, 0098).
 */
export function lazyEntity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C>,
>(schema: S, build: () => Entity<A, F, C, S>): Entity<A, F, C, S> {
  let built: Entity<A, F, C, S> | undefined;
  const entity = () => {
    built ??= build();
    return built;
  };
  // The target only answers `instanceof Entity` without building; every other trap
  // reads or writes the built entity, whose methods are bound to it.
  return new Proxy(Object.create(CheckedInTestsEntity.prototype) as Entity<A, F, C, S>, {
    get(_target, key) {
      if (key === "schema") return schema;
      const target = entity();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
    set: (_target, key, value) => Reflect.set(entity(), key, value),
    has: (_target, key) => Reflect.has(entity(), key),
    ownKeys: () => Reflect.ownKeys(entity()),
    getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(entity(), key),
  });
}

/**
 * A module-level entity: its `schema` at once, the ElectroDB entity built on its first
 * other use. The data service builds its own entities from these schemas (service.ts),
 * so a running function reads only the schemas here: building them too cost each cold
 * start a second construction of every entity, about a sixth of its CPU (decision
 * 0051). Anything else (a test's `.put(...).params()`) builds the entity and uses it.
 */
export function defineEntity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C>,
>(schema: S): Entity<A, F, C, S> {
  return lazyEntity(schema, () => buildEntity(schema));
}
