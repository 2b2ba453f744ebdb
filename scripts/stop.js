/** `npm stop`: stops the server `npm start` left running. */
const fs = require('node:fs');
const path = require('node:path');

const PID_FILE = path.resolve(__dirname, '../.serve.pid');
if (!fs.existsSync(PID_FILE)) {
  console.log('No server started by `npm start` is running.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
try {
  process.kill(pid, 'SIGTERM');
  console.log(`Stopped the server (pid ${pid}).`);
} catch {
  console.log('The server had already stopped.');
}
fs.rmSync(PID_FILE, { force: true });
