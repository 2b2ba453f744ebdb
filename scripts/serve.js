/**
 * `npm start`: serves the built pane, demo, manifest and icons from dist/web on localhost:3000 (HTTPS
 * when the Office dev certificate can be installed, else HTTP), prints the demo's address and how to
 * sideload the add-in, and records its pid for `npm stop`.
 */
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const https = require('node:https');
const { PORT, httpsOptions } = require('./devServer');

const ROOT = path.resolve(__dirname, '../dist/web');
const PID_FILE = path.resolve(__dirname, '../.serve.pid');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json',
  '.png': 'image/png', '.xml': 'application/xml; charset=utf-8', '.json': 'application/json', '.css': 'text/css',
};

/** Serves the files under `root` (the end-to-end tests serve dist/web with it too). */
function staticHandler(root) {
  return (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (file === root || file === root + path.sep) file = path.join(root, 'index.html');
    serveFile(file, res);
  };
}

function serveFile(file, res) {
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(data);
  });
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'demo.html'))) {
    console.error('dist/web is missing: run `npm run build` first.');
    process.exit(1);
  }
  const tls = await httpsOptions();
  const secure = tls && !tls.failed;
  const handler = staticHandler(ROOT);
  const server = secure ? https.createServer(tls, handler) : http.createServer(handler);
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${PORT} is in use: \`npm stop\`, or PORT=3001 npm start.` : String(e));
    process.exit(1);
  });
  server.listen(PORT, 'localhost', () => {
    fs.writeFileSync(PID_FILE, String(process.pid));
    const origin = `${secure ? 'https' : 'http'}://localhost:${PORT}`;
    console.log(`
Staffing planner is being served at ${origin}

  Browser demo (the task pane on the sample province):  ${origin}/demo.html

  Add-in in Excel (manifest: ${path.resolve(__dirname, '../manifest.xml')}):
    Excel on the web: open a workbook, Home > Add-ins > More Add-ins > Upload My Add-in, choose manifest.xml.
    Excel on Windows: npx office-addin-debugging start manifest.xml desktop
                      (or share a folder holding manifest.xml as a trusted catalog: File > Options >
                      Trust Center > Trusted Add-in Catalogs, then Home > Add-ins > Shared Folder).
    Excel on Mac:     copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
`);
    if (!secure) {
      console.log(`  Excel needs HTTPS, and the Office dev certificate could not be installed here
  (${tls ? tls.failed : 'SP_HTTP=1'}). Run \`npx office-addin-dev-certs install\` as an administrator once,
  then \`npm start\` again. The demo works over HTTP on localhost.
`);
    }
    console.log('Stop with Ctrl+C or `npm stop`.');
  });
  const stop = () => {
    try { fs.unlinkSync(PID_FILE); } catch { /* already gone */ }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

module.exports = { staticHandler };

if (require.main === module) void main();
