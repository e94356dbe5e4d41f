import { storeOfficialPriorites } from '../data-load/official-lists.ts'
import { runOfficialListCommand } from './official-list-command.ts'

await runOfficialListCommand(
  `Usage: npm run data:priorites-erbm -- --file <cites.csv> --source "<where the list comes from>" [--complete]
  The CSV has a header row and a column "id_lsm" (the id of the cites-erbm collection).
  Listed cités get priorite_erbm "oui"; with --complete the others get "non" instead of "inconnue".`,
  'id_lsm',
  storeOfficialPriorites,
)
