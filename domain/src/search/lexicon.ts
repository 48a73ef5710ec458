/**
 * Word lists of the German analysis. Fixed lists, not learned from the jobs: a job's terms then depend on that job
 * alone, so an index updated job by job answers exactly as one built anew (the server and the mock agree).
 */

/**
 * Last parts of compound occupation names (`Alten|pfleger`, `Berufs|kraft|fahrer`, `Software|entwickler`): a
 * word ending in one of these, with at least four more letters before it, is split there.
 */
export const compoundHeads: readonly string[] = [
  // people by what they do
  'fahrer', 'kraftfahrer', 'pfleger', 'entwickler', 'techniker', 'ingenieur', 'mechaniker', 'mechatroniker',
  'elektroniker', 'elektriker', 'informatiker', 'programmierer', 'administrator', 'monteur', 'installateur',
  'schlosser', 'schweisser', 'tischler', 'schreiner', 'maurer', 'zimmerer', 'dachdecker', 'maler', 'lackierer',
  'fliesenleger', 'bauer', 'macher', 'bediener', 'fuehrer', 'einrichter', 'dreher', 'fraeser', 'schleifer',
  'pruefer', 'planer', 'zeichner', 'konstrukteur', 'berater', 'betreuer', 'begleiter', 'erzieher', 'lehrer',
  'paedagoge', 'therapeut', 'helfer', 'arbeiter', 'mitarbeiter', 'facharbeiter', 'sachbearbeiter', 'verkaeufer',
  'kaufmann', 'fachmann', 'fachwirt', 'wirt', 'meister', 'leiter', 'leitung', 'manager', 'referent', 'assistent',
  'assistenz', 'koordinator', 'disponent', 'kommissionierer', 'lagerist', 'logistiker', 'angestellter',
  'angestellte', 'fachangestellter', 'fachangestellte', 'gehilfe', 'hilfe', 'kraft', 'fachkraft', 'hilfskraft',
  'arzt', 'koch', 'baecker', 'fleischer', 'konditor', 'friseur', 'kosmetiker', 'gaertner', 'florist',
  'optiker', 'akustiker', 'technologe', 'laborant', 'chemiker', 'physiker', 'biologe', 'psychologe',
  'designer', 'redakteur', 'controller', 'buchhalter', 'reiniger', 'hausmeister', 'portier', 'schwester',
  'pfleger', 'sanitaeter', 'wart', 'waerter', 'spediteur', 'entwicklung', 'verwaltung', 'beratung', 'planung',
  'reinigung', 'betreuung', 'pflege', 'technik', 'elektronik', 'informatik', 'logistik', 'bau', 'service',
];

/** First parts of compounds (`Pflege|fachkraft`, `Maschinen|bau`, `Elektro|techniker`), for words no head splits. */
export const compoundModifiers: readonly string[] = [
  'pflege', 'alten', 'kranken', 'gesundheits', 'kinder', 'jugend', 'sozial', 'heil', 'berufs', 'schul',
  'elektro', 'energie', 'gebaeude', 'anlagen', 'maschinen', 'maschinenbau', 'metall', 'kunststoff', 'holz',
  'software', 'hardware', 'system', 'netzwerk', 'daten', 'web', 'lager', 'logistik', 'fahrzeug', 'kfz', 'lkw',
  'bus', 'strassen', 'tief', 'hoch', 'bau', 'garten', 'landschafts', 'haus', 'hotel', 'restaurant', 'kuechen',
  'lebensmittel', 'verkaufs', 'kunden', 'service', 'buero', 'verwaltungs', 'steuer', 'finanz', 'bank',
  'versicherungs', 'immobilien', 'personal', 'lohn', 'einzelhandels', 'industrie', 'medizin', 'zahn', 'tier',
  'labor', 'reinigungs', 'produktions', 'qualitaets', 'montage', 'nacht', 'kita', 'hort', 'wohn', 'stations',
  'intensiv', 'rettungs', 'feuerwehr', 'stadt', 'marketing', 'vertriebs', 'projekt', 'fach',
];

/** Words ending in `-in` that are no feminine form (`Medizin` is not the woman of a `Mediz`). */
export const notFeminine: readonly string[] = [
  'termin', 'medizin', 'berlin', 'benzin', 'kamin', 'magazin', 'vitamin', 'disziplin', 'rubin', 'pinguin',
  'insulin', 'protein', 'kaolin', 'latein', 'cousin', 'jasmin', 'kabin', 'admin', 'login', 'plugin', 'bitumen',
];

/**
 * Words too common to say anything about a job, folded: the Snowball project's German stop words, the English
 * ones a visitor types around an occupation, and the stock phrases of job ads ("Ihre Aufgaben", "Wir bieten").
 * Leaving them out keeps the index small and the scores about what matters.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern
  anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass derselbe derselben denselben
  desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen
  dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig einige
  einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures fur gegen gewesen
  hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem
  ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner
  keines konnen konnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines
  mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst
  sich sie ihnen sind so solche solchem solchen solcher solches soll sollte sondern sonst uber um und uns unsere
  unserem unseren unser unseres unserer unter viel vom von vor wahrend war waren warst was weg weil weiter welche
  welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte wurde wurden
  zu zum zur zwar zwischen sowie bzw ca etc je pro per ggf usw gern gerne ja nein ab
  the and or of for in at to with an on by as is are be you your we our job jobs
  stelle stellen stellenangebot stellenangebote aufgaben profil bieten bietet freuen bewerbung bewerbungen
  bewerben suchen sucht`
    .split(/\s+/)
    .filter(Boolean),
);
