import { schemaCheckLoaded } from "./schemaCheck";

/** Loads the schema's checks where they are not yet: a no-op where a host imported them (the web page loads them on first use). */
export async function loadSchemaChecks(): Promise<void> {
  if (!schemaCheckLoaded()) await import(/* webpackChunkName: "schema" */ "./schemaProblems");
}
