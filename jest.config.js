const esm = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'swiper',
  'ssr-window',
  'dom7',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'valibot',
  '@noble',
  'nanoid',
]
const transformIgnorePatterns = [`<rootDir>/node_modules/(?!(${esm.join('|')})/)`]
// light-my-request (Fastify's inject) requires cookie 2, which ships only as an ES module.
const serverTransformIgnorePatterns = [
  `<rootDir>/node_modules/(?!(${[...esm, 'light-my-request/node_modules/cookie'].join('|')})/)`,
]
const moduleNameMapper = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '^@test/(.*)$': '<rootDir>/test/$1',
  '\\.(css|scss|sass|less)$': '<rootDir>/test/style-stub.js',
  '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/test/file-stub.js',
}

/**
 * `CLOUD_STORE=pg` (npm run test:pg) runs the cloud suite on PostgreSQL: each `setupCloud` gets a
 * fresh database (server/__tests__/support/pg-cloud.ts). The tests of the on-device store itself
 * (its storage keys, chunks, recovery, the H5 storage adapter; tests named *.device.test.ts) have
 * no PostgreSQL counterpart and run only on the device store.
 */
const onPostgres = process.env.CLOUD_STORE === 'pg'
const deviceStoreOnly = [
  '<rootDir>/src/cloud/db/__tests__/',
  '<rootDir>/src/cloud/__tests__/storage.test.ts',
  '<rootDir>/src/cloud/__tests__/recovery.test.ts',
  '<rootDir>/src/lib/__tests__/h5-storage.test.ts',
]

module.exports = {
  projects: [
    {
      displayName: 'cloud',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/{cloud,contract,lib}/**/__tests__/**/*.test.ts'],
      ...(onPostgres
        ? {
            testPathIgnorePatterns: ['/node_modules/', '\\.device\\.test\\.ts$', ...deviceStoreOnly],
            setupFilesAfterEnv: ['<rootDir>/server/__tests__/support/pg-cloud.ts'],
          }
        : {}),
      transform: { '^.+\\.[jt]sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper,
      globals: { QR_LINK_PREFIX: 'https://linli.rencheng.example/q', DEMO_TOOLS: true, CLOUD_URL: '' },
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/server/**/__tests__/**/*.test.ts'],
      // *.pg.test.ts need the PostgreSQL cluster: npm run test:pg starts it and runs them
      testPathIgnorePatterns: onPostgres ? ['/node_modules/'] : ['/node_modules/', '\\.pg\\.test\\.ts$'],
      transform: { '^.+\\.[jt]sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
      transformIgnorePatterns: serverTransformIgnorePatterns,
      moduleNameMapper,
      globals: { QR_LINK_PREFIX: 'https://linli.rencheng.example/q', DEMO_TOOLS: true },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/{pages,features,components,packages}/**/__tests__/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/test/setup-taro.js'],
      setupFilesAfterEnv: ['<rootDir>/test/after-env.js'],
      transform: { '^.+\\.[jt]sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
      transformIgnorePatterns,
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/test/taro.js',
        '^@tarojs/components$': '@tarojs/components/lib/react/index',
      },
      testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
      globals: {
        QR_LINK_PREFIX: 'https://linli.rencheng.example/q',
        DEMO_TOOLS: true,
        CLOUD_URL: '',
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        __TARO_FRAMEWORK__: 'react',
      },
    },
  ],
}
