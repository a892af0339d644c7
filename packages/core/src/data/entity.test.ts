import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { Entity, Service } from "electrodb";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CityEntity } from "../cities/city.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { buildEntity, defineEntity } from "./entity.ts";
import { createDataService } from "./service.ts";
import { SERVICE_NAME } from "./service-name.ts";

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
// The spies on ElectroDB's prototypes end with this file (the unit files share modules).
afterAll(() => vi.restoreAllMocks());

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
  const parse = vi.spyOn(
    Entity.prototype as unknown as { _parseModel(model: unknown): unknown },
    "_parseModel",
  );
  beforeEach(() => {
    parse.mockClear();
  });

  it("builds no entity until it is used, and none twice (decision 0098)", () => {
    // ElectroDB's join path, which builds and validates each entity it is given.
    const join = vi.spyOn(
      Service.prototype as unknown as { _inferJoinEntity(instance: unknown): unknown },
      "_inferJoinEntity",
    );
    try {
      const service = createDataService(client, "test");
      const { city, exchangeItem } = service.entities;
      expect(join).not.toHaveBeenCalled();
      expect(parse).not.toHaveBeenCalled();
      expect(Object.keys(service.entities)).toEqual(entities.map(([name]) => name));
      for (const entity of Object.values(service.entities)) expect(entity).toBeInstanceOf(Entity);
      expect(parse).not.toHaveBeenCalled();
      city.get({ cityId: "cty_A" }).params();
      city.update({ cityId: "cty_A" }).set({ name: "Ghent" }).params();
      expect(parse).toHaveBeenCalledTimes(1);
      expect(exchangeItem.schema).toBe(ExchangeItemEntity.schema);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(validate).not.toHaveBeenCalled();
    } finally {
      join.mockRestore();
    }
  });

  it("binds each entity to its own service's table and client, as joining did", async () => {
    const other = DynamoDBDocumentClient.from(
      new DynamoDBClient({ region: "eu-west-1", endpoint: "http://127.0.0.1:9" }),
    );
    const service = createDataService(client, "one");
    const second = createDataService(other, "two");
    const joined = new Service({ city: buildEntity(CityEntity.schema) }, { client, table: "one" });
    const key = { cityId: "cty_A" };
    expect(service.entities.city.get(key).params()).toEqual(joined.entities.city.get(key).params());
    expect(second.entities.city.get(key).params()).toMatchObject({ TableName: "two" });
    expect(service.entities.city.getTableName()).toBe("one");
    // Transactions read the service's entities when they run. (Each item also carries a
    // function under a symbol, its own per call: compared as the JSON that is sent.)
    const write = service.transaction
      .write(({ city }) => [city.patch(key).set({ name: "Ghent" }).commit()])
      .params();
    const joinedWrite = joined.transaction
      .write(({ city }) => [city.patch(key).set({ name: "Ghent" }).commit()])
      .params();
    expect(JSON.stringify(write)).toBe(JSON.stringify(joinedWrite));
  });

  it("holds what joining would have checked: one service, no collections", () => {
    for (const [name, entity] of entities) {
      expect(entity.schema.model.service, name).toBe(SERVICE_NAME);
      const indexes = Object.values(entity.schema.indexes) as { collection?: unknown }[];
      expect(
        indexes.filter((index) => index.collection !== undefined),
        name,
      ).toEqual([]);
    }
  });
});

describe("ElectroDB's document commands, handed in (patched, decision 0105)", () => {
  it("sends each operation through the client as lib-dynamodb's command for it", async () => {
    const sender = DynamoDBDocumentClient.from(
      new DynamoDBClient({ region: "eu-west-1", endpoint: "http://127.0.0.1:9" }),
    );
    const send = vi.spyOn(sender, "send").mockImplementation(async () => ({}));
    const { entities: data, transaction } = createDataService(sender, "commands");
    const key = { cityId: "cty_A" };
    const at = "2026-12-05T10:00:00.000Z";
    const item = {
      ...key,
      name: "Ghent",
      country: "BE",
      description: "A member city",
      createdAt: at,
      updatedAt: at,
      version: 1,
    } as const;
    const sent = async (operation: () => Promise<unknown>) => {
      send.mockClear();
      await operation().catch(() => undefined);
      return send.mock.calls[0]?.[0]?.constructor;
    };
    expect(await sent(() => data.city.get(key).go())).toBe(GetCommand);
    expect(await sent(() => data.city.put(item).go())).toBe(PutCommand);
    expect(await sent(() => data.city.patch(key).set({ name: "Gent" }).go())).toBe(UpdateCommand);
    expect(await sent(() => data.city.delete(key).go())).toBe(DeleteCommand);
    expect(await sent(() => data.city.get([key]).go())).toBe(BatchGetCommand);
    expect(await sent(() => data.city.delete([key]).go())).toBe(BatchWriteCommand);
    expect(await sent(() => data.city.scan.go())).toBe(ScanCommand);
    expect(await sent(() => data.city.query.byId(key).go())).toBe(QueryCommand);
    expect(
      await sent(() => transaction.write(({ city }) => [city.delete(key).commit()]).go()),
    ).toBe(TransactWriteCommand);
    expect(await sent(() => transaction.get(({ city }) => [city.get(key).commit()]).go())).toBe(
      TransactGetCommand,
    );
  });
});
