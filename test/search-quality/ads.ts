/**
 * Job ads for measuring the job search, written the way employers in the region write them: masculine titles
 * with a gender note in its many spellings, gender-star and colon forms, compounds joined, hyphenated and apart,
 * everyday names in a few titles, two ads written in English, and ads whose description uses a word such as
 * "pflegen", "Fahrer" or "Elektriker" while the job is something else (so that ranking matters).
 *
 * Employers and people are invented. Dates are relative to `now`: published 2–40 days before, open 30–90 days
 * after. They run together with the sample data (`createSampleData(now).jobs`), see `queries.ts`.
 */
import type { Job } from '@wachstumsregion/domain/contract';

const DAY = 24 * 60 * 60 * 1000;

interface Place {
  partner: string;
  city: string;
  postalCode: string;
  lat: number;
  lon: number;
}

// Real towns of the partners, with a postal code and a point near the centre or an industrial estate.
const dresdenNeustadt: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01097', lat: 51.0652, lon: 13.7446 };
const dresdenKlotzsche: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01109', lat: 51.1163, lon: 13.7785 };
const dresdenMitte: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01067', lat: 51.0525, lon: 13.7372 };
const dresdenPlauen: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01187', lat: 51.0312, lon: 13.7116 };
const dresdenLeuben: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01257', lat: 50.9952, lon: 13.8141 };
const dresdenPieschen: Place = { partner: 'dresden', city: 'Dresden', postalCode: '01139', lat: 51.0787, lon: 13.7002 };
const grossenhain: Place = { partner: 'grossenhain', city: 'Großenhain', postalCode: '01558', lat: 51.2921, lon: 13.5412 };
const bautzen: Place = { partner: 'landkreis-bautzen', city: 'Bautzen', postalCode: '02625', lat: 51.1795, lon: 14.4287 };
const bischofswerda: Place = { partner: 'landkreis-bautzen', city: 'Bischofswerda', postalCode: '01877', lat: 51.1262, lon: 14.1796 };
const wilthen: Place = { partner: 'landkreis-bautzen', city: 'Wilthen', postalCode: '02681', lat: 51.0981, lon: 14.3925 };
const koenigswartha: Place = { partner: 'landkreis-bautzen', city: 'Königswartha', postalCode: '02699', lat: 51.3105, lon: 14.3262 };
const pulsnitz: Place = { partner: 'pulsnitz', city: 'Pulsnitz', postalCode: '01896', lat: 51.1838, lon: 14.0148 };
const radeburg: Place = { partner: 'radeburg', city: 'Radeburg', postalCode: '01471', lat: 51.2163, lon: 13.7252 };
const radeberg: Place = { partner: 'radeberg', city: 'Radeberg', postalCode: '01454', lat: 51.1139, lon: 13.9178 };
const grossroehrsdorf: Place = { partner: 'grossroehrsdorf', city: 'Großröhrsdorf', postalCode: '01900', lat: 51.1452, lon: 14.0191 };
const kamenz: Place = { partner: 'kamenz', city: 'Kamenz', postalCode: '01917', lat: 51.2695, lon: 14.0936 };
const hoyerswerda: Place = { partner: 'hoyerswerda', city: 'Hoyerswerda', postalCode: '02977', lat: 51.4381, lon: 14.2447 };

interface AdSpec {
  id: string;
  title: string;
  employer: string;
  url?: string;
  place: Place;
  category: string;
  employmentType: Job['employmentType'];
  salary?: Job['salary'];
  /** Published this many days before `now`. */
  daysAgo: number;
  /** Open this many days after `now`. */
  openDays: number;
  /** Three paragraphs: tasks, profile, offer (the first may open with a sentence about the employer). */
  text: [string, string, string];
  applyUrl?: string;
  applyEmail?: string;
}

function build(now: Date, spec: AdSpec): Job {
  const nowMinute = Math.floor(now.getTime() / 60000) * 60000;
  const { place } = spec;
  const job: Job = {
    id: spec.id,
    title: spec.title,
    employer: spec.url ? { name: spec.employer, url: spec.url } : { name: spec.employer },
    partner: place.partner,
    location: { city: place.city, postalCode: place.postalCode, lat: place.lat, lon: place.lon },
    category: spec.category,
    employmentType: spec.employmentType,
    // Published in the morning of that day, as most ads are.
    publishedAt: new Date(nowMinute - spec.daysAgo * DAY - 3 * 60 * 60 * 1000).toISOString(),
    validThrough: new Date(nowMinute + spec.openDays * DAY).toISOString(),
    description: spec.text.join('\n\n'),
    source: 'manual',
  };
  if (spec.salary) job.salary = spec.salary;
  if (spec.applyUrl) job.applyUrl = spec.applyUrl;
  if (spec.applyEmail) job.applyEmail = spec.applyEmail;
  if (!spec.applyUrl && !spec.applyEmail) job.applyEmail = `bewerbung@${spec.id}.example.org`;
  return job;
}

const eur = (min: number | undefined, max: number | undefined, period: 'hour' | 'month' | 'year'): Job['salary'] => {
  const salary: NonNullable<Job['salary']> = { currency: 'EUR', period };
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  return salary;
};

/** The quality ads, dated from `now`. Apprenticeships start in August; from July on, next year's are advertised. */
export function qualityAds(now: Date): Job[] {
  const startYear = now.getUTCFullYear() + (now.getUTCMonth() >= 6 ? 1 : 0);
  const specs: AdSpec[] = [
    // --- Education -------------------------------------------------------------------------------------------
    {
      id: 'qa-001',
      title: 'Lehrer (m/w/d) für Mathematik',
      employer: 'Freie Oberschule Am Elbbogen gGmbH',
      url: 'https://www.oberschule-elbbogen.example.org',
      place: dresdenPieschen, category: 'education', employmentType: 'full-time',
      salary: eur(4100, 5200, 'month'), daysAgo: 9, openDays: 45,
      text: [
        'Unsere staatlich anerkannte Oberschule in Dresden-Pieschen lernt in kleinen Klassen mit höchstens 22 Schülerinnen und Schülern. Ihre Aufgaben: Sie unterrichten Mathematik in den Klassenstufen 5 bis 10 und bereiten auf den Realschulabschluss vor. Ein Zweitfach wie Physik oder Informatik ist willkommen.',
        'Ihr Profil: Sie haben das Lehramt für Oberschulen oder Gymnasien mit dem Fach Mathematik studiert, gern mit Referendariat. Als Seiteneinsteiger mit einem Master in Mathematik, Physik oder Ingenieurwesen begleiten wir Sie berufsbegleitend zur Lehrbefähigung.',
        'Wir bieten: Eine Vergütung angelehnt an den TV-L, ein kollegiales Team, digitale Tafeln in jedem Raum und ein Jobticket. Die Straßenbahn hält direkt vor der Schule.',
      ],
      applyUrl: 'https://www.oberschule-elbbogen.example.org/stellen/mathematik',
    },
    {
      id: 'qa-002',
      title: 'Lehrer*in für Deutsch als Zweitsprache (Teilzeit)',
      employer: 'Bildungszentrum Westlausitz e. V.',
      place: kamenz, category: 'education', employmentType: 'part-time',
      salary: eur(32, 38, 'hour'), daysAgo: 14, openDays: 60,
      text: [
        'Das erwartet Sie: Sie unterrichten Integrations- und Berufssprachkurse für Erwachsene auf den Niveaus A1 bis B2. Sie bereiten Ihre Teilnehmenden auf Prüfungen vor und arbeiten mit digitalen Lernplattformen.',
        'Das bringen Sie mit: Ein Studium Deutsch als Fremd- oder Zweitsprache oder die Zulassung des BAMF als Lehrkraft in Integrationskursen. Erfahrung mit Gruppen aus vielen Ländern und Geduld beim Erklären.',
        'Das bieten wir: 20 bis 25 Unterrichtsstunden pro Woche am Vormittag, feste Kurszeiten, bezahlte Vorbereitungszeit und Fortbildungen. Kamenz erreichen Sie mit dem Zug direkt aus Dresden.',
      ],
    },
    {
      id: 'qa-003',
      title: 'Grundschullehrer (w/m/d) ab dem neuen Schuljahr',
      employer: 'Freie Grundschule Seenland gGmbH',
      place: hoyerswerda, category: 'education', employmentType: 'full-time',
      daysAgo: 21, openDays: 75,
      text: [
        'Ihre Aufgaben: Sie unterrichten als Klassenlehrer Deutsch, Mathematik und Sachunterricht in einer jahrgangsgemischten Klasse 1 bis 4. Sie gestalten Lernwerkstätten und arbeiten eng mit unserem Hort zusammen.',
        'Ihr Profil: Ein abgeschlossenes Lehramtsstudium für Grundschulen oder eine vergleichbare Qualifikation. Freude an reformpädagogischen Ansätzen und an der Zusammenarbeit mit Eltern.',
        'Wir bieten: Eine unbefristete Stelle, Vergütung in Anlehnung an den TV-L, Zeit für Teamsitzungen innerhalb der Arbeitszeit und Unterstützung bei der Wohnungssuche im Lausitzer Seenland.',
      ],
    },
    {
      id: 'qa-004',
      title: 'Staatlich anerkannter Erzieher (m/w/d)',
      employer: 'Westlausitzer Kinderwelt gGmbH',
      url: 'https://www.kinderwelt-westlausitz.example.org',
      place: pulsnitz, category: 'education', employmentType: 'full-time',
      salary: eur(3300, 3900, 'month'), daysAgo: 6, openDays: 60,
      text: [
        'In unserer Kita „Keulenbergzwerge“ in Pulsnitz betreuen wir 90 Kinder von einem Jahr bis zum Schuleintritt. Ihre Aufgaben: Sie begleiten eine Kindergartengruppe, beobachten und dokumentieren die Entwicklung der Kinder und führen Gespräche mit den Eltern.',
        'Ihr Profil: Sie sind staatlich anerkannte Erzieherin oder staatlich anerkannter Erzieher, Kindheitspädagogin oder Kindheitspädagoge. Sie bringen Ideen für Naturerlebnisse mit und arbeiten gern in einem offenen Konzept.',
        'Wir bieten: Bezahlung nach TVöD SuE, 30 Tage Urlaub plus zwei Regenerationstage, Fortbildungen und ein Team, das zusammenhält. Der Bahnhof Pulsnitz ist zehn Minuten zu Fuß entfernt.',
      ],
    },
    {
      id: 'qa-005',
      title: 'Erzieher:in für unseren Hort (30 Std./Woche)',
      employer: 'Kinderinsel Seenland e. V.',
      place: hoyerswerda, category: 'education', employmentType: 'part-time',
      daysAgo: 3, openDays: 50,
      text: [
        'Deine Aufgaben: Du betreust Grundschulkinder nach dem Unterricht, hilfst bei den Hausaufgaben und gestaltest Ferienangebote. Du arbeitest eng mit den Lehrkräften der benachbarten Grundschule zusammen.',
        'Dein Profil: Du hast eine Ausbildung als Erzieher:in, einen Abschluss in Sozialer Arbeit oder eine andere Qualifikation nach der Sächsischen Qualifikations- und Fortbildungsverordnung.',
        'Wir bieten dir: 30 Stunden pro Woche mit verlässlichen Dienstzeiten am Nachmittag, Vergütung angelehnt an den TVöD, betriebliche Altersvorsorge und ein Fahrrad-Leasing.',
      ],
    },
    {
      id: 'qa-006',
      title: 'Pädagogische Fachkraft (m/w/d) für unsere Krippe',
      employer: 'Kinderhaus Elbwiese gGmbH',
      place: dresdenLeuben, category: 'education', employmentType: 'full-time',
      salary: eur(3400, 4000, 'month'), daysAgo: 12, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie gestalten die Eingewöhnung der Jüngsten, begleiten den Alltag in der Krippengruppe mit zwölf Kindern und dokumentieren Entwicklungsschritte in Portfolios.',
        'Ihr Profil: Sie sind staatlich anerkannte Erzieherin oder Erzieher, Kindheitspädagogin, Heilpädagoge oder haben eine andere anerkannte pädagogische Qualifikation. Sie sind zugewandt, geduldig und verlässlich.',
        'Wir bieten: Bezahlung nach TVöD SuE, eine Kinderbetreuung im eigenen Haus für Ihre Kinder, eine betriebliche Krankenzusatzversicherung und gute Anbindung mit der Straßenbahn.',
      ],
    },
    {
      id: 'qa-007',
      title: 'Heilerziehungspfleger (m/w/d) Wohnstätte',
      employer: 'Wohnverbund Massenei e. V.',
      place: grossroehrsdorf, category: 'education', employmentType: 'full-time',
      daysAgo: 18, openDays: 55,
      text: [
        'Ihre Aufgaben: Sie begleiten erwachsene Menschen mit geistiger Behinderung in ihrem Alltag in unserer Wohnstätte, fördern ihre Selbstständigkeit und übernehmen auch pflegerische Aufgaben.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Heilerziehungspfleger, Heilpädagoge oder Erzieher mit Erfahrung in der Eingliederungshilfe. Bereitschaft zum Dienst im Wechsel, auch am Wochenende.',
        'Wir bieten: Vergütung nach AVR, Zuschläge für Nacht- und Wochenenddienste, einen Dienstplan mit Wunschfrei und eine ausführliche Einarbeitung.',
      ],
    },
    {
      id: 'qa-008',
      title: 'Schulsekretär (m/w/d) in Teilzeit',
      employer: 'Freies Gymnasium Spreetal gGmbH',
      place: bautzen, category: 'office', employmentType: 'part-time',
      salary: eur(1700, 2000, 'month'), daysAgo: 10, openDays: 35,
      text: [
        'Ihre Aufgaben: Sie sind die erste Ansprechperson für Schüler, Eltern und Lehrer, führen die Schülerakten, organisieren Termine der Schulleitung und kümmern sich um Post und Telefon.',
        'Ihr Profil: Eine kaufmännische Ausbildung, etwa als Kauffrau oder Kaufmann für Büromanagement, und sicherer Umgang mit MS Office. Sie behalten auch am ersten Schultag die Ruhe.',
        'Wir bieten: 25 Stunden pro Woche, Arbeitszeit am Vormittag, frei in den Schulferien nach Absprache und eine Vergütung in Anlehnung an den TV-L.',
      ],
    },

    // --- Health and care -------------------------------------------------------------------------------------
    {
      id: 'qa-009',
      title: 'Pflegefachkraft (m/w/d) ambulanter Dienst',
      employer: 'Häusliche Krankenpflege Elsterland GmbH',
      place: hoyerswerda, category: 'health', employmentType: 'full-time',
      salary: eur(3400, 3900, 'month'), daysAgo: 5, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie versorgen unsere Patientinnen und Patienten in Hoyerswerda und den umliegenden Dörfern zu Hause. Dazu gehören Behandlungspflege, Grundpflege, Medikamentengabe und die Beratung von Angehörigen.',
        'Ihr Profil: Sie sind examinierte Pflegefachkraft, Altenpflegerin, Gesundheits- und Krankenpfleger oder Pflegefachfrau bzw. Pflegefachmann und haben einen Führerschein der Klasse B.',
        'Wir bieten: Einen Dienstwagen, der auch privat genutzt werden darf, feste Touren, ein iPad für die Dokumentation, Bezahlung über Tarif und Zuschläge für Wochenenddienste.',
      ],
    },
    {
      id: 'qa-010',
      title: 'Gesundheits- und Krankenpfleger (m/w/d) in Teilzeit',
      employer: 'Klinikum Westlausitz gGmbH',
      url: 'https://www.klinikum-westlausitz.example.org',
      place: kamenz, category: 'health', employmentType: 'part-time',
      daysAgo: 16, openDays: 70,
      text: [
        'Ihre Aufgaben: Auf unserer internistischen Station mit 28 Betten pflegen Sie Patientinnen und Patienten nach dem Bezugspflegesystem, assistieren bei der Visite und übernehmen Aufnahme und Entlassung.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Gesundheits- und Krankenpfleger/in, Krankenschwester oder Pflegefachfrau/-mann. Eine ausländische Pflegeausbildung mit Anerkennung ist willkommen.',
        'Wir bieten: Teilzeit ab 20 Stunden mit festen Früh- oder Spätdiensten, Vergütung nach TVöD-K, ein eigenes Fortbildungsprogramm und Parkplätze am Haus.',
      ],
      applyUrl: 'https://www.klinikum-westlausitz.example.org/karriere/pflege-innere',
    },
    {
      id: 'qa-011',
      title: 'Pflegefachkraft / Krankenschwester (m/w/d) für die Dialyse',
      employer: 'Nierenzentrum Oberlausitz MVZ GmbH',
      place: bautzen, category: 'health', employmentType: 'full-time',
      salary: eur(3600, 4200, 'month'), daysAgo: 27, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie bereiten Dialysebehandlungen vor, punktieren Shunts, überwachen unsere Patientinnen und Patienten während der Behandlung und dokumentieren den Verlauf.',
        'Ihr Profil: Sie sind Krankenschwester, Gesundheits- und Krankenpfleger oder Pflegefachkraft; Erfahrung in der Nephrologie ist schön, wir arbeiten Sie aber auch gründlich ein.',
        'Wir bieten: Keine Nachtdienste, sonntags geschlossen, eine Fachweiterbildung Nephrologie auf unsere Kosten und einen Zuschuss zum Deutschlandticket.',
      ],
    },
    {
      id: 'qa-012',
      title: 'Altenpfleger (w/m/d) im Tagdienst',
      employer: 'Seniorenresidenz Elbwiesen Leuben gGmbH',
      place: dresdenLeuben, category: 'health', employmentType: 'full-time',
      salary: eur(3300, 3700, 'month'), daysAgo: 8, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie pflegen und betreuen die Bewohnerinnen und Bewohner eines Wohnbereichs mit 30 Plätzen, planen die Pflege und arbeiten mit Hausärzten und Therapeuten zusammen.',
        'Ihr Profil: Eine Ausbildung als Altenpfleger, Pflegefachfrau oder Pflegefachmann oder Gesundheits- und Krankenpfleger. Sie gehen freundlich und respektvoll mit älteren Menschen um.',
        'Wir bieten: Nur Tagdienste, einen verlässlichen Dienstplan, Vergütung nach Tarif und ein Essen in unserer Küche für zwei Euro.',
      ],
    },
    {
      id: 'qa-013',
      title: 'Pflegehelfer (m/w/d) – auch Quereinsteiger',
      employer: 'Pflegeheim Röderaue gGmbH',
      place: grossenhain, category: 'health', employmentType: 'part-time',
      salary: eur(16.5, 18, 'hour'), daysAgo: 11, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie unterstützen unsere Pflegefachkräfte bei der Grundpflege, beim Essen und bei der Mobilisation unserer Bewohnerinnen und Bewohner und sind für sie im Alltag da.',
        'Ihr Profil: Eine Ausbildung als Pflegehelfer oder Pflegeassistent ist von Vorteil. Als Quereinsteiger ohne Vorkenntnisse absolvieren Sie bei uns einen bezahlten Basiskurs Pflege.',
        'Wir bieten: Teilzeit mit 25 bis 30 Stunden, auf Wunsch später Vollzeit, Unterstützung bei der Ausbildung zur Pflegefachkraft und Zuschläge nach Tarif.',
      ],
    },
    {
      id: 'qa-014',
      title: `Ausbildung zur Pflegefachfrau / zum Pflegefachmann (m/w/d) ${startYear}`,
      employer: 'Spreetal-Klinikum Bautzen gGmbH',
      place: bautzen, category: 'health', employmentType: 'apprenticeship',
      salary: eur(1340, 1500, 'month'), daysAgo: 30, openDays: 90,
      text: [
        `Deine Ausbildung: Ab dem 1. September ${startYear} lernst du in drei Jahren alles, um Menschen jeden Alters zu pflegen – im Krankenhaus, im Pflegeheim und im ambulanten Dienst. Den theoretischen Teil besuchst du an unserer eigenen Pflegeschule.`,
        'Dein Profil: Du hast einen Realschulabschluss oder einen Hauptschulabschluss mit abgeschlossener Berufsausbildung. Du bist einfühlsam und arbeitest gern im Team.',
        'Wir bieten: Eine Ausbildungsvergütung nach TVAöD-Pflege, Praxisanleiterinnen und Praxisanleiter, die sich Zeit für dich nehmen, und sehr gute Chancen auf Übernahme.',
      ],
    },
    {
      id: 'qa-015',
      title: 'Medizinische Fachangestellte (m/w/d) für unsere Hausarztpraxis',
      employer: 'Hausarztpraxis am Markt Radeburg',
      place: radeburg, category: 'health', employmentType: 'full-time',
      daysAgo: 4, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie empfangen Patientinnen und Patienten, vergeben Termine, nehmen Blut ab, schreiben EKGs und unterstützen die Ärztin bei Untersuchungen und im Labor.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Medizinische Fachangestellte oder Arzthelferin. Sie arbeiten sicher am PC und behalten auch im vollen Wartezimmer den Überblick.',
        'Wir bieten: Mittwochnachmittag und Freitagnachmittag frei, eine Vergütung über dem Tarif der Ärztekammer und ein herzliches, kleines Team.',
      ],
    },
    {
      id: 'qa-016',
      title: 'Zahnmedizinische Fachangestellte (ZFA) (m/w/d)',
      employer: 'Zahnarztpraxis Dr. Ilka Wendler',
      place: grossroehrsdorf, category: 'health', employmentType: 'full-time',
      salary: eur(2600, 3000, 'month'), daysAgo: 19, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie assistieren der Zahnärztin am Behandlungsstuhl, bereiten Instrumente auf, betreuen Patientinnen und Patienten in der Prophylaxe und erledigen die Abrechnung.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als ZFA oder Zahnarzthelferin, gern mit Prophylaxe-Erfahrung. Freundlichkeit und Sorgfalt sind Ihnen wichtig.',
        'Wir bieten: Eine 4-Tage-Woche nach Wunsch, Fortbildungen, die wir bezahlen, und eine moderne Praxis mit digitalem Röntgen.',
      ],
    },

    // --- Logistics and transport -----------------------------------------------------------------------------
    {
      id: 'qa-017',
      title: 'Berufskraftfahrer (m/w/d) CE',
      employer: 'Röder-Trans Spedition GmbH',
      url: 'https://www.roeder-trans.example.org',
      place: grossenhain, category: 'logistics', employmentType: 'full-time',
      salary: eur(3000, 3500, 'month'), daysAgo: 7, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie fahren im regionalen Verteilerverkehr in Sachsen und Brandenburg und sind jeden Abend zu Hause. Sie beladen und entladen Ihr Fahrzeug und sichern die Ladung.',
        'Ihr Profil: Führerschein der Klasse CE mit Schlüsselzahl 95 und Fahrerkarte. Erfahrung im Nahverkehr ist schön, Berufseinsteiger arbeiten wir ein.',
        'Wir bieten: Moderne Sattelzüge, die immer der gleichen Fahrerin oder dem gleichen Fahrer gehören, pünktliche Bezahlung mit Spesen und Urlaubsgeld.',
      ],
    },
    {
      id: 'qa-018',
      title: 'LKW-Fahrer (m/w/d) Nahverkehr Klasse C/CE',
      employer: 'Spreetal Baustoff-Logistik GmbH',
      place: bautzen, category: 'logistics', employmentType: 'full-time',
      daysAgo: 13, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie beliefern Baustellen und Baustoffhändler in der Oberlausitz mit Sand, Kies und Baustoffen. Mit dem Ladekran stellen Sie Paletten direkt an der Baustelle ab.',
        'Ihr Profil: Führerschein Klasse C oder CE, Module nach Berufskraftfahrerqualifikationsgesetz und gern einen Kranschein. Wer den Kranschein noch nicht hat, macht ihn bei uns.',
        'Wir bieten: Tagestouren ohne Übernachtung, Montag bis Freitag, einen festen Lkw und eine Vergütung von 17 bis 19 Euro pro Stunde.',
      ],
    },
    {
      id: 'qa-019',
      title: 'Kraftfahrer (m/w/d) für Kipper im Baustellenverkehr',
      employer: 'Erdbau Seenland GmbH',
      place: hoyerswerda, category: 'logistics', employmentType: 'full-time',
      salary: eur(2800, 3200, 'month'), daysAgo: 22, openDays: 35,
      text: [
        'Ihre Aufgaben: Sie fahren einen Dreiachs-Kipper zwischen unseren Baustellen, Kiesgruben und Deponien im Lausitzer Seenland und übernehmen kleinere Wartungen am Fahrzeug.',
        'Ihr Profil: Führerschein Klasse C, gern CE, und die Fahrerkarte. Erfahrung mit Kippern ist von Vorteil.',
        'Wir bieten: Arbeitsbeginn um 6 Uhr, Feierabend am Nachmittag, eine unbefristete Stelle und Weihnachtsgeld.',
      ],
    },
    {
      id: 'qa-020',
      title: 'Busfahrer (m/w/d) im Linienverkehr – auch Quereinsteiger',
      employer: 'Westlausitz Bus GmbH',
      place: kamenz, category: 'logistics', employmentType: 'full-time',
      salary: eur(2900, 3300, 'month'), daysAgo: 15, openDays: 80,
      text: [
        'Ihre Aufgaben: Sie fahren Linienbusse im Stadt- und Regionalverkehr rund um Kamenz, verkaufen Fahrscheine und sind freundliche Ansprechperson für Fahrgäste und Schulkinder.',
        'Ihr Profil: Führerschein Klasse D oder die Bereitschaft, ihn zu erwerben. Quereinsteigern finanzieren wir den Busführerschein vollständig.',
        'Wir bieten: Einen Tarifvertrag, planbare Dienste, ein kostenloses Deutschlandticket und eine sichere Arbeit im Nahverkehr.',
      ],
    },
    {
      id: 'qa-021',
      title: 'Auslieferungsfahrer (m/w/d) Klasse B auf Minijob-Basis',
      employer: 'Elbflorenz Getränke-Heimdienst GmbH',
      place: dresdenPlauen, category: 'logistics', employmentType: 'mini-job',
      salary: eur(14, 15, 'hour'), daysAgo: 2, openDays: 30,
      text: [
        'Ihre Aufgaben: Sie liefern Getränkekisten mit unserem Transporter an Privatkunden und Büros in Dresden aus und nehmen Leergut wieder mit.',
        'Ihr Profil: Führerschein der Klasse B, Ortskenntnis in Dresden und Freude an körperlicher Arbeit. Ideal für Studierende und Rentner.',
        'Wir bieten: Einsätze freitags und samstags, Bezahlung pro Stunde plus Trinkgeld und ein freundliches Team.',
      ],
    },
    {
      id: 'qa-022',
      title: 'Disponent (m/w/d) Fuhrpark und Tourenplanung',
      employer: 'Lessingstadt Logistik GmbH',
      place: kamenz, category: 'logistics', employmentType: 'full-time',
      salary: eur(3100, 3600, 'month'), daysAgo: 9, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie planen die Touren unserer 35 LKW-Fahrer und Fahrerinnen, sind erste Ansprechperson für die Fahrer unterwegs und für unsere Kunden und überwachen Lenk- und Ruhezeiten.',
        'Ihr Profil: Eine Ausbildung als Kaufmann für Spedition und Logistikdienstleistung oder Erfahrung als Berufskraftfahrer, der in die Disposition wechseln möchte. Sie behalten den Überblick, wenn es hektisch wird.',
        'Wir bieten: Einen Arbeitsplatz im Büro mit festen Zeiten, ein modernes Telematiksystem und eine unbefristete Stelle.',
      ],
    },
    {
      id: 'qa-023',
      title: 'Fachkraft für Lagerlogistik (m/w/d)',
      employer: 'Oberlausitzer Versandhandel GmbH',
      place: bautzen, category: 'logistics', employmentType: 'full-time',
      salary: eur(2700, 3050, 'month'), daysAgo: 6, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie nehmen Waren an, prüfen Lieferungen, lagern sie im Hochregallager ein, kommissionieren Aufträge und bereiten den Versand vor.',
        'Ihr Profil: Eine Ausbildung als Fachkraft für Lagerlogistik oder Fachlagerist und ein gültiger Staplerschein. Sie arbeiten mit Handscanner und Lagerverwaltungssystem.',
        'Wir bieten: Zweischichtsystem ohne Wochenende, Schichtzulagen, Weiterbildung zum Lagermeister und eine Kantine.',
      ],
    },
    {
      id: 'qa-024',
      title: 'Lagerist (m/w/d) mit Staplerschein',
      employer: 'Teichland Agrarhandel GmbH',
      place: koenigswartha, category: 'logistics', employmentType: 'full-time',
      daysAgo: 24, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie be- und entladen LKW mit dem Gabelstapler, lagern Saatgut, Futtermittel und Dünger ein und stellen Lieferungen für landwirtschaftliche Betriebe zusammen.',
        'Ihr Profil: Ein gültiger Staplerschein und Erfahrung im Lager. Ein Führerschein Klasse B ist nötig, weil unser Standort außerhalb liegt.',
        'Wir bieten: Einen ruhigen Arbeitsplatz auf dem Land, Arbeitszeit von 7 bis 16 Uhr und kostenlose Parkplätze.',
      ],
    },
    {
      id: 'qa-025',
      title: 'Lagermitarbeiter (m/w/d) Kommissionierung – Schichtarbeit',
      employer: 'Elbtal Distribution GmbH',
      place: dresdenKlotzsche, category: 'logistics', employmentType: 'full-time',
      salary: eur(15, 16.5, 'hour'), daysAgo: 3, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie kommissionieren Bestellungen für Supermärkte mit Pick-by-Voice, bedienen Elektro-Hubwagen und Schubmaststapler und verpacken Ware für den Versand.',
        'Ihr Profil: Erfahrung im Lager ist von Vorteil, aber kein Muss. Einen Staplerschein können Sie bei uns machen.',
        'Wir bieten: Früh- und Spätschicht im Wechsel, Zuschläge, ein Jobticket und die S-Bahn-Haltestelle vor dem Werkstor.',
      ],
    },

    // --- Manufacturing ---------------------------------------------------------------------------------------
    {
      id: 'qa-026',
      title: 'Produktionshelfer (m/w/d) im Drei-Schicht-System',
      employer: 'Massenei Kunststoffwerk GmbH',
      place: grossroehrsdorf, category: 'manufacturing', employmentType: 'full-time',
      salary: eur(2500, 2800, 'month'), daysAgo: 17, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie bestücken Spritzgussmaschinen, entnehmen Teile, prüfen sie nach Vorgabe und verpacken sie. Ein Staplerfahrer bringt das Material an Ihre Linie.',
        'Ihr Profil: Sie arbeiten sorgfältig und sind bereit, im Drei-Schicht-System zu arbeiten. Ein Staplerschein ist von Vorteil, aber nicht nötig.',
        'Wir bieten: Schichtzuschläge, Urlaubs- und Weihnachtsgeld, eine Einarbeitung durch erfahrene Kolleginnen und Kollegen und gute Anbindung mit dem Zug.',
      ],
    },
    {
      id: 'qa-027',
      title: 'Mechatroniker (m/w/d) Service und Instandhaltung',
      employer: 'Kamenzer Fördertechnik GmbH',
      url: 'https://www.kamenzer-foerdertechnik.example.org',
      place: kamenz, category: 'manufacturing', employmentType: 'full-time',
      salary: eur(3200, 3800, 'month'), daysAgo: 12, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie warten und reparieren Förderanlagen und Roboterzellen in unserer Fertigung, suchen Fehler in Mechanik, Elektrik und Steuerung und setzen Verbesserungen um.',
        'Ihr Profil: Eine Ausbildung als Mechatroniker, Elektroniker für Betriebstechnik oder Industriemechaniker mit Kenntnissen in SPS-Technik.',
        'Wir bieten: Eine Rufbereitschaft, die gut bezahlt wird, Weiterbildung zum Techniker oder Meister und ein Gehalt nach IG-Metall-Tarif.',
      ],
    },
    {
      id: 'qa-028',
      title: `Ausbildung zum Mechatroniker (m/w/d) ab August ${startYear}`,
      employer: 'Butterberg Antriebstechnik GmbH',
      place: bischofswerda, category: 'manufacturing', employmentType: 'apprenticeship',
      salary: eur(1050, 1250, 'month'), daysAgo: 35, openDays: 90,
      text: [
        'Deine Ausbildung: In dreieinhalb Jahren lernst du, Getriebe und Antriebe zu montieren, elektrische Schaltungen aufzubauen und Steuerungen zu programmieren. Die Berufsschule besuchst du in Bautzen.',
        'Dein Profil: Du hast einen guten Realschulabschluss, Freude an Technik und gute Noten in Mathematik und Physik.',
        'Wir bieten: Eine Ausbildungsvergütung nach Tarif, ein Azubi-Projekt im zweiten Lehrjahr, ein Tablet für die Ausbildung und die Übernahme bei guten Leistungen.',
      ],
    },
    {
      id: 'qa-029',
      title: 'Maschinen- und Anlagenführer (m/w/d) Getränkeabfüllung',
      employer: 'Bergland Getränke GmbH',
      place: wilthen, category: 'manufacturing', employmentType: 'full-time',
      daysAgo: 20, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie bedienen und überwachen unsere Abfüll- und Etikettieranlagen, rüsten Formate um, beheben kleinere Störungen und führen Qualitätskontrollen durch.',
        'Ihr Profil: Eine technische Ausbildung, zum Beispiel als Maschinen- und Anlagenführer oder Fachkraft für Lebensmitteltechnik, und Bereitschaft zur Schichtarbeit.',
        'Wir bieten: Ein Familienunternehmen mit langer Tradition, Schichtzulagen und kostenlose Parkplätze am Werk.',
      ],
    },
    {
      id: 'qa-030',
      title: 'Metallbauer (m/w/d) Fachrichtung Konstruktionstechnik',
      employer: 'Stahl- und Metallbau Pulsnitztal GmbH',
      place: pulsnitz, category: 'manufacturing', employmentType: 'full-time',
      salary: eur(2900, 3400, 'month'), daysAgo: 26, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie fertigen Treppen, Geländer, Tore und Stahlkonstruktionen in unserer Werkstatt, schweißen nach Zeichnung und montieren die Bauteile bei unseren Kunden.',
        'Ihr Profil: Eine Ausbildung als Metallbauer oder Schlosser, Schweißkenntnisse in MAG und WIG und einen Führerschein der Klasse B.',
        'Wir bieten: Ein Firmenfahrzeug für Montagen, Auslöse bei Übernachtungen und ein familiäres Team von 25 Kollegen.',
      ],
    },

    // --- Crafts ---------------------------------------------------------------------------------------------
    {
      id: 'qa-031',
      title: 'Elektroniker für Energie- und Gebäudetechnik (m/w/d)',
      employer: 'Elektro Rödertal GmbH',
      url: 'https://www.elektro-roedertal.example.org',
      place: radeberg, category: 'crafts', employmentType: 'full-time',
      salary: eur(2900, 3500, 'month'), daysAgo: 8, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie installieren Elektroanlagen in Neubauten und bei Sanierungen, bauen Zählerschränke auf, nehmen Photovoltaikanlagen und Wallboxen in Betrieb und prüfen Anlagen nach DGUV V3.',
        'Ihr Profil: Eine Ausbildung als Elektroniker für Energie- und Gebäudetechnik oder Elektroinstallateur und einen Führerschein der Klasse B.',
        'Wir bieten: Ein eigenes Servicefahrzeug, Baustellen in der Region ohne Montagewochen, Weiterbildung zum Meister und Gehalt über Tarif.',
      ],
    },
    {
      id: 'qa-032',
      title: 'Elektriker (m/w/d) für Wohnungsbau und Sanierung',
      employer: 'Elektroinstallation Seifert & Sohn',
      place: pulsnitz, category: 'crafts', employmentType: 'full-time',
      daysAgo: 14, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie verlegen Leitungen, setzen Schalter und Steckdosen, erneuern alte Elektroanlagen in Wohnhäusern und suchen Fehler bei Kundendiensteinsätzen.',
        'Ihr Profil: Eine abgeschlossene Ausbildung im Elektrohandwerk, zum Beispiel als Elektroniker oder Elektroanlagenmonteur. Berufserfahrung ist schön, aber kein Muss.',
        'Wir bieten: Einen Handwerksbetrieb mit acht Leuten, pünktlichen Feierabend, Werkzeug und Arbeitskleidung und eine Prämie für jeden zufriedenen Kunden.',
      ],
    },
    {
      id: 'qa-033',
      title: 'Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik (m/w/d)',
      employer: 'Haustechnik Zschieren GmbH',
      place: dresdenLeuben, category: 'crafts', employmentType: 'full-time',
      salary: eur(3000, 3600, 'month'), daysAgo: 10, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie montieren Bäder und Heizungsanlagen, bauen Wärmepumpen ein, warten Gasthermen und sind im Kundendienst für Reparaturen unterwegs.',
        'Ihr Profil: Eine Ausbildung als Anlagenmechaniker SHK, Gas- und Wasserinstallateur oder Zentralheizungs- und Lüftungsbauer.',
        'Wir bieten: Ein Servicefahrzeug, das Sie mit nach Hause nehmen, Bereitschaftszulagen und Schulungen bei Herstellern von Wärmepumpen.',
      ],
    },
    {
      id: 'qa-034',
      title: 'Tischler (m/w/d) Innenausbau und Montage',
      employer: 'Tischlerei Kühne Pulsnitz',
      place: pulsnitz, category: 'crafts', employmentType: 'full-time',
      daysAgo: 28, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie fertigen Einbauschränke, Küchen und Innentüren in unserer Werkstatt und bauen sie bei unseren Kunden in Pulsnitz, Dresden und Umgebung ein.',
        'Ihr Profil: Eine Ausbildung als Tischler oder Schreiner, Erfahrung an CNC-Maschinen ist von Vorteil. Sie arbeiten genau und sauber.',
        'Wir bieten: Einen Meisterbetrieb in dritter Generation, eine moderne Werkstatt und Arbeitszeit von Montag bis Donnerstag mit kurzem Freitag.',
      ],
    },
    {
      id: 'qa-035',
      title: 'Maler und Lackierer (m/w/d)',
      employer: 'Malerbetrieb Paschke GmbH',
      place: hoyerswerda, category: 'crafts', employmentType: 'full-time',
      salary: eur(2700, 3100, 'month'), daysAgo: 5, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie gestalten Wände und Fassaden, tapezieren, verlegen Bodenbeläge und bringen Wärmedämmverbundsysteme an. Sie pflegen den Kontakt zu unseren Kunden auf der Baustelle.',
        'Ihr Profil: Eine Ausbildung als Maler und Lackierer oder Bauten- und Objektbeschichter und einen Führerschein der Klasse B.',
        'Wir bieten: Baustellen in Hoyerswerda und Umgebung, gute Arbeitskleidung, 30 Tage Urlaub und eine Übernahme der Fahrtkosten.',
      ],
    },
    {
      id: 'qa-036',
      title: 'Garten- und Landschaftsbauer (m/w/d)',
      employer: 'Heidebogen Grün GmbH',
      place: radeburg, category: 'crafts', employmentType: 'full-time',
      daysAgo: 18, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie legen Gärten an, pflastern Wege und Terrassen, pflanzen Bäume und Hecken und pflegen Grünanlagen, Parks und Friedhöfe für Kommunen und Wohnungsgesellschaften.',
        'Ihr Profil: Eine Ausbildung als Gärtner im Garten- und Landschaftsbau oder Erfahrung im Grünbereich. Den Führerschein Klasse BE brauchen Sie für Anhänger.',
        'Wir bieten: Arbeit an der frischen Luft, moderne Maschinen, eine Winterregelung ohne Kurzarbeit und eine Prämie bei Rückkehr in die Region.',
      ],
    },
    {
      id: 'qa-037',
      title: 'Dachdecker (m/w/d) – auch Dachdeckerhelfer',
      employer: 'Bedachungen Rößler GmbH',
      place: radeberg, category: 'crafts', employmentType: 'full-time',
      salary: eur(2800, 3400, 'month'), daysAgo: 23, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie decken Steildächer mit Ziegeln und Schiefer, dichten Flachdächer ab, montieren Dachfenster und Solaranlagen und reparieren Sturmschäden.',
        'Ihr Profil: Eine Ausbildung als Dachdecker oder Erfahrung als Helfer auf dem Dach, Schwindelfreiheit und Teamgeist.',
        'Wir bieten: Tariflohn mit Zulagen, Schlechtwettergeld, Arbeitskleidung und die Möglichkeit, die Ausbildung als Geselle nachzuholen.',
      ],
    },
    {
      id: 'qa-038',
      title: 'Kfz-Mechatroniker (m/w/d) Pkw-Service',
      employer: 'Autoservice Bergland',
      place: wilthen, category: 'crafts', employmentType: 'full-time',
      daysAgo: 11, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie führen Inspektionen, Reparaturen und Hauptuntersuchungen an Pkw aller Marken durch, wechseln Reifen und lesen Fehlerspeicher aus.',
        'Ihr Profil: Eine Ausbildung als Kfz-Mechatroniker oder Kfz-Mechaniker. Eine Qualifikation für Hochvoltfahrzeuge ist ein Plus.',
        'Wir bieten: Eine freie Werkstatt mit modernen Diagnosegeräten, kein Samstagsdienst und Rabatte auf Ersatzteile für Ihr eigenes Auto.',
      ],
    },
    {
      id: 'qa-039',
      title: `Ausbildung Kfz-Mechatroniker (m/w/d) – Start ${startYear}`,
      employer: 'Autohaus Röderland GmbH',
      place: grossenhain, category: 'crafts', employmentType: 'apprenticeship',
      salary: eur(950, 1150, 'month'), daysAgo: 31, openDays: 90,
      text: [
        'Deine Ausbildung: Du lernst in dreieinhalb Jahren, Fahrzeuge zu warten, Fehler zu diagnostizieren und Elektro- und Hybridfahrzeuge sicher zu reparieren.',
        'Dein Profil: Ein Haupt- oder Realschulabschluss, Interesse an Autos und Technik und Lust, mit anzupacken.',
        'Wir bieten: Eine Ausbildungsvergütung nach Tarif, ein Werkzeugset, das dir gehört, und gute Chancen auf Übernahme nach der Gesellenprüfung.',
      ],
    },
    {
      id: 'qa-040',
      title: 'Fleischer (m/w/d) Wurstproduktion',
      employer: 'Röderauer Landfleischerei GmbH',
      place: grossenhain, category: 'crafts', employmentType: 'full-time',
      salary: eur(2500, 2900, 'month'), daysAgo: 16, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie zerlegen Fleisch, stellen Wurst und Schinken nach unseren Hausrezepten her und achten auf Hygiene und Kühlkette.',
        'Ihr Profil: Eine Ausbildung als Fleischer oder Metzger oder Erfahrung in der Fleischverarbeitung.',
        'Wir bieten: Arbeitsbeginn am frühen Morgen und frühen Feierabend, Mitarbeiterrabatt und ein Team, das seit Jahren zusammenarbeitet.',
      ],
    },
    {
      id: 'qa-041',
      title: 'Fachverkäuferin / Fachverkäufer (m/w/d) Fleischerei – Voll- oder Teilzeit',
      employer: 'Röderauer Landfleischerei GmbH',
      place: grossenhain, category: 'crafts', employmentType: 'part-time',
      salary: eur(14, 15.5, 'hour'), daysAgo: 16, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie beraten Kundinnen und Kunden an der Fleisch- und Wursttheke, bereiten Platten für Feiern vor und kassieren.',
        'Ihr Profil: Eine Ausbildung im Lebensmittelhandwerk oder Erfahrung im Verkauf. Quereinsteigerinnen und Quereinsteiger arbeiten wir ein.',
        'Wir bieten: Voll- oder Teilzeit ab 20 Stunden, Dienstschluss spätestens 18:30 Uhr und Mitarbeiterrabatt.',
      ],
    },
    {
      id: 'qa-042',
      title: 'Friseur/-in (m/w/d) in Voll- oder Teilzeit',
      employer: 'Salon Butterberg Haar & Stil',
      place: bischofswerda, category: 'crafts', employmentType: 'full-time',
      daysAgo: 7, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie beraten unsere Kundinnen und Kunden, schneiden, färben und stylen und kümmern sich um Termine und Kasse.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Friseurin oder Friseur und Freude an aktuellen Trends.',
        'Wir bieten: Ein Fixgehalt plus Umsatzbeteiligung, freie Einteilung Ihrer Arbeitstage und bezahlte Seminare.',
      ],
    },
    {
      id: 'qa-043',
      title: 'Reinigungskraft (m/w/d) in Teilzeit für Klinik und Praxen',
      employer: 'Gebäudedienste Westlausitz GmbH',
      place: kamenz, category: 'crafts', employmentType: 'part-time',
      salary: eur(14.25, 14.25, 'hour'), daysAgo: 4, openDays: 30,
      text: [
        'Ihre Aufgaben: Sie reinigen Patientenzimmer, Flure und Pflegebereiche in einem Krankenhaus sowie Arztpraxen in Kamenz nach Hygieneplan.',
        'Ihr Profil: Erfahrung in der Gebäudereinigung ist von Vorteil. Sie arbeiten gründlich, zuverlässig und gern im Team.',
        'Wir bieten: 20 Stunden pro Woche am Vormittag, Bezahlung nach Tarif der Gebäudereinigung und Arbeitskleidung.',
      ],
    },

    // --- Engineering -----------------------------------------------------------------------------------------
    {
      id: 'qa-044',
      title: 'Maschinenbauingenieur (m/w/d) Konstruktion',
      employer: 'Westlausitz Textilmaschinen GmbH',
      url: 'https://www.wl-textilmaschinen.example.org',
      place: grossroehrsdorf, category: 'engineering', employmentType: 'full-time',
      salary: eur(52000, 64000, 'year'), daysAgo: 13, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie konstruieren Baugruppen für Textil- und Wickelmaschinen in SolidWorks, legen Antriebe aus, erstellen Stücklisten und begleiten Prototypen bis zur Serie.',
        'Ihr Profil: Ein Studium im Maschinenbau oder eine Ausbildung als staatlich geprüfter Techniker mit Berufserfahrung in der Konstruktion.',
        'Wir bieten: Gleitzeit, zwei Tage mobiles Arbeiten pro Woche, Gehalt nach Tarif der Metall- und Elektroindustrie und eine S-Bahn-nahe Lage.',
      ],
    },
    {
      id: 'qa-045',
      title: 'Ingenieur Maschinenbau (m/w/d) Entwicklung Sondermaschinen',
      employer: 'Elbflorenz Sondermaschinen GmbH',
      place: dresdenKlotzsche, category: 'engineering', employmentType: 'full-time',
      salary: eur(56000, 70000, 'year'), daysAgo: 20, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie entwickeln Montage- und Prüfmaschinen für die Halbleiter- und Automobilindustrie, berechnen Komponenten und stimmen sich mit Elektrokonstruktion und Fertigung ab.',
        'Ihr Profil: Ein abgeschlossenes Studium Maschinenbau, Mechatronik oder Verfahrenstechnik und sichere Kenntnisse in einem 3D-CAD-System.',
        'Wir bieten: Spannende Einzelanfertigungen statt Serie, 30 Tage Urlaub, ein Budget für Weiterbildung und einen Arbeitsplatz nahe dem Flughafen Dresden.',
      ],
    },
    {
      id: 'qa-046',
      title: 'Maschinenbau-Ingenieur (m/w/d) im technischen Vertrieb',
      employer: 'Rödertal Pumpentechnik GmbH',
      place: radeberg, category: 'engineering', employmentType: 'full-time',
      daysAgo: 9, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie beraten Industriekunden bei der Auswahl von Pumpen und Dosieranlagen, erstellen technische Angebote und begleiten Projekte bis zur Inbetriebnahme.',
        'Ihr Profil: Ein Studium im Maschinenbau oder Wirtschaftsingenieurwesen, Freude am Kundenkontakt und gute Englischkenntnisse.',
        'Wir bieten: Einen Dienstwagen zur privaten Nutzung, ein Fixgehalt plus Provision und Homeoffice an Tagen ohne Kundentermin.',
      ],
    },
    {
      id: 'qa-047',
      title: 'Staatlich geprüfter Elektrotechniker (m/w/d) Instandhaltung',
      employer: 'Lessingstadt Batteriesysteme GmbH',
      place: kamenz, category: 'engineering', employmentType: 'full-time',
      salary: eur(3700, 4400, 'month'), daysAgo: 6, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie betreuen die elektrische Instandhaltung unserer Fertigungslinien für Batteriemodule, analysieren Störungen, optimieren Anlagen und koordinieren externe Dienstleister.',
        'Ihr Profil: Eine Weiterbildung zum staatlich geprüften Techniker Fachrichtung Elektrotechnik oder einen Meister im Elektrohandwerk, dazu Erfahrung mit Siemens-Steuerungen.',
        'Wir bieten: Ein Gehalt über Tarif, Schichtfreiheit nach der Einarbeitung, ein Jobrad und Kantine mit regionalem Essen.',
      ],
    },

    // --- IT --------------------------------------------------------------------------------------------------
    {
      id: 'qa-048',
      title: 'Softwareentwickler (m/w/d) Java',
      employer: 'Neustädter Datensysteme GmbH',
      url: 'https://www.neustaedter-datensysteme.example.org',
      place: dresdenNeustadt, category: 'it', employmentType: 'full-time',
      salary: eur(52000, 68000, 'year'), daysAgo: 5, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie entwickeln Fachanwendungen für Energieversorger mit Java, Spring Boot und PostgreSQL, schreiben Tests und betreiben Ihre Services in Kubernetes.',
        'Ihr Profil: Ein Studium der Informatik, eine Ausbildung als Fachinformatiker für Anwendungsentwicklung oder vergleichbare Erfahrung. Sie schätzen Code-Reviews und saubere Architektur.',
        'Wir bieten: Remote-Anteil nach Wunsch, ein Büro in der Dresdner Neustadt, 30 Tage Urlaub und ein jährliches Weiterbildungsbudget.',
      ],
    },
    {
      id: 'qa-049',
      title: 'Software Engineer (m/f/d) Backend – Python',
      employer: 'Elbe Data Labs GmbH',
      url: 'https://www.elbe-data-labs.example.org',
      place: dresdenMitte, category: 'it', employmentType: 'full-time',
      salary: eur(55000, 72000, 'year'), daysAgo: 10, openDays: 45,
      text: [
        'Your tasks: You design and build the backend of our logistics planning platform in Python and FastAPI, write tests, review code and look after the services you run in the cloud.',
        'Your profile: A degree in computer science or equivalent experience, several years of backend development and good English; German is a plus but not required.',
        'What we offer: A team of twelve from eight countries, flexible hours, up to three days of remote work a week, help with relocation to Dresden and a German course paid by us.',
      ],
      applyUrl: 'https://www.elbe-data-labs.example.org/jobs/backend-python',
    },
    {
      id: 'qa-050',
      title: 'Senior Frontend Developer (all genders) React',
      employer: 'Silberwald Software GmbH',
      place: dresdenNeustadt, category: 'it', employmentType: 'full-time',
      daysAgo: 19, openDays: 50,
      text: [
        'Your tasks: You build accessible web applications for public-sector clients with React and TypeScript, shape our design system and mentor junior developers.',
        'Your profile: Several years of experience as a frontend or web developer, a good eye for usability and accessibility (WCAG), and English or German at a professional level.',
        'What we offer: A hybrid workplace in Dresden-Neustadt, a learning budget, a public transport ticket and 30 days of holiday.',
      ],
    },
    {
      id: 'qa-051',
      title: 'Werkstudent (m/w/d) Software-Entwicklung',
      employer: 'Datenwerk Radeberg GmbH',
      place: radeberg, category: 'it', employmentType: 'part-time',
      salary: eur(15, 17, 'hour'), daysAgo: 2, openDays: 60,
      text: [
        'Deine Aufgaben: Du entwickelst im Team Funktionen für unsere Web-App zur Wartungsplanung mit TypeScript und Node.js und schreibst automatisierte Tests.',
        'Dein Profil: Du studierst Informatik, Medieninformatik oder ein ähnliches Fach in Dresden und hast erste Programmiererfahrung.',
        'Wir bieten: 15 bis 20 Stunden pro Woche, flexibel um deine Vorlesungen herum, Homeoffice und die Chance auf eine Abschlussarbeit bei uns.',
      ],
    },
    {
      id: 'qa-052',
      title: 'Linux-Systemadministrator (m/w/d)',
      employer: 'Heide IT-Betrieb GmbH',
      place: radeberg, category: 'it', employmentType: 'full-time',
      salary: eur(3800, 4600, 'month'), daysAgo: 15, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie betreiben Linux-Server, Virtualisierung und Backups für Kunden aus Mittelstand und Verwaltung, automatisieren mit Ansible und übernehmen Rufbereitschaft im Wechsel.',
        'Ihr Profil: Eine Ausbildung als Fachinformatiker für Systemintegration oder ein Studium und mehrere Jahre Erfahrung in der Administration.',
        'Wir bieten: Ein Team von 14 Leuten, Weiterbildungen und Zertifizierungen, ein Jobrad und zwei Homeoffice-Tage pro Woche.',
      ],
    },

    // --- Office and public -----------------------------------------------------------------------------------
    {
      id: 'qa-053',
      title: 'Kaufmann für Büromanagement (m/w/d)',
      employer: 'Elbtal Gebäudeservice GmbH',
      place: dresdenPlauen, category: 'office', employmentType: 'full-time',
      salary: eur(2700, 3100, 'month'), daysAgo: 8, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie bearbeiten Aufträge und Rechnungen, schreiben Angebote, planen die Einsätze unserer Reinigungskräfte und sind am Telefon für unsere Kunden da.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Kauffrau oder Kaufmann für Büromanagement, Bürokauffrau oder eine vergleichbare kaufmännische Ausbildung.',
        'Wir bieten: Gleitzeit, einen unbefristeten Vertrag, ein Jobticket und einen Arbeitsplatz nahe dem Hauptbahnhof.',
      ],
    },
    {
      id: 'qa-054',
      title: 'Buchhalter (m/w/d) Kreditorenbuchhaltung',
      employer: 'Dresdner Fachhandelsgruppe GmbH',
      place: dresdenMitte, category: 'office', employmentType: 'full-time',
      salary: eur(3300, 3900, 'month'), daysAgo: 25, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie prüfen und buchen Eingangsrechnungen, bereiten Zahlungsläufe vor, klären Differenzen mit Lieferanten und unterstützen beim Monatsabschluss.',
        'Ihr Profil: Eine kaufmännische Ausbildung mit Weiterbildung zum Finanzbuchhalter oder Erfahrung in der Kreditorenbuchhaltung und sicherer Umgang mit DATEV.',
        'Wir bieten: Mobiles Arbeiten an zwei Tagen pro Woche, Gleitzeit und eine betriebliche Altersvorsorge.',
      ],
    },
    {
      id: 'qa-055',
      title: 'Personalsachbearbeiter (m/w/d) Entgeltabrechnung',
      employer: 'Lessingstadt Industrieservice GmbH',
      place: kamenz, category: 'office', employmentType: 'full-time',
      daysAgo: 17, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie erstellen die Lohn- und Gehaltsabrechnung für rund 400 Beschäftigte, pflegen Personalakten, bereiten Arbeitsverträge vor und beantworten Fragen der Kolleginnen und Kollegen.',
        'Ihr Profil: Eine kaufmännische Ausbildung, gern mit Weiterbildung zur Personalfachkauffrau oder zum Personalfachkaufmann, und Erfahrung mit einem Abrechnungsprogramm.',
        'Wir bieten: Gleitzeit ohne Kernzeit, Homeoffice nach Absprache und eine gründliche Einarbeitung in unsere Tarifverträge.',
      ],
    },
    {
      id: 'qa-056',
      title: 'Verwaltungsfachangestellter (m/w/d) Gebührenabrechnung',
      employer: 'Wasser- und Abwasserverband Heidebogen',
      place: radeburg, category: 'public', employmentType: 'full-time',
      salary: eur(3200, 3800, 'month'), daysAgo: 21, openDays: 35,
      text: [
        'Ihre Aufgaben: Sie erstellen Gebührenbescheide für Trink- und Abwasser, bearbeiten Widersprüche und Anträge von Bürgerinnen und Bürgern und pflegen die Kundendaten.',
        'Ihr Profil: Eine Ausbildung als Verwaltungsfachangestellte oder Verwaltungsfachangestellter oder eine kaufmännische Ausbildung mit Erfahrung in der öffentlichen Verwaltung.',
        'Wir bieten: Vergütung nach TVöD, Gleitzeit, 30 Tage Urlaub und einen sicheren Arbeitsplatz.',
      ],
    },
    {
      id: 'qa-057',
      title: 'Hausmeister (m/w/d) für Wohnanlagen',
      employer: 'Elsterland Wohnen GmbH',
      place: hoyerswerda, category: 'office', employmentType: 'full-time',
      salary: eur(2500, 2800, 'month'), daysAgo: 12, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie kontrollieren unsere Wohnanlagen, übernehmen kleinere Reparaturen und den Winterdienst und beauftragen für größere Schäden Elektriker, Klempner und andere Handwerksbetriebe.',
        'Ihr Profil: Eine handwerkliche Ausbildung, einen Führerschein der Klasse B und einen freundlichen Umgang mit Mieterinnen und Mietern.',
        'Wir bieten: Einen Dienstwagen, ein Diensthandy, Rufbereitschaft mit Zulage und eine unbefristete Stelle.',
      ],
    },

    // --- Retail ---------------------------------------------------------------------------------------------
    {
      id: 'qa-058',
      title: 'Verkäufer/-in in Teilzeit (25 Std./Woche)',
      employer: 'Heidemarkt Rödertal GmbH',
      place: radeberg, category: 'retail', employmentType: 'part-time',
      salary: eur(14.5, 15.5, 'hour'), daysAgo: 6, openDays: 30,
      text: [
        'Ihre Aufgaben: Sie beraten unsere Kundschaft, kassieren, füllen Regale auf und achten auf Frische bei Obst, Gemüse und Backwaren.',
        'Ihr Profil: Erfahrung im Verkauf oder im Lebensmittelhandel, Freundlichkeit und Bereitschaft zur Arbeit an Samstagen.',
        'Wir bieten: 25 Stunden pro Woche im Früh- oder Spätdienst, Mitarbeiterrabatt und einen Markt, den man von Radeberg aus mit dem Rad erreicht.',
      ],
    },
    {
      id: 'qa-059',
      title: 'Kassierer (m/w/d) in Teilzeit',
      employer: 'Röderland Bau- und Gartenmarkt GmbH',
      place: grossenhain, category: 'retail', employmentType: 'part-time',
      daysAgo: 9, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie kassieren an der Hauptkasse und im Gartencenter, beantworten Fragen zur Ware und nehmen Reklamationen freundlich entgegen.',
        'Ihr Profil: Erfahrung an der Kasse, Zuverlässigkeit und Freude am Umgang mit Kunden.',
        'Wir bieten: 20 bis 25 Stunden pro Woche, einen Schichtplan, der zwei Wochen vorher steht, und Personalrabatt.',
      ],
    },
    {
      id: 'qa-060',
      title: `Ausbildung Kauffrau / Kaufmann im Einzelhandel (m/w/d) ${startYear}`,
      employer: 'Modehaus Seenland GmbH',
      place: hoyerswerda, category: 'retail', employmentType: 'apprenticeship',
      salary: eur(1000, 1200, 'month'), daysAgo: 33, openDays: 90,
      text: [
        'Deine Ausbildung: Du lernst in drei Jahren alles über Beratung und Verkauf, Warenwirtschaft, Kasse und Marketing und übernimmst schon früh eine eigene Abteilung.',
        'Dein Profil: Ein Realschulabschluss, Interesse an Mode und Freude daran, Menschen zu beraten.',
        'Wir bieten: Eine Ausbildungsvergütung nach Tarif, Azubi-Rabatt, Prüfungsvorbereitung in Kleingruppen und die Übernahme nach bestandener Prüfung.',
      ],
    },

    // --- Hospitality ---------------------------------------------------------------------------------------
    {
      id: 'qa-061',
      title: 'Koch (m/w/d)',
      employer: 'Gasthof Zum Heidekrug',
      place: radeburg, category: 'hospitality', employmentType: 'full-time',
      salary: eur(2700, 3100, 'month'), daysAgo: 4, openDays: 45,
      text: [
        'Ihre Aufgaben: Sie bereiten sächsische Gerichte und saisonale Speisen à la carte zu, kochen für Familienfeiern bis 80 Personen und bestellen Ware bei Erzeugern aus der Region.',
        'Ihr Profil: Eine abgeschlossene Ausbildung als Koch oder Köchin und Erfahrung in der Küche eines Restaurants.',
        'Wir bieten: Zwei feste freie Tage pro Woche, geteilte Dienste gibt es bei uns nicht, Trinkgeldbeteiligung und Personalessen.',
      ],
    },
    {
      id: 'qa-062',
      title: 'Köchin / Koch (w/m/d) für unsere Betriebskantine',
      employer: 'Elbtal Catering GmbH',
      place: dresdenKlotzsche, category: 'hospitality', employmentType: 'full-time',
      daysAgo: 14, openDays: 60,
      text: [
        'Ihre Aufgaben: Sie kochen täglich drei Mittagsgerichte für 400 Gäste in einer Betriebskantine im Dresdner Norden, darunter immer ein vegetarisches Gericht.',
        'Ihr Profil: Eine Ausbildung als Koch oder Köchin, Erfahrung in der Gemeinschaftsverpflegung ist von Vorteil.',
        'Wir bieten: Arbeit von Montag bis Freitag, 6 bis 14:30 Uhr, keine Abend- und Wochenenddienste und ein Jobticket.',
      ],
    },
    {
      id: 'qa-063',
      title: 'Küchenhilfe (m/w/d) in Teilzeit',
      employer: 'Hotel Butterberg Hof',
      place: bischofswerda, category: 'hospitality', employmentType: 'part-time',
      salary: eur(13.5, 14.5, 'hour'), daysAgo: 10, openDays: 30,
      text: [
        'Ihre Aufgaben: Sie unterstützen unsere Köche beim Vorbereiten von Gemüse, Salaten und Beilagen, spülen und halten die Küche sauber.',
        'Ihr Profil: Erfahrung in der Küche ist schön, aber nicht nötig. Sie sind zuverlässig und arbeiten auch an Wochenenden.',
        'Wir bieten: 20 Stunden pro Woche, Essen im Dienst und ein freundliches Team.',
      ],
    },
    {
      id: 'qa-064',
      title: 'Servicekraft (m/w/d) auf Minijob-Basis',
      employer: 'Café am Schlossteich Pulsnitz',
      place: pulsnitz, category: 'hospitality', employmentType: 'mini-job',
      salary: eur(13.5, 13.5, 'hour'), daysAgo: 3, openDays: 40,
      text: [
        'Ihre Aufgaben: Sie bedienen unsere Gäste im Café und auf der Terrasse, beraten zu Kuchen und Pfefferkuchen und kassieren am Tisch.',
        'Ihr Profil: Freundlichkeit und Erfahrung im Service oder Lust, es zu lernen. Ideal als Nebenjob am Wochenende.',
        'Wir bieten: Einsätze samstags und sonntags, Trinkgeld, das Ihnen gehört, und ein Stück Kuchen nach jeder Schicht.',
      ],
    },
    {
      id: 'qa-065',
      title: 'Hotelfachfrau / Hotelfachmann (m/w/d) Rezeption',
      employer: 'Hotel Elbsegler Dresden',
      place: dresdenMitte, category: 'hospitality', employmentType: 'full-time',
      salary: eur(2600, 2900, 'month'), daysAgo: 11, openDays: 50,
      text: [
        'Ihre Aufgaben: Sie empfangen unsere Gäste aus aller Welt an der Rezeption, checken sie ein und aus, bearbeiten Reservierungen und geben Tipps für Dresden und die Region.',
        'Ihr Profil: Eine Ausbildung in der Hotellerie, gute Englischkenntnisse und Freude am Kontakt mit Menschen.',
        'Wir bieten: Einen Dienstplan vier Wochen im Voraus, Zuschläge für Nachtdienste, Vergünstigungen in Partnerhotels und ein Jobticket.',
      ],
    },
  ];
  return specs.map((spec) => build(now, spec));
}
