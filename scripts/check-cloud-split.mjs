// Server mode leaves the mock cloud out: bundle src/lib/cloud.ts with webpack (the bundler Taro uses)
// as a build without and with TARO_APP_CLOUD_URL defines CLOUD_URL, and fail unless the server
// build holds no src/cloud/ module (handlers, seed) and the embedded build holds no HTTP client.
//   node scripts/check-cloud-split.mjs        (a few seconds; no Taro build)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import webpack from 'webpack'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cloud-split-'))

function bundle(cloudUrl) {
  const config = {
    mode: 'production',
    context: root,
    entry: path.join(root, 'src/lib/cloud.ts'),
    output: { path: path.join(out, cloudUrl ? 'server' : 'embedded'), filename: 'cloud.js' },
    target: 'node',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'], alias: { '@': path.join(root, 'src') } },
    externals: [/^@tarojs\//],
    externalsType: 'commonjs',
    module: {
      rules: [
        {
          test: /\.[jt]sx?$|\.mjs$/,
          exclude: /node_modules/,
          use: { loader: 'babel-loader', options: { cwd: root } },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        CLOUD_URL: JSON.stringify(cloudUrl),
        DEMO_TOOLS: 'true',
        'process.env.TARO_ENV': '"weapp"',
      }),
    ],
  }
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err)
      const json = stats.toJson({ modules: true, assets: true })
      if (stats.hasErrors()) return reject(new Error(json.errors.map((e) => e.message).join('\n')))
      const names = json.modules.flatMap((m) => [m.name, ...(m.modules ?? []).map((n) => n.name)])
      resolve({
        cloud: names.filter((n) => n.includes('/src/cloud/') || n.startsWith('./src/cloud/')).length,
        http: names.some((n) => n.includes('lib/cloud-http')),
        bytes: json.assets.reduce((sum, a) => sum + a.size, 0),
      })
    })
  })
}

process.env.TARO_ENV = 'weapp'
const embedded = await bundle('')
const server = await bundle('http://127.0.0.1:8787')
fs.rmSync(out, { recursive: true, force: true })
console.log(
  `embedded: ${embedded.cloud} src/cloud modules, HTTP client ${embedded.http}, ${embedded.bytes} B`,
)
console.log(`server:   ${server.cloud} src/cloud modules, HTTP client ${server.http}, ${server.bytes} B`)
const ok = embedded.cloud > 0 && !embedded.http && server.cloud === 0 && server.http
console.log(ok ? 'check-cloud-split: ok' : 'check-cloud-split: FAILED')
process.exit(ok ? 0 : 1)
