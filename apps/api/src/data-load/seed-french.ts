// The two seed tables (data/seeds/sites_at_risk.csv, grands_sites.csv) were compiled with notes half in
// English; the app shows them to French readers (issue #11 §7). The seeds stay byte-identical copies of
// shared/data-sources (data/README.md), so their French wording is given here, keyed by the seed's exact
// text: a seed line that changes loses its translation, shows as written, and the test beside this file
// fails until the line is translated again. Translations only: no fact is added or dropped.

/** `name` of grands_sites.csv in French, where the seed wrote English. */
const MAJOR_SITE_NAMES: Readonly<Record<string, string>> = {
  'Base 11/19 (Fosse 11-19) and twin terrils 74/74A': 'Base 11/19 (Fosse 11-19) et terrils jumeaux 74/74A',
}

const LIST_2018 = 'Liste « Patrimoine minier en danger » (2018)'

/** `reason` of sites_at_risk.csv in French. */
const SITE_AT_RISK_REASONS: Readonly<Record<string, string>> = {
  '"Patrimoine minier en danger" list (2018): bâtiment d\'exploitation (salle des pendus de la fosse n°12)': `${LIST_2018} : bâtiment d’exploitation (salle des pendus de la fosse n°12)`,
  '"Patrimoine minier en danger" list: édifice religieux built 1911 by the Cie des mines d\'Aniche, deconsecrated early 1980s; later restoration project':
    'Liste « Patrimoine minier en danger » : édifice religieux construit en 1911 par la Compagnie des mines d’Aniche, désacralisé au début des années 1980 ; projet de restauration ensuite',
  '"Patrimoine minier en danger" list (2018): bâtiments d\'exploitation of fosse n°1 bis': `${LIST_2018} : bâtiments d’exploitation de la fosse n°1 bis`,
  '"Patrimoine minier en danger" list (2018): chevalement and buildings of fosse n°6 (one of 3 endangered headframes out of 21 surviving)': `${LIST_2018} : chevalement et bâtiments de la fosse n°6 (l’un des 3 chevalements en danger sur les 21 qui subsistent)`,
  '"Patrimoine minier en danger" list (2018): earliest employer housing; damaged by time and repeated looting, MBM architect gave it "three or four winters" if nothing done': `${LIST_2018} : le plus ancien logement patronal ; abîmé par le temps et des pillages répétés, l’architecte de la Mission Bassin Minier lui donnait « trois ou quatre hivers » sans intervention`,
  '"Patrimoine minier en danger" list (2018): last witnesses of workers\' housing; since protected as Monument historique (2023) and subject of a reconversion/artist residency': `${LIST_2018} : derniers témoins du logement ouvrier ; protégé depuis au titre des monuments historiques (2023) et objet d’une reconversion en résidence d’artistes`,
  '"Patrimoine minier en danger" list (2018): salle des pendus of fosse n°7': `${LIST_2018} : salle des pendus de la fosse n°7`,
  '"Patrimoine minier en danger" list (2018): chevalement and buildings of fosse n°2 (Fosse Flines)': `${LIST_2018} : chevalement et bâtiments de la fosse n°2 (fosse Flines)`,
  '"Patrimoine minier en danger" list (2018): chevalement and buildings of fosse n°5': `${LIST_2018} : chevalement et bâtiments de la fosse n°5`,
  '"Patrimoine minier en danger" list (2018): bâtiment d\'exploitation': `${LIST_2018} : bâtiment d’exploitation`,
  'Named on the "Patrimoine minier en danger" leaflet (11 sites); not in the 2018 press release list of 10':
    'Nommé sur le dépliant « Patrimoine minier en danger » (11 sites) ; absent de la liste de 10 du communiqué de presse de 2018',
}

/** A grand site's name in French (the seed's own text when it has no translation). */
export const frenchMajorSiteName = (name: string): string => MAJOR_SITE_NAMES[name] ?? name

/** Why a site is on the endangered list, in French (the seed's own text when it has no translation). */
export const frenchSiteAtRiskReason = (reason: string): string => SITE_AT_RISK_REASONS[reason] ?? reason
