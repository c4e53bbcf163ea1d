/* Jest set-up for rendering Taro 4 H5 components with @tarojs/test-utils-react (see TOOLCHAIN.md). */
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.COLORS = 'false'

// Load Taro first: importing the components before it hits an import cycle.
const Taro = require('@tarojs/taro')

// A real build's entry does this from config/index.ts.
Taro.initPxTransform({ designWidth: 750, deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 } })

const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')

window.React = React
createH5NativeComponentConfig(null, React, ReactDOM)

// Taro's H5 components are custom elements with anonymous classes; name them so DOM printing terminates.
const define = window.customElements.define.bind(window.customElements)
window.customElements.define = (name, ctor, options) => {
  if (!ctor.name || ctor.name === 'HTMLElement') Object.defineProperty(ctor, 'name', { value: name })
  return define(name, ctor, options)
}

// test-utils-react 0.1.1 still calls react-dom/test-utils' act, which React 18.3 flags as deprecated.
const consoleError = console.error
console.error = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  consoleError(...args)
}
