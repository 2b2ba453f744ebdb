/**
 * Only the dev server asks for a development certificate (which installs a root certificate in the
 * system's store): `npm run build`, the tests and CI never do.
 */
const getHttpsServerOptions = jest.fn(async () => ({ key: 'k', cert: 'c' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ devServer?: unknown }>;

test('a production build and the test harness never ask for a certificate', async () => {
  const built = await config({}, { mode: 'production' });
  expect(built.devServer).toBeUndefined();
  await config({ harness: true }, { mode: 'development' });
  expect(getHttpsServerOptions).not.toHaveBeenCalled();
});

test('webpack serve does, for Excel to load the pane over HTTPS', async () => {
  const served = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
  expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  expect(served.devServer).toMatchObject({ server: { type: 'https' } });
});
