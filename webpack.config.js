const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { devServerOptions } = require('./scripts/devServer');
const { manifestFor } = require('./scripts/manifestFor');

/**
 * Builds the task pane (taskpane.html, loaded by Excel), the browser demo (demo.html) and the help
 * page into dist/web, with the manifest and icons beside them. The engine runs in a worker chunk;
 * ExcelJS is only in the demo and in the chunk that imports scenarios from another workbook.
 */
module.exports = async (env, argv) => (env.harness ? harness() : web(env, argv));

/** The solver's loader imports node:module only when it runs under Node; in the browser it never does. */
function ignoreNodeModule() {
  return new webpack.IgnorePlugin({ resourceRegExp: /^node:module$/, contextRegExp: /[\\/]highs[\\/]/ });
}

/**
 * The end-to-end tests' stand-in for Excel (test/e2e/excelHarness.ts): the add-in's real entry over an
 * in-memory fake of the Excel API, built apart into dist/harness so that it never ships.
 */
function harness() {
  return {
    mode: 'development',
    devtool: false,
    entry: { harness: './test/e2e/excelHarness.ts' },
    output: { path: path.resolve(__dirname, 'dist/harness'), filename: '[name].js', chunkFilename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } } }],
    },
    plugins: [new HtmlWebpackPlugin({ filename: 'excel.html', template: './test/e2e/harness.html' }), ignoreNodeModule()],
    performance: { hints: false },
  };
}

async function web(env, argv) {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`'s job; the build only strips types.
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
          // Our modules only declare: one imported for a function the pane never calls (the sheets'
          // texts behind app/planner, say) is left out of the script, not merely its unused exports.
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      ignoreNodeModule(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // With ADDIN_ORIGIN, the manifest for the production host; else the localhost one, for sideloading.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (process.env.ADDIN_ORIGIN ? manifestFor(content.toString(), process.env.ADDIN_ORIGIN) : content) },
          { from: 'src/help/help.html', to: 'help.html' },
        ],
      }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    // Only `webpack serve` gets a certificate: a build never asks the system to trust one.
    ...(env.WEBPACK_SERVE ? { devServer: await devServerOptions() } : {}),
  };
};
