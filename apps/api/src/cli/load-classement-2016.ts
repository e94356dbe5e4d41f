import { storeOfficialClassement } from '../data-load/official-lists.ts'
import { runOfficialListCommand } from './official-list-command.ts'

await runOfficialListCommand(
  `Usage: npm run data:classement-2016 -- --file <terrils.csv> --source "<where the list comes from>" [--complete]
  The CSV has a header row and a column "numero" (HBNPC terril numbers: 74A, T074a…).
  Listed terrils become "confirmé"; with --complete the list is the whole official list of the 78 and the
  other terrils become "non classé". Without --complete they keep their derived status.`,
  'numero',
  storeOfficialClassement,
)
