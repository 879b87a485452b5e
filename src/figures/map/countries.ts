/**
 * The countries the map draws (ISO 3166-1 alpha-3, as in Natural Earth), cropped to what the story
 * needs: Russia's neighbours, the Koreas, China, Japan, Ukraine. Everything else is left out to save bytes.
 */
export type MapCountry = { a3: string; name: string; /** Show a label on the static map. */ labelled: boolean };

export const MAP_COUNTRIES: MapCountry[] = [
  { a3: 'RUS', name: 'Russia', labelled: true },
  { a3: 'PRK', name: 'North Korea', labelled: true },
  { a3: 'KOR', name: 'South Korea', labelled: false },
  { a3: 'CHN', name: 'China', labelled: true },
  { a3: 'MNG', name: 'Mongolia', labelled: true },
  { a3: 'JPN', name: 'Japan', labelled: true },
  { a3: 'KAZ', name: 'Kazakhstan', labelled: true },
  { a3: 'UKR', name: 'Ukraine', labelled: true },
  { a3: 'BLR', name: 'Belarus', labelled: false },
  { a3: 'FIN', name: 'Finland', labelled: false },
  { a3: 'NOR', name: 'Norway', labelled: false },
  { a3: 'SWE', name: 'Sweden', labelled: false },
  { a3: 'EST', name: 'Estonia', labelled: false },
  { a3: 'LVA', name: 'Latvia', labelled: false },
  { a3: 'LTU', name: 'Lithuania', labelled: false },
  { a3: 'POL', name: 'Poland', labelled: false },
  { a3: 'MDA', name: 'Moldova', labelled: false },
  { a3: 'ROU', name: 'Romania', labelled: false },
  { a3: 'GEO', name: 'Georgia', labelled: false },
  { a3: 'ARM', name: 'Armenia', labelled: false },
  { a3: 'AZE', name: 'Azerbaijan', labelled: false },
  { a3: 'UZB', name: 'Uzbekistan', labelled: false },
  { a3: 'KGZ', name: 'Kyrgyzstan', labelled: false },
  { a3: 'TKM', name: 'Turkmenistan', labelled: false },
  { a3: 'TJK', name: 'Tajikistan', labelled: false },
];
