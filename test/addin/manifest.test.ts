import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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
    expect(label.Override.map((o: Record<string, string>) => [o["@Locale"], o["@Value"]])).toEqual([["sv-SE", "Fördela omgång"]]);
  });

  it("gives a Swedish Office the Swedish functions' metadata, any other the English (an Override of the metadata URL)", () => {
    const meta = res.Urls.Url.find((u: Record<string, string>) => u["@id"] === "Functions.Metadata.Url");
    expect(meta["@DefaultValue"]).toMatch(/\/functions\.json$/);
    expect(meta.Override.map((o: Record<string, string>) => [o["@Locale"], path.basename(o["@Value"])])).toEqual([["sv-SE", "functions-sv.json"]]);
    expect(existsSync(path.join(root, "dist", "functions-sv.json"))).toBe(true);
  });
});
