/**
 * The nine partners of the Wachstumsregion Dresden as sample data.
 * Bernsdorf is deliberately missing: adding it is the demonstration that a new
 * partner is a change of data, not a new release of the widgets.
 */

export interface SamplePartner {
  id: string;
  name: string;
  kind: 'city' | 'town' | 'district';
  lat: number;
  lon: number;
  /** Id of the containing district partner (only when that district is a partner too). */
  district?: string;
  website: string;
  contact: { office: string; email: string; phone?: string };
  description?: { de: string; en?: string };
  /** Server-only: web origins allowed to send inquiries for this partner. Never expose publicly. */
  origins: string[];
}

export const samplePartners: SamplePartner[] = [
  {
    id: 'dresden',
    name: 'Dresden',
    kind: 'city',
    lat: 51.05,
    lon: 13.737,
    website: 'https://www.dresden.de',
    contact: {
      office: 'Amt für Wirtschaftsförderung der Landeshauptstadt Dresden',
      email: 'wirtschaftsfoerderung@dresden.de',
      phone: '+49 351 488-8701',
    },
    description: {
      de: 'Die sächsische Landeshauptstadt verbindet Hochschulen, Forschungsinstitute und eine starke Mikroelektronik- und Softwarebranche mit Kultur an der Elbe. Wer in Dresden arbeitet, kann im Umland wohnen und mit S-Bahn oder Regionalzug pendeln – oder in der Stadt wohnen und in einer der Partnerstädte arbeiten.',
      en: 'The Saxon state capital combines universities, research institutes and a strong microelectronics and software sector with culture on the Elbe. People who work in Dresden can live in the surrounding towns and commute by S-Bahn or regional train – or live in the city and work in one of the partner towns.',
    },
    origins: ['https://www.dresden.de', 'https://dresden.de'],
  },
  {
    id: 'grossenhain',
    name: 'Großenhain',
    kind: 'town',
    lat: 51.29,
    lon: 13.533,
    website: 'https://www.grossenhain.de',
    contact: {
      office: 'Wirtschaftsförderung der Großen Kreisstadt Großenhain',
      email: 'wirtschaftsfoerderung@grossenhain.de',
      phone: '+49 3522 304-0',
    },
    description: {
      de: 'Die Große Kreisstadt im Norden der Region bietet bezahlbaren Wohnraum, ein großes Industrie- und Gewerbegebiet am ehemaligen Flugplatz und kurze Wege ins Grüne. Regionalzüge fahren direkt nach Dresden, die Fahrt dauert rund 35 Minuten.',
      en: 'This district town in the north of the region offers affordable housing, a large industrial estate on the former airfield and short distances to the countryside. Regional trains run directly to Dresden in about 35 minutes.',
    },
    origins: ['https://www.grossenhain.de', 'https://grossenhain.de'],
  },
  {
    id: 'landkreis-bautzen',
    name: 'Landkreis Bautzen',
    kind: 'district',
    lat: 51.181,
    lon: 14.424,
    website: 'https://www.landkreis-bautzen.de',
    contact: {
      office: 'Wirtschaftsförderung im Landratsamt Bautzen',
      email: 'wirtschaftsfoerderung@landkreis-bautzen.de',
      phone: '+49 3591 5251-0',
    },
    description: {
      de: 'Der Landkreis Bautzen reicht vom Stadtrand Dresdens bis ins Lausitzer Seenland und vereint Industrie, Handwerk und Tourismus. Die Kreisstadt Bautzen mit ihrer historischen Altstadt ist zweisprachig deutsch-sorbisch und über die Bahnstrecke nach Görlitz und die A4 gut mit Dresden verbunden.',
      en: 'The district of Bautzen reaches from the edge of Dresden to the Lusatian Lake District and combines industry, crafts and tourism. Its seat Bautzen, with a historic old town, is bilingual German and Sorbian and well connected to Dresden by the Görlitz railway line and the A4 motorway.',
    },
    origins: ['https://www.landkreis-bautzen.de', 'https://landkreis-bautzen.de'],
  },
  {
    id: 'pulsnitz',
    name: 'Pulsnitz',
    kind: 'town',
    lat: 51.184,
    lon: 14.013,
    district: 'landkreis-bautzen',
    website: 'https://www.pulsnitz.de',
    contact: {
      office: 'Wirtschaftsförderung der Stadt Pulsnitz',
      email: 'wirtschaft@pulsnitz.de',
      phone: '+49 35955 861-0',
    },
    description: {
      de: 'Die Pfefferkuchenstadt Pulsnitz liegt am Rand der Westlausitz zwischen Wäldern und Feldern. Ein Bahnhof mit direkter Verbindung nach Dresden und Kamenz sowie viele mittelständische Betriebe machen sie attraktiv für Familien und Pendler.',
      en: 'Pulsnitz, the gingerbread town, lies on the edge of the Western Lusatian hills between woods and fields. A station with direct trains to Dresden and Kamenz and many medium-sized businesses make it attractive for families and commuters.',
    },
    origins: ['https://www.pulsnitz.de', 'https://pulsnitz.de'],
  },
  {
    id: 'radeburg',
    name: 'Radeburg',
    kind: 'town',
    lat: 51.216,
    lon: 13.724,
    website: 'https://www.radeburg.de',
    contact: {
      office: 'Wirtschaftsförderung der Stadt Radeburg',
      email: 'wirtschaft@radeburg.de',
      phone: '+49 35208 961-0',
    },
    description: {
      de: 'Die Zillestadt Radeburg am Rand der Moritzburger Teichlandschaft bietet ruhiges Wohnen im Grünen und Bauland für Familien. Über die nahe A13 ist Dresden mit dem Auto in rund einer halben Stunde erreichbar, Busse verbinden die Stadt mit Dresden.',
      en: 'Radeburg, birthplace of Heinrich Zille on the edge of the Moritzburg pond landscape, offers quiet living in the countryside and building land for families. Dresden is about half an hour away by car via the nearby A13 motorway, and buses connect the town with Dresden.',
    },
    origins: ['https://www.radeburg.de', 'https://radeburg.de'],
  },
  {
    id: 'radeberg',
    name: 'Radeberg',
    kind: 'town',
    lat: 51.115,
    lon: 13.912,
    district: 'landkreis-bautzen',
    website: 'https://www.radeberg.de',
    contact: {
      office: 'Wirtschaftsförderung der Großen Kreisstadt Radeberg',
      email: 'wirtschaftsfoerderung@radeberg.de',
      phone: '+49 3528 450-0',
    },
    description: {
      de: 'Radeberg liegt direkt vor den Toren Dresdens an der Dresdner Heide und hat eine lange Industrie- und Elektroniktradition. Mit dem Zug ist man in rund 20 Minuten in Dresden – ideal für alle, die in der Stadt arbeiten und im Grünen wohnen möchten.',
      en: 'Radeberg lies right at the gates of Dresden next to the Dresden Heath and has a long tradition in industry and electronics. The train reaches Dresden in about 20 minutes – ideal for anyone who works in the city and wants to live in the green.',
    },
    origins: ['https://www.radeberg.de', 'https://radeberg.de'],
  },
  {
    id: 'grossroehrsdorf',
    name: 'Großröhrsdorf',
    kind: 'town',
    lat: 51.145,
    lon: 14.02,
    district: 'landkreis-bautzen',
    website: 'https://www.grossroehrsdorf.de',
    contact: {
      office: 'Wirtschaftsförderung der Stadt Großröhrsdorf',
      email: 'wirtschaft@grossroehrsdorf.de',
      phone: '+49 35952 283-0',
    },
    description: {
      de: 'Großröhrsdorf im Rödertal hat eine lange Tradition im Textilgewerbe und heute einen starken Mittelstand in Metall- und Kunststoffverarbeitung. Die Stadt liegt an der Bahnstrecke Dresden–Kamenz und bietet Wohnen im Grünen nahe dem Waldgebiet Massenei.',
      en: 'Großröhrsdorf in the Röder valley has a long textile tradition and today a strong base of medium-sized metal and plastics companies. The town lies on the Dresden–Kamenz railway line and offers green living close to the Massenei forest.',
    },
    origins: ['https://www.grossroehrsdorf.de', 'https://grossroehrsdorf.de'],
  },
  {
    id: 'kamenz',
    name: 'Kamenz',
    kind: 'town',
    lat: 51.269,
    lon: 14.094,
    district: 'landkreis-bautzen',
    website: 'https://www.kamenz.de',
    contact: {
      office: 'Amt für Wirtschaftsförderung der Großen Kreisstadt Kamenz',
      email: 'wirtschaftsfoerderung@kamenz.de',
      phone: '+49 3578 379-0',
    },
    description: {
      de: 'Die Lessingstadt Kamenz verbindet eine historische Altstadt mit modernen Industriebetrieben und wachsenden Gewerbegebieten. Züge fahren direkt nach Dresden, und die Wege zu Kita, Schule und Natur sind kurz.',
      en: 'Kamenz, the town of Lessing, combines a historic old town with modern industry and growing business parks. Trains run directly to Dresden, and nurseries, schools and nature are close by.',
    },
    origins: ['https://www.kamenz.de', 'https://kamenz.de'],
  },
  {
    id: 'hoyerswerda',
    name: 'Hoyerswerda',
    kind: 'town',
    lat: 51.438,
    lon: 14.245,
    district: 'landkreis-bautzen',
    website: 'https://www.hoyerswerda.de',
    contact: {
      office: 'Wirtschaftsförderung der Stadt Hoyerswerda',
      email: 'wirtschaftsfoerderung@hoyerswerda.de',
      phone: '+49 3571 456-0',
    },
    description: {
      de: 'Hoyerswerda liegt mitten im Lausitzer Seenland, das aus ehemaligen Tagebauen entstanden ist. Die Stadt bietet günstigen Wohnraum, gute Kinderbetreuung und neue Arbeitsplätze im Strukturwandel der Lausitz; Regionalzüge fahren direkt nach Dresden.',
      en: 'Hoyerswerda lies in the heart of the Lusatian Lake District, created from former open-cast mines. The town offers affordable housing, good childcare and new jobs in the structural change of Lusatia; regional trains run directly to Dresden.',
    },
    origins: ['https://www.hoyerswerda.de', 'https://hoyerswerda.de'],
  },
];
