 
// The add-in's build, in the layout of Microsoft's Excel shared-runtime template:
// taskpane, functions (metadata generated from JSDoc) and commands, served together.
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const path = require("path");
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const { LocalizedFunctions } = require("./scripts/localizedFunctions");
const { guidePatterns } = require("./scripts/guidePages");

const urlDev = "https://localhost:3000/";

/**
 * Where the add-in is served from: FORDELA_URL for a production build, which
 * fails without it (a build that kept localhost would install and then load
 * nothing); `--env local` (npm run build:local, the tests) keeps localhost.
 */
function productionUrl(env) {
  if (env.local) return urlDev;
  const url = process.env.FORDELA_URL;
  if (!url) throw new Error("FORDELA_URL is not set: a production build must know the https address it will be served from, e.g. FORDELA_URL=https://fordela.example.se/ npm run build (or npm run build:local for localhost)");
  if (!/^https:\/\/[^/]+(\/.*)?\/$/.test(url)) throw new Error(`FORDELA_URL must be an https address ending in "/", e.g. https://fordela.example.se/ (it is ${url})`);
  return url;
}

/** The add-in's bundles, loaded together by the taskpane page (the shared runtime): one copy of the engine among them. */
const ADDIN = ["taskpane", "functions", "commands"];

/** Rewrites the dev URL in generated files too (functions.json's help URLs come from JSDoc). */
class ProductionUrls {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const urlProd = this.url;
    compiler.hooks.thisCompilation.tap("ProductionUrls", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrls", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        for (const name of ["functions.json", "functions-sv.json"]) {
          if (urlProd === urlDev || !assets[name]) continue;
          const text = assets[name].source().toString().split(urlDev).join(urlProd);
          compilation.updateAsset(name, new compiler.webpack.sources.RawSource(text));
        }
      });
    });
  }
}

/**
 * The start check (src/ui/canRun.js), inlined into both pages: it must run where the bundles
 * cannot, before any of them. Trimmed as the HTML minifier trims a script; its hash lets the web
 * page's strict Content-Security-Policy (script-src 'self') run exactly this inline script.
 */
function startCheck() {
  const script = readFileSync(path.join(__dirname, "src/ui/canRun.js"), "utf8").trim();
  return { canRun: script, canRunHash: `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'` };
}

/** The dev server's certificates (office-addin-dev-certs installs them the first time; never in a build). */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = dev ? urlDev : productionUrl(env);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // The web page for users without add-ins: the same interface on the .xlsx host.
      web: "./src/web/web.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: {
      extensions: [".ts", ".js"],
      // The .xlsx package's deflate: Node's zlib in the CLI, fflate in the browser.
      alias: { [path.resolve(__dirname, "src/hosts/xlsx/codec")]: path.resolve(__dirname, "src/hosts/xlsx/codec.browser.ts") },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type-checking is tsc's job (npm test); here only transpile, to ES modules for tree shaking.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctions(),
      ...(dev ? [] : [new ProductionUrls(urlProd)]),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["runtime", "engine", ...ADDIN], templateParameters: startCheck() }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/web.html", chunks: ["web"], templateParameters: startCheck() }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/web/web.css", to: "web.css" },
          { from: "src/help/help.html", to: "help.html" },
          // The guide as HTML pages (dist/guide/), which help.html links.
          ...guidePatterns(path.resolve(__dirname, "docs")),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            // Every occurrence, not only the first (the template's single replace misses most URLs).
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
    ],
    optimization: {
      minimizer: [new TerserPlugin()],
      // The add-in's three bundles share one webpack runtime (one instance of each module) and one
      // chunk with what two or more of them use (the engine); the web page keeps its own single bundle.
      runtimeChunk: { name: (entry) => (ADDIN.includes(entry.name) ? "runtime" : false) },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          engine: { name: "engine", chunks: (chunk) => ADDIN.includes(chunk.name), minChunks: 2, enforce: true },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
