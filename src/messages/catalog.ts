import { BUILDING_BLOCK_MESSAGES } from "./buildingBlockMessages";
import { CHECK_MESSAGES } from "./checkMessages";
import { CLI_MESSAGES } from "./cliMessages";
import { CONVENTION_MESSAGES } from "./conventionMessages";
import { FILE_MESSAGES } from "./fileMessages";
import { FILE_SAFETY_MESSAGES } from "./fileSafetyMessages";
import { FUNCTION_MESSAGES } from "./functionMessages";
import { PRESET_INPUT_MESSAGES } from "./presetInputMessages";
import { REGION_MESSAGES } from "./regionMessages";
import { REVIEW_MESSAGES } from "./reviewMessages";
import { MONTHLY_MESSAGES } from "./monthlyMessages";
import { ROUND_MESSAGES, RULES_MESSAGES } from "./roundMessages";
import { SCHEMA_MESSAGES } from "./schemaMessages";
import { SHARE_MESSAGES } from "./shareMessages";
import { TABLE_MESSAGES } from "./tableMessages";
import { TABLE_SHAPE_MESSAGES } from "./tableShapeMessages";
import { VALUE_MESSAGES } from "./valueMessages";
import { WORKBOOK_CHANGE_MESSAGES } from "./workbookChangeMessages";
import { PAGE_FILE_MESSAGES } from "./pageFileMessages";
import { PACKAGE_MESSAGES } from "./packageMessages";
import { STALE_RESULT_MESSAGES } from "./staleResultMessages";

interface Texts {
  sv: string;
  en: string;
}
/** A message's text in each language; a hint that names a control differs on the command line and in Excel or the page. */
export type CatalogEntry = Texts | { cli: Texts; ui: Texts };

/** Every message Fördela gives, by code. Codes are stable: the --json output and tests name them. */
export const CATALOG = {
  ...VALUE_MESSAGES,
  ...TABLE_MESSAGES,
  ...ROUND_MESSAGES,
  ...RULES_MESSAGES,
  ...FUNCTION_MESSAGES,
  ...FILE_MESSAGES,
  ...FILE_SAFETY_MESSAGES,
  ...CLI_MESSAGES,
  ...CHECK_MESSAGES,
  ...REVIEW_MESSAGES,
  ...CONVENTION_MESSAGES,
  ...BUILDING_BLOCK_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...PRESET_INPUT_MESSAGES,
  ...REGION_MESSAGES,
  ...MONTHLY_MESSAGES,
  ...TABLE_SHAPE_MESSAGES,
  ...SHARE_MESSAGES,
  ...WORKBOOK_CHANGE_MESSAGES,
  ...PAGE_FILE_MESSAGES,
  ...PACKAGE_MESSAGES,
  ...STALE_RESULT_MESSAGES,
} satisfies Record<string, CatalogEntry>;

export type MessageCode = keyof typeof CATALOG;
