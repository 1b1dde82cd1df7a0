/** One problem as Ajv reports it: where in the definition, which schema keyword, with what. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** The round schema's checks, compiled by Ajv at build time (scripts/build-round-validator.js). */
declare const validateRound: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validateRound;
