import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity, Service } from "electrodb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CityEntity } from "../cities/city.entity.ts";
import { buildEntity, defineEntity } from "./entity.ts";
import { createDataService } from "./service.ts";

const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: "eu-west-1", endpoint: "http://127.0.0.1:9" }),
);
const entities = Object.entries(createDataService(client, "test").entities);

/** ElectroDB's own schema check, which its Entity constructor runs and defineEntity skips. */
const validate = vi.spyOn(
  Entity.prototype as unknown as { _validateModel(model: unknown): void },
  "_validateModel",
);
afterEach(() => validate.mockClear());

describe("the entities of the data service", () => {
  it("are all there", () => {
    expect(entities.length).toBeGreaterThanOrEqual(16);
  });

  it.each(entities)("%s has a schema that ElectroDB's own check accepts", (_name, entity) => {
    expect(() => new Entity(entity.schema)).not.toThrow();
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it("would refuse a schema ElectroDB refuses, through the same check", () => {
    const [, entity] = entities[0] ?? [];
    const broken = { ...entity?.schema, indexes: { byId: { pk: { field: 7 } } } };
    expect(() => new Entity(broken as never)).toThrow(/pk.field is not of a type/);
  });
});

describe("buildEntity", () => {
  it("builds an entity without running the check at start-up (decision 0029)", () => {
    const [, entity] = entities[0] ?? [];
    const built = buildEntity(entity?.schema as never);
    expect(validate).not.toHaveBeenCalled();
    expect(built.schema).toBe(entity?.schema);
    expect(built).toBeInstanceOf(Entity);
  });
});

describe("defineEntity", () => {
  const parse = vi.spyOn(
    Entity.prototype as unknown as { _parseModel(model: unknown): unknown },
    "_parseModel",
  );
  beforeEach(() => {
    parse.mockClear();
  });

  it("gives its schema without building the entity (decision 0051)", () => {
    const [, entity] = entities[0] ?? [];
    const lazy = defineEntity(entity?.schema as never);
    expect(lazy.schema).toBe(entity?.schema);
    expect(lazy).toBeInstanceOf(Entity);
    expect(parse).not.toHaveBeenCalled();
  });

  it("builds the entity once, on first use, and answers as a built one", () => {
    const lazy = defineEntity(CityEntity.schema);
    const built = buildEntity(CityEntity.schema);
    parse.mockClear();
    const table = { table: "test" };
    const params = lazy.get({ cityId: "cty_A" }).params(table);
    expect(params).toEqual(built.get({ cityId: "cty_A" }).params(table));
    lazy.update({ cityId: "cty_A" }).set({ name: "Ghent" }).params(table);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(validate).not.toHaveBeenCalled();
    expect(Object.keys(lazy)).toEqual(Object.keys(built));
    expect("model" in lazy).toBe(true);
  });
});

describe("createDataService", () => {
  it("joins its entities as given, without ElectroDB's model check of each (decision 0027)", () => {
    // ElectroDB's own path, which validates each entity against its JSON Schema of models.
    const join = vi.spyOn(
      Service.prototype as unknown as { _inferJoinEntity(instance: unknown): unknown },
      "_inferJoinEntity",
    );
    try {
      const service = createDataService(client, "test");
      expect(join).not.toHaveBeenCalled();
      expect(Object.keys(service.entities)).toEqual(entities.map(([name]) => name));
      for (const entity of Object.values(service.entities)) expect(entity).toBeInstanceOf(Entity);
    } finally {
      join.mockRestore();
    }
  });
});
