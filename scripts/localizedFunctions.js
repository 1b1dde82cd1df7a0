 
// functions.json in two languages, from the one the metadata plugin generates out of the JSDoc
// in src/functions/functions.ts, where every description reads "Swedish / English":
// functions.json (English, the manifest's default) and functions-sv.json (Swedish names from
// src/functions/swedish.json, Swedish descriptions), which the manifest's sv-SE Override names.
// Each function's id stays the same in both: it is what Excel stores in a formula.
const swedish = require("../src/functions/swedish.json");

/** "Svenska. / English." → { sv, en }; a text without " / " is the same in both. */
function split(text) {
  const at = (text ?? "").indexOf(" / ");
  return at < 0 ? { sv: text, en: text } : { sv: text.slice(0, at), en: text.slice(at + 3) };
}

function localize(metadata, lang) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const names = swedish[f.id];
      if (lang === "sv" && !names) throw new Error(`src/functions/swedish.json has no Swedish name for ${f.id}`);
      return {
        ...f,
        name: lang === "sv" ? names.name : f.name,
        description: split(f.description)[lang],
        ...(f.result && f.result.description !== undefined ? { result: { ...f.result, description: split(f.result.description)[lang] } } : {}),
        parameters: f.parameters.map((p) => {
          if (lang === "sv" && !names.parameters[p.name]) throw new Error(`src/functions/swedish.json has no Swedish name for ${f.id}'s ${p.name}`);
          return { ...p, name: lang === "sv" ? names.parameters[p.name] : p.name, description: split(p.description)[lang] };
        }),
      };
    }),
  };
}

class LocalizedFunctions {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctions", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctions", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
        if (!assets["functions.json"]) return;
        const metadata = JSON.parse(assets["functions.json"].source().toString());
        const { RawSource } = compiler.webpack.sources;
        compilation.updateAsset("functions.json", new RawSource(JSON.stringify(localize(metadata, "en"), null, 2)));
        compilation.emitAsset("functions-sv.json", new RawSource(JSON.stringify(localize(metadata, "sv"), null, 2)));
      });
    });
  }
}

module.exports = { LocalizedFunctions, localize };
