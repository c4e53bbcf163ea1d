// `npm run server`: reads the configuration from the environment, builds the cloud and the server,
// listens, and on SIGTERM/SIGINT closes gracefully (in-flight calls finish, then the database).
import { buildServer } from './build-server'
import { DemoClock } from './clock'
import { memoryCloud, pgCloud, type ServerCloud } from './cloud'
import { ConfigError, readConfig, type ServerConfig } from './config'

async function createCloud(config: ServerConfig): Promise<ServerCloud> {
  const clock = new DemoClock()
  if (!config.databaseUrl) {
    if (!config.demoMode) throw new ConfigError('DATABASE_URL must be set outside demo mode')
    process.stderr.write('DATABASE_URL not set: the in-memory cloud (data lost on exit)\n')
    return memoryCloud(clock)
  }
  return pgCloud(config.databaseUrl, clock, { seed: config.demoMode })
}

async function main(): Promise<void> {
  const config = readConfig(process.env)
  const cloud = await createCloud(config)
  await cloud.ping?.() // migrate/seed before the first caller waits for it
  const app = buildServer({ config, cloud })
  let closing = false
  const stop = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'closing')
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  await app.listen({ port: config.port, host: config.host })
}

main().catch((error: unknown) => {
  process.stderr.write(`server: ${error instanceof ConfigError ? error.message : String(error)}\n`)
  process.exit(1)
})
