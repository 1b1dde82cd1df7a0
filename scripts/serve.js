#!/usr/bin/env node
// Serves dist/ (the web page and the add-in's files) on localhost over plain http, for the
// web page and its browser tests. Run: npm run serve [-- --port 8080]
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8" };

/** Starts the server on 127.0.0.1; resolves to it once listening (port 0 picks a free one). */
function serve(dir, port = 8080) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const file = path.resolve(root, "." + (url.endsWith("/") ? url + "index.html" : url));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  serve(path.join(__dirname, "..", "dist"), port).then((s) => console.log(`Fördela on http://127.0.0.1:${s.address().port}/ (Ctrl-C to stop)`));
}
