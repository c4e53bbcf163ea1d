import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import fs from 'node:fs'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

// The layering of DESIGN.md, checked on resolved paths (relative imports included):
// pages/packages compose features; a feature never imports another; components and lib know no
// feature; contract knows nothing else; cloud knows only cloud and contract.
const features = fs
  .readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const zones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'a feature never imports another feature: compose them in a page',
  })),
  {
    target: './src/cloud',
    from: './src',
    except: ['./cloud', './contract'],
    message: 'cloud/ imports only cloud/ and contract/',
  },
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/features', './src/pages', './src/packages'],
    message: 'lib/ and components/ know no feature or page',
  },
  {
    target: './src/features',
    from: ['./src/pages', './src/packages'],
    message: 'features never import pages',
  },
  {
    target: './src',
    from: './server',
    message: 'the app and the cloud never import the server',
  },
  {
    target: './server',
    from: './src',
    except: ['./cloud', './contract'],
    message: 'the server runs the cloud: it imports only src/cloud and src/contract',
  },
]
// One button (components/button.tsx) wraps Taro's, so nothing renders disabled="false".
const oneButton = {
  name: '@tarojs/components',
  importNames: ['Button'],
  message: 'use Button from @/components/button: it never renders disabled="false"',
}

const contractZone = {
  target: './src/contract',
  from: './src',
  except: ['./contract'],
  message: 'contract/ imports only contract/',
}
const pageZone = {
  target: ['./src/pages', './src/packages'],
  from: './src/cloud',
  message: 'pages stay thin: they reach the cloud through a feature’s api.ts',
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, contractZone, pageZone] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': ['error', { paths: [oneButton] }],
    },
  },
  {
    files: ['src/components/button.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // A page's test may set up the mock cloud it renders against; a contract test may check that
    // the cloud and a form answer alike.
    files: ['src/**/__tests__/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // Pages stay thin: a page composes features; logic longer than this belongs in a feature.
    files: ['src/pages/*/index.tsx', 'src/packages/**/index.tsx'],
    ignores: ['**/__tests__/**'],
    rules: {
      'max-lines': ['error', { max: 90, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [oneButton],
          patterns: [
            { regex: '^@/lib/cloud$', message: 'pages stay thin: call the cloud through a feature’s api.ts' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cloud/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/(?!cloud/|contract/)', message: 'cloud/ imports only cloud/ and contract/' },
            { regex: '^(@tarojs/|react$|react-dom|zustand)', message: 'cloud/ never imports UI code' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{js,ts}', '__mocks__/**/*.ts', '**/__tests__/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // e2e specs pass callbacks to page.evaluate(), which run in the browser
    files: ['e2e/**/*.{js,mjs,ts}', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures hand their value to `use(…)`, which is no React hook
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
