/* eslint-disable no-undef */
// The add-in's build, in the layout of Microsoft's Excel shared-runtime template:
// taskpane, functions (metadata generated from JSDoc) and commands, served together.
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const path = require("path");

const urlDev = "https://localhost:3000/";
// Where the add-in is deployed; set FORDELA_URL when building for production.
const urlProd = process.env.FORDELA_URL || "https://localhost:3000/";

/** Rewrites the dev URL in generated files too (functions.json's help URLs come from JSDoc). */
class ProductionUrls {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrls", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrls", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        if (urlProd === urlDev || !assets["functions.json"]) return;
        const text = assets["functions.json"].source().toString().split(urlDev).join(urlProd);
        compilation.updateAsset("functions.json", new compiler.webpack.sources.RawSource(text));
      });
    });
  }
}

/** The dev server's certificates (office-addin-dev-certs installs them the first time; never in a build). */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
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
      ...(dev ? [] : [new ProductionUrls()]),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions", "commands"] }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/web.html", chunks: ["web"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/web/web.css", to: "web.css" },
          { from: "src/help/help.html", to: "help.html" },
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
    },
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
