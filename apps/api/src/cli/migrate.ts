import { loadConfig } from '../config.ts'
import { openDatabase } from './database.ts'

// npm run db:migrate: openDatabase applies the pending migrations.
const database = await openDatabase(loadConfig(), console.log)
await database.close()
