import { configOrExit } from './config-or-exit.ts'
import { openDatabase } from './database.ts'

// npm run db:migrate: openDatabase applies the pending migrations.
const database = await openDatabase(configOrExit(), console.log)
await database.close()
