/* @tarojs/taro for jest: the H5 API from test-utils plus the React lifecycle hooks a real build re-exports. */
const taro = require('@tarojs/test-utils-react/dist/jest/runtime/taro-h5.js')
const hooks = require('@tarojs/plugin-framework-react/dist/runtime')

const names = Object.keys(hooks).filter((k) => /^use[A-Z]/.test(k))
const api = Object.assign({}, taro, taro.default)
for (const name of names) api[name] = hooks[name]
module.exports = { ...api, default: api, __esModule: true }
