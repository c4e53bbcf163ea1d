// Storage snapshots for rendering staff and clerk pages in WeChat's component simulator: the mock
// cloud itself (bundled from src/cloud with esbuild) signs a demo identity up, binds its invite code
// and, for staff, has a resident report a problem, then hands over everything it persisted.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The one instant the weapp check runs at: fixtures are made then, and the simulator's clock starts there. */
export const CHECK_NOW = Date.parse('2026-11-26T10:00:00+08:00')

async function loadCloud() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-fixtures-'))
  const outfile = path.join(dir, 'cloud.mjs')
  await build({
    entryPoints: [path.join(ROOT, 'src/cloud/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  })
  try {
    return await import(pathToFileURL(outfile).href)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const APP_KEYS = (openid) => ({ 'linli-app:identity': openid, 'linli-app:privacy-agreed': '2026-11' })

async function sessionFor(cloudModule, openid, inviteCode, extra, communityId) {
  const storage = cloudModule.createMemoryStorage()
  const cloud = cloudModule.createMockCloud({ storage, now: () => CHECK_NOW })
  const call = async (who, name, data) => {
    const res = await cloud.callFunction({ name, data }, { openid: who })
    if (!res.result.ok) throw new Error(`${name}.${data.action}: ${res.result.error.message}`)
    return res.result.data
  }
  await call(openid, 'user', { action: 'updateProfile', name: '赵晓梅', phone: '13700002222', communityId })
  if (inviteCode) await call(openid, 'user', { action: 'bindRole', inviteCode })
  const made = extra ? await extra(call) : {}
  const snapshot = Object.fromEntries(storage.keys().map((k) => [k, storage.getItem(k)]))
  return { storage: { ...snapshot, ...APP_KEYS(openid) }, ...made }
}

export async function demoSessions() {
  const cloudModule = await loadCloud()
  const staff = await sessionFor(cloudModule, 'demo-staff', 'JC-STAFF-2026', async (call) => {
    await call('demo-resident-a', 'user', { action: 'updateProfile', name: '王秀兰', phone: '13912345678' })
    const ticket = await call('demo-resident-a', 'grid', {
      action: 'report',
      category: 'sanitation',
      communityId: 'jc-xinhua',
      description: '3 号楼东侧的垃圾桶满了两天没人清运',
      address: '新华社区 3 号楼东侧',
      requestId: 'weapp-fixture-0001',
    })
    return { ticketNo: ticket.ticketNo }
  })
  const clerk = await sessionFor(cloudModule, 'demo-clerk', 'YJ-CLERK-2026')
  // 居民议事: a real-name resident of 新华社区, who sees its questions and may raise and support
  const resident = await sessionFor(cloudModule, 'demo-resident-b', null, undefined, 'jc-xinhua')
  // 零工驿站: the demo 用工方 (新华便民维修部) with its seeded posts
  const employer = await sessionFor(cloudModule, 'demo-clerk', 'XH-EMPLOYER-2026')
  return { staff, clerk, resident, employer }
}
