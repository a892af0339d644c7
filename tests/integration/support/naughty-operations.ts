import { readFileSync } from "node:fs";
import type { JsonSchema } from "./naughty-sample.ts";

/** One operation of docs/openapi.json, as the naughty-input sweep drives it. */
export interface Operation {
  /** "PATCH /api/exchange/items/{itemId}" */
  name: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  ifMatch: boolean;
  body: JsonSchema | undefined;
}

interface Parameter {
  in: string;
  name: string;
}
interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface Document {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const document: Document = JSON.parse(
  readFileSync(new URL("../../../docs/openapi.json", import.meta.url), "utf8"),
);

/** A schema with its $ref followed (one level at a time, as the sample walks it). */
export function resolve(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split("/").pop() ?? "";
  const target = document.components?.schemas?.[name];
  if (!target) throw new Error(`docs/openapi.json: no schema ${schema.$ref}`);
  return resolve(target);
}

/** Every operation the committed contract documents, in its order. */
export function documentedOperations(): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const named = (place: string) =>
        parameters.filter((parameter) => parameter.in === place).map((parameter) => parameter.name);
      const content = operation.requestBody?.content ?? {};
      const types = Object.keys(content);
      if (types.some((type) => type !== "application/json")) {
        throw new Error(`${method} ${path}: the sweep drives JSON bodies only, not ${types}`);
      }
      return {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: named("path"),
        queryParams: named("query"),
        ifMatch: named("header").includes("if-match"),
        body: content["application/json"]?.schema,
      };
    }),
  );
}
