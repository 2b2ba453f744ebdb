/**
 * HTTPS for Excel, HTTP where that cannot be had. Excel loads add-ins only over HTTPS; Microsoft's
 * office-addin-dev-certs makes a localhost certificate and asks the system to trust it, which needs
 * an administrator (sudo on Linux and macOS). Where that fails (CI, machines without sudo) the demo is
 * served over plain HTTP on localhost, which browsers treat as a secure context.
 */
const PORT = Number(process.env.PORT || 3000);

async function httpsOptions() {
  if (process.env.SP_HTTP === '1') return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    return await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 60_000).unref()),
    ]);
  } catch (e) {
    return { failed: String(e && e.message ? e.message : e).split('\n')[0] };
  }
}

async function devServerOptions() {
  const https = await httpsOptions();
  const secure = https && !https.failed;
  return {
    port: PORT,
    host: 'localhost',
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: secure ? { type: 'https', options: https } : { type: 'http' },
    static: false,
    client: { overlay: { errors: true, warnings: false } },
  };
}

module.exports = { PORT, httpsOptions, devServerOptions };
