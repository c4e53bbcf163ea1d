#!/usr/bin/env node
// Tiny dependency-free static server for the H5 build (dist/h5).
//
//   import { serve } from './scripts/serve.mjs'
//   const { url, port, close } = await serve('dist/h5', 0) // 0 = any free loopback port
//   ...
//   await close()
//
// Run directly: `node scripts/serve.mjs [dir]` serves dir (default dist/h5) on
// http://127.0.0.1:$PORT (default 10086). The app uses hash routing, so any path that is not a
// file falls back to index.html; a missing asset (a path with an extension) is a plain 404.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** Resolve a URL path inside root; null when it escapes root or is not a regular file. */
function resolveFile(root, urlPath) {
  let rel
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (rel.includes('\0')) return null
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel))
  if (file !== root && !file.startsWith(root + path.sep)) return null
  try {
    const st = fs.statSync(file)
    if (st.isFile()) return file
    if (st.isDirectory()) {
      const index = path.join(file, 'index.html')
      if (fs.statSync(index, { throwIfNoEntry: false })?.isFile()) return index
    }
  } catch {
    // not found
  }
  return null
}

/**
 * Serve `dir` on 127.0.0.1:`port` (0 picks a free port).
 * @returns {Promise<{ url: string, port: number, server: http.Server, close: () => Promise<void> }>}
 */
export async function serve(dir = 'dist/h5', port = 0, host = '127.0.0.1') {
  const root = path.resolve(dir)
  const indexFile = path.join(root, 'index.html')
  if (!fs.existsSync(indexFile)) throw new Error(`serve: ${indexFile} not found (run \`npm run build:h5\`)`)

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const urlPath = new URL(req.url || '/', 'http://x').pathname
    let file = resolveFile(root, urlPath)
    if (!file) {
      // Browsers ask for /favicon.ico on their own; the build has none. Answer "no content"
      // instead of a 404 that Chromium reports as a console error on every page.
      if (urlPath === '/favicon.ico') {
        res.writeHead(204).end()
        return
      }
      // SPA fallback for page-like paths only; a missing asset stays a visible 404.
      if (path.posix.extname(urlPath) && !urlPath.endsWith('.html')) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`404 ${urlPath}\n`)
        return
      }
      file = indexFile
    }
    fs.stat(file, (err, st) => {
      if (err) {
        res.writeHead(500).end()
        return
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      })
      if (req.method === 'HEAD') {
        res.end()
        return
      }
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res)
    })
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const actualPort = server.address().port
  const url = `http://${host}:${actualPort}`
  let closing
  const close = () => {
    closing ??= new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
    return closing
  }
  return { url, port: actualPort, server, close }
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
if (isMain) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const dir = path.resolve(process.argv[2] || path.join(repoRoot, 'dist/h5'))
  const port = Number(process.env.PORT || 10086)
  try {
    const { url, close } = await serve(dir, port)
    console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${url}/  (Ctrl+C to stop)`)
    const stop = () => close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (err) {
    console.error(err.code === 'EADDRINUSE' ? `serve: port ${port} is in use (set PORT=...)` : err.message)
    process.exit(1)
  }
}
