import { storeOfficialClassement } from '../data-load/official-lists.ts'
import { runOfficialListCommand } from './official-list-command.ts'

await runOfficialListCommand(
  `Usage: npm run data:classement-2016 -- --file <terrils.csv> --source "<where the list comes from>" [--complete]
  The CSV has a header row and a column "numero" (HBNPC terril numbers: 74A, T074a…).
  The list is shown beside the status read from the official perimeter, never instead of it: listed terrils
  get liste_officielle_2016 = "sur la liste"; with --complete the list is the whole numbered list of the 78
  and the other terrils get "absent de la liste". Without --complete the others stay "non chargée".`,
  'numero',
  storeOfficialClassement,
)
