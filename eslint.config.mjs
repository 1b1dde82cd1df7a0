// Lint as Microsoft's add-in templates do (eslint-plugin-office-addins: Office.js rules such as
// load-before-read and no sync in a loop), without its Prettier rule: the code is not Prettier-formatted.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/", "out/", "node_modules/", "coverage/"] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeExtension: "readonly" } },
    rules: { "prettier/prettier": "off" },
  },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser },
    // TypeScript itself checks names and redeclarations.
    rules: { "no-undef": "off", "no-redeclare": "off", "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  {
    // The start check runs where the bundles cannot (Internet Explorer 11): ES5, as a classic script.
    files: ["src/ui/canRun.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script" },
  },
  {
    // Tests and benchmarks hold exceljs cells and the stand-in Excel, which the Office.js rules take for proxies.
    files: ["test/**", "bench/**"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off", "office-addins/call-sync-after-load": "off" },
  },
];
