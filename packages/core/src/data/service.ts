import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Service } from "electrodb";
import { CityEntity } from "./entities/city.ts";
import { UserEntity } from "./entities/user.ts";

/** All entities over one table and one client. */
export function createDataService(client: DynamoDBDocumentClient, table: string) {
  return new Service({ user: UserEntity, city: CityEntity }, { client, table });
}

export type DataService = ReturnType<typeof createDataService>;
