// The layering rules must keep firing: lint imports that break each boundary, as if they were
// written in the named file, and fail unless ESLint reports the expected rule for every one.
import { ESLint } from 'eslint'

const CASES = [
  [
    'src/features/shop/any.ts',
    "import { fetchBalance } from '@/features/points/api'\nexport const x = fetchBalance\n",
  ],
  [
    'src/features/shop/any.ts',
    "import { fetchBalance } from '../points/api'\nexport const x = fetchBalance\n",
  ],
  ['src/cloud/any.ts', "import { demoNow } from '../lib/demo'\nexport const x = demoNow\n"],
  ['src/contract/any.ts', "import { demoNow } from '@/lib/demo'\nexport const x = demoNow\n"],
  ['src/lib/any.ts', "import { fetchBalance } from '@/features/points/api'\nexport const x = fetchBalance\n"],
  [
    'src/components/any.tsx',
    "import { fetchBalance } from '@/features/points/api'\nexport const x = fetchBalance\n",
  ],
  [
    'src/pages/home/index.tsx',
    "import { createMockCloud } from '@/cloud/core'\nexport const x = createMockCloud\n",
  ],
  ['src/cloud/any.ts', "import { readConfig } from '../../server/src/config'\nexport const x = readConfig\n"],
  [
    'server/src/any.ts',
    "import { fetchBalance } from '../../src/features/points/api'\nexport const x = fetchBalance\n",
  ],
]
// ...and the imports the layering allows stay allowed.
const ALLOWED = [
  [
    'src/features/shop/any.ts',
    "import { call } from '@/lib/cloud'\nimport type { Order } from '@/contract/shop'\nexport const x = call\nexport type O = Order\n",
  ],
  ['src/cloud/any.ts', "import type { Order } from '../contract/shop'\nexport type O = Order\n"],
  [
    'server/src/any.ts',
    "import { assembleCloud } from '../../src/cloud/core'\nexport const x = assembleCloud\n",
  ],
  [
    'src/pages/home/any.tsx',
    "import { fetchBalance } from '@/features/points/api'\nexport const x = fetchBalance\n",
  ],
]

const eslint = new ESLint()
let failed = 0
for (const [filePath, code] of CASES) {
  const [result] = await eslint.lintText(code, { filePath })
  const hit = result.messages.find((m) => m.ruleId === 'import-x/no-restricted-paths')
  if (hit) console.log(`  ✔ ${filePath}: ${code.split('\n')[0]} → refused`)
  else {
    failed++
    console.log(`  ✘ ${filePath}: ${code.split('\n')[0]} was not refused`)
  }
}
for (const [filePath, code] of ALLOWED) {
  const [result] = await eslint.lintText(code, { filePath })
  const hit = result.messages.find((m) => m.ruleId === 'import-x/no-restricted-paths')
  if (!hit) console.log(`  ✔ ${filePath}: ${code.split('\n')[0]} → allowed`)
  else {
    failed++
    console.log(`  ✘ ${filePath}: ${code.split('\n')[0]} was refused: ${hit.message}`)
  }
}
const total = CASES.length + ALLOWED.length
console.log(`lint-boundaries: ${total - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
