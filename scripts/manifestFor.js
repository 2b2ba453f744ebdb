/**
 * The add-in's manifest for where the built files are hosted. The manifest in the repository points at
 * https://localhost:3000 (the dev server, for sideloading); `ADDIN_ORIGIN=https://host/path npm run
 * build` writes dist/web/manifest.xml with every URL on that origin instead, as Microsoft's template
 * does with its urlProd.
 */
const DEV_ORIGIN = 'https://localhost:3000';

function manifestFor(xml, origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`ADDIN_ORIGIN must be an address such as https://intranet.example.vn/staffing, not "${origin}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_ORIGIN must be https (Office loads add-ins only over HTTPS), not "${origin}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_ORIGIN must have no query or fragment: "${origin}"`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return xml.split(DEV_ORIGIN).join(base);
}

module.exports = { DEV_ORIGIN, manifestFor };
