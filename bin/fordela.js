#!/usr/bin/env node
"use strict";
// One bundled file (webpack.cli.js): Node loads it far faster than the ~80 modules it holds.
require("../lib/fordela.cjs")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
