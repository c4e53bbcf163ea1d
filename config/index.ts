import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'

const platform = process.env.TARO_ENV || 'weapp'

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'rencheng-linli',
    date: '2026-11-26',
    designWidth: 750,
    // Depth of inlined WXML templates; deeper trees recurse through a custom wrapper. 8 keeps base.wxml ~22 kB smaller.
    baseLevel: 8,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // OUTPUT_ROOT: another folder for a second build of one platform (npm run build:h5:server → dist/h5-server)
    outputRoot: process.env.OUTPUT_ROOT?.trim() || `dist/${platform}`,
    plugins: [],
    defineConstants: {
      QR_LINK_PREFIX: JSON.stringify(process.env.QR_LINK_PREFIX || 'https://linli.rencheng.example/q'),
      SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.SUBSCRIBE_TEMPLATES || ''),
      // 演示工具: `TARO_APP_DEMO=0` leaves them out (as src/app.config.ts does with their page)
      DEMO_TOOLS: JSON.stringify(process.env.TARO_APP_DEMO?.trim() !== '0'),
      // Server mode: `TARO_APP_CLOUD_URL=https://…` makes src/lib/cloud.ts call that server; the build
      // then leaves the mock cloud and its seed out (a dead branch webpack never follows)
      CLOUD_URL: JSON.stringify(process.env.TARO_APP_CLOUD_URL?.trim().replace(/\/+$/, '') || ''),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // webpack's persistent cache only for watch builds: with optimizeMainPackage a cached one-off build
    // can keep a subpackage chunk that requires a main-package module id that no longer exists
    // (seen: three subpackage pages threw "Cannot read properties of undefined (reading 'call')").
    cache: { enable: process.env.CI !== 'true' && process.argv.includes('--watch') },
    // Chinese text stays UTF-8 (3 bytes) instead of \uXXXX escapes (6 bytes) in the minified JS.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }
  return merge({}, baseConfig)
})
