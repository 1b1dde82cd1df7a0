import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { officeLang, SWEDISH_OFFICE_LOCALES } from "../../src/ui/officeLang";

const root = path.join(__dirname, "..", "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["Image", "Url", "String", "Set", "Override", "ExtensionPoint", "Control", "Runtime"].includes(name) });
const app = parser.parse(xml).OfficeApp;
const host = app.VersionOverrides.Hosts.Host;
const res = app.VersionOverrides.Resources;

/** Every resid="…" used anywhere in the manifest. */
const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
const defined = [...res.Images.Image, ...res.Urls.Url, ...res.ShortStrings.String, ...res.LongStrings.String].map((r: { "@id": string }) => r["@id"]);

describe("manifest.xml", () => {
  it("is an Excel taskpane add-in that asks only for ReadWriteDocument, with no other domains", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.AppDomains).toBeUndefined();
  });

  it("runs the taskpane and the custom functions in one shared runtime (the same resid everywhere)", () => {
    expect(app.Requirements.Sets.Set.map((s: Record<string, string>) => [s["@Name"], s["@MinVersion"]])).toEqual([["SharedRuntime", "1.1"], ["ExcelApi", "1.13"]]);
    const runtime = host.Runtimes.Runtime[0]["@resid"];
    const cf = host.AllFormFactors.ExtensionPoint.find((e: Record<string, string>) => e["@type"] === "CustomFunctions");
    expect(host.Runtimes.Runtime[0]["@lifetime"]).toBe("long");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime);
    expect(runtime).toBe("Taskpane.Url");
  });

  it("defines every resid it uses", () => {
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
  });

  it("names its functions' namespace AT and points at functions.js and functions.json", () => {
    const byId = (id: string) => [...res.Urls.Url, ...res.ShortStrings.String].find((r: Record<string, string>) => r["@id"] === id)["@DefaultValue"];
    expect(byId("Functions.Namespace")).toBe("AT");
    expect(byId("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    expect(byId("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
  });

  it("uses https for every URL and has the icons it names", () => {
    const urls = [...xml.matchAll(/DefaultValue="(http[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    for (const img of res.Images.Image) expect(existsSync(path.join(root, "assets", path.basename(img["@DefaultValue"])))).toBe(true);
  });

  it("opens the taskpane from a ribbon button, in English with Swedish for a Swedish Office", () => {
    const ribbon = host.DesktopFormFactor.ExtensionPoint.find((e: Record<string, string>) => e["@type"] === "PrimaryCommandSurface");
    expect(ribbon.OfficeTab.Group.Control[0].Action["@type"]).toBe("ShowTaskpane");
    expect(app.DefaultLocale).toBe("en-US");
    const label = res.ShortStrings.String.find((s: Record<string, string>) => s["@id"] === "TaskpaneButton.Label");
    expect(label["@DefaultValue"]).toBe("Allocate round");
    expect(label.Override.map((o: Record<string, string>) => [o["@Locale"], o["@Value"]])).toEqual(SWEDISH_OFFICE_LOCALES.map((l) => [l, "Fördela omgång"]));
  });

  it("gives a Swedish Office the Swedish functions' metadata, any other the English (an Override of the metadata URL)", () => {
    const meta = res.Urls.Url.find((u: Record<string, string>) => u["@id"] === "Functions.Metadata.Url");
    expect(meta["@DefaultValue"]).toMatch(/\/functions\.json$/);
    expect(meta.Override.map((o: Record<string, string>) => [o["@Locale"], path.basename(o["@Value"])])).toEqual(SWEDISH_OFFICE_LOCALES.map((l) => [l, "functions-sv.json"]));
    expect(existsSync(path.join(root, "dist", "functions-sv.json"))).toBe(true);
  });

  /** Every Override in the manifest, with the element it belongs to. */
  const overrides = [...xml.matchAll(/<(?:bt:)?(\w+) (?:id="([^"]+)" )?DefaultValue="[^"]*">((?:\s*<(?:bt:)?Override [^>]*\/>)+)/g)].map((m) => ({
    element: m[2] ?? m[1],
    locales: [...m[3].matchAll(/Locale="([^"]+)" Value="([^"]*)"/g)].map((o) => ({ locale: o[1], value: o[2] })),
  }));

  it("gives the Swedish functions to exactly the locales whose pane is Swedish (officeLang), and every Swedish text to each of them", () => {
    expect(SWEDISH_OFFICE_LOCALES).toEqual(expect.arrayContaining(["sv-SE", "sv-FI"]));
    // Each Swedish Office locale gets the Swedish pane, and the Swedish metadata…
    const meta = overrides.find((o) => o.element === "Functions.Metadata.Url")!;
    for (const locale of SWEDISH_OFFICE_LOCALES) {
      expect(officeLang(locale)).toBe("sv");
      expect(meta.locales.find((o) => o.locale === locale)?.value).toMatch(/\/functions-sv\.json$/);
    }
    // …and vice versa: every locale the manifest overrides is one whose pane is Swedish, and it is one of the list.
    expect(overrides.length).toBeGreaterThanOrEqual(8);
    for (const o of overrides) {
      expect(o.locales.map((l) => l.locale)).toEqual([...SWEDISH_OFFICE_LOCALES]);
      for (const l of o.locales) expect(officeLang(l.locale)).toBe("sv");
      expect(new Set(o.locales.map((l) => l.value)).size).toBe(1); // the same Swedish in Sweden and in Finland
    }
    // A Finnish or Norwegian Office gets the English pane and the English functions (no Override).
    for (const other of ["fi-FI", "nb-NO", "da-DK", "en-US"]) expect(officeLang(other)).toBe("en");
  });
});
