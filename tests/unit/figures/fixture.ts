/**
 * A small literal dataset with the real ids (facts.md), for unit tests and render snapshots.
 * Numbers follow facts.md; text is abbreviated.
 */
import type { Attribution, Category, Claim, Dataset, Figure, Status } from '../../../src/lib/schema.ts';

function source(id: string, publisher: string, title: string) {
  return {
    id,
    publisher,
    title,
    date: '2025',
    dateEstimated: false,
    url: `https://example.org/${id}`,
    alsoAt: [],
    kind: 'news' as const,
    language: 'en',
    reliability: 'Q' as const,
    reliabilityNote: 'Fixture source.',
  };
}

function place(id: string, en: string, region: string, coordinates: [number, number] | null) {
  return {
    id,
    name: { en, alt: [] },
    kind: 'city' as const,
    country: region.slice(0, 2),
    region,
    coordinates,
    coordinateConfidence: coordinates ? ('high' as const) : null,
  };
}

function fig(key: string, label: string, unit: string, asOf: string, v: Partial<Figure>): Figure {
  return { key, label, unit, asOf, approximate: false, ...v };
}

type ClaimInput = {
  id: string;
  date: string;
  dateEnd?: string;
  title: string;
  category: Category;
  claimant: string;
  attribution: Attribution;
  status: Status;
  sources: string[];
  places?: string[];
  figures?: Figure[];
  compareGroup?: string;
  reporter?: string | null;
  dateEstimated?: boolean;
};

function claim(c: ClaimInput): Claim {
  return {
    text: `${c.title}.`,
    places: [],
    figures: [],
    reporter: null,
    dateEstimated: false,
    ...c,
  };
}

export const fixtureDataset: Dataset = {
  meta: {
    title: 'Fixture dataset',
    version: '0.9.0',
    asOf: '2026-11-21',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    credit: 'Tumen, from sources cited per record',
    changelog: [{ version: '0.9.0', date: '2026-11-21', changes: ['Fixture.'], corrected: [] }],
  },
  sources: [
    source('S01', 'Russia Briefing', 'North Korea to open trade offices in Russia'),
    source('S02', 'Daily NK', 'North Korea preparing trade offices in Russia'),
    source('S07', 'NK News', 'North Korean soap maker seeks Russian trademark'),
    source('S15', 'DVnovosti', 'North Korean apples on sale in Khabarovsk'),
    source('S19', 'NK News', 'Podcast: Pyongyang trade fair'),
    source('S20', 'Daily NK', 'North Korean goods exhibition in Vladivostok'),
    source('S24', 'HUR', 'Statement on Alabuga recruitment'),
    source('S26', 'NHK', 'North Korea to send workers to Alabuga'),
    source('S28', 'TASS', 'Shoigu on Kursk help'),
    source('S39', 'NK News', 'North Korean entries into Russia'),
    source('S42', 'Verstka', 'FSB stops showing North Koreans'),
    source('S43', 'Mediazona', 'Study visas surge'),
    source('S44', 'NK News', 'Entries in 2023'),
    source('S46', 'RFA', 'Entries in 2024'),
    source('S48', 'BBC', 'North Korean workers in Russia'),
    source('S50', 'TASS', 'Ushakov on 2023 trade'),
    source('S51', 'NK News', 'Record trade in 2024'),
    source('S52', 'TASS', 'Kozlov on trade'),
    source('S53', 'Interfax', 'Ushakov on 2018 trade'),
    source('S54', 'Trade press', 'Customs data for 2020'),
    source('S62', 'Kremlin', 'Treaty signed'),
    source('S96', 'NK News', 'Pongsonhwa brand filing'),
    source('S98', 'RBC', 'Naegohyang trademark application'),
    source('S99', 'Regional news', 'Primorsky firms at Pyongyang fair'),
  ],
  places: [
    place('vladivostok', 'Vladivostok', 'RU-PRI', [131.89, 43.12]),
    place('khabarovsk', 'Khabarovsk', 'RU-KHA', [135.07, 48.48]),
    place('saint-petersburg', 'Saint Petersburg', 'RU-SPE', [30.32, 59.94]),
    place('moscow', 'Moscow', 'RU-MOW', [37.62, 55.76]),
    place('tatarstan', 'Tatarstan', 'RU-TA', null),
    place('alabuga-sez', 'Alabuga special economic zone', 'RU-TA', [52.2, 55.77]),
    place('kursk-oblast', 'Kursk Oblast', 'RU-KRS', null),
    place('pyongyang', 'Pyongyang', 'KP-01', [125.75, 39.03]),
  ],
  claims: [
    claim({ id: 'p6', date: '2022-10', title: 'North Korea prepares trade offices in six Russian areas', category: 'trade-office', claimant: 'Unnamed Pyongyang source', reporter: 'Daily NK', attribution: 'RA', status: 'reported', sources: ['S02'], places: ['vladivostok', 'saint-petersburg', 'moscow'], figures: [fig('offices', 'Planned trade offices', 'offices', '2022-10', { value: 6 })], compareGroup: 'trade-offices-2022' }),
    claim({ id: 'c078', date: '2022-10', dateEstimated: true, title: 'Offices planned in six areas, four cities named', category: 'trade-office', claimant: 'Unnamed Pyongyang source', reporter: 'Russia Briefing', attribution: 'RA', status: 'reported', sources: ['S01'], places: ['vladivostok', 'khabarovsk', 'saint-petersburg', 'moscow'], figures: [fig('offices', 'Planned trade offices', 'offices', '2022-10', { value: 6 })], compareGroup: 'trade-offices-2022' }),
    claim({ id: 'c086', date: '2022-10', dateEstimated: true, title: '20,000–50,000 North Korean workers could be invited', category: 'labour', claimant: 'Russia Briefing', attribution: 'AN', status: 'reported', sources: ['S01'], figures: [fig('workers', 'North Korean workers who could be invited', 'workers', '2022-10', { low: 20000, high: 50000 })], compareGroup: 'nk-workers-in-russia' }),
    claim({ id: 'p7', date: '2022-11-02', title: 'First freight train since 2020 crosses into North Korea', category: 'logistics', claimant: 'Far Eastern Railway', attribution: 'OFF', status: 'confirmed', sources: ['S53'] }),
    claim({ id: 't05', date: '2023-09-13', title: 'Kim and Putin meet at Vostochny Cosmodrome', category: 'diplomacy', claimant: 'Kremlin', attribution: 'OFF', status: 'confirmed', sources: ['S62'] }),
    claim({ id: 't08', date: '2024-02-05', title: 'Over 300 North Korean workers arrive in Vladivostok', category: 'labour', claimant: 'Cho Han-bum (KINU)', reporter: 'Chosun Ilbo', attribution: 'RN', status: 'reported', sources: ['S48'], figures: [fig('workers', 'Workers arriving by train', 'workers', '2024-02', { value: 300, qualifier: 'over' })], compareGroup: 'nk-workers-in-russia' }),
    claim({ id: 't11', date: '2024-03-28', title: 'Russia vetoes renewal of the UN Panel of Experts', category: 'sanctions', claimant: 'UN Security Council', attribution: 'OFF', status: 'confirmed', sources: ['S62'] }),
    claim({ id: 't13', date: '2024-06-19', title: 'Putin and Kim sign the strategic partnership treaty', category: 'diplomacy', claimant: 'Kremlin', attribution: 'OFF', status: 'confirmed', sources: ['S62'], places: ['pyongyang'] }),
    claim({ id: 't15', date: '2024-06-26', title: 'Ryongaksan Soap Factory trademark application recorded', category: 'trademark', claimant: 'Rospatent register', reporter: 'NK News', attribution: 'RN', status: 'confirmed', sources: ['S07'], places: ['tatarstan'] }),
    claim({ id: 't16', date: '2024-06-26', dateEnd: '2024-06-30', title: 'North Korean products exhibition in Vladivostok', category: 'goods', claimant: 'Daily NK', attribution: 'RN', status: 'confirmed', sources: ['S20'], places: ['vladivostok'], figures: [fig('companies', 'North Korean companies exhibiting', 'companies', '2024-06', { value: 70, approximate: true })] }),
    claim({ id: 't20', date: '2024-11', title: 'Primorsky firms at the Pyongyang autumn fair', category: 'trade-fair', claimant: 'Primorsky export-support centre', attribution: 'OFF', status: 'reported', sources: ['S99'], places: ['pyongyang'], figures: [fig('exhibitors', 'Primorsky exhibitors at the 2024 autumn fair', 'companies', '2024-11', { value: 20 })], compareGroup: 'fair-2024-primorsky-exhibitors' }),
    claim({ id: 'c041', date: '2025-11-18', dateEstimated: true, title: 'Primorsky sent several dozen exhibitors in 2024', category: 'trade-fair', claimant: 'Anton Sokolin (NK News)', attribution: 'RN', status: 'disputed', sources: ['S19'], figures: [fig('exhibitors', 'Primorsky exhibitors at the 2024 autumn fair', 'companies', '2024-11', { low: 24, high: 48, note: 'several dozen' })], compareGroup: 'fair-2024-primorsky-exhibitors' }),
    claim({ id: 't24', date: '2024-12-20', title: 'Naegohyang Trading applies for a trademark for kimchi, bread, alcohol and tobacco', category: 'trademark', claimant: 'Rospatent register', reporter: 'RBC', attribution: 'OFF', status: 'confirmed', sources: ['S98'] }),
    claim({ id: 't26', date: '2025-03', title: 'North Korean apples on sale at Remi in Khabarovsk', category: 'goods', claimant: 'DVnovosti', attribution: 'RN', status: 'confirmed', sources: ['S15'], places: ['khabarovsk'], figures: [fig('price', 'Price of North Korean apples', 'RUB/kg', '2025-03', { value: 169 })], compareGroup: 'apples' }),
    claim({ id: 't28', date: '2025-03', title: 'Rakrang Ponghwa files to register the Pongsonhwa brand', category: 'trademark', claimant: 'Rospatent register', reporter: 'NK News', attribution: 'RN', status: 'reported', sources: ['S96'], places: ['tatarstan'] }),
    claim({ id: 't31', date: '2025-06-17', title: 'Shoigu: 1,000 sappers and 5,000 military builders for Kursk', category: 'labour', claimant: 'Sergei Shoigu', attribution: 'OFF', status: 'reported', sources: ['S28'], places: ['kursk-oblast'], figures: [fig('sappers', 'Sappers for Kursk', 'people', '2025-06', { value: 1000 }), fig('builders', 'Military construction workers for Kursk', 'people', '2025-06', { value: 5000 })], compareGroup: 'kursk-personnel' }),
    claim({ id: 't33', date: '2025-06', title: 'NHK: 25,000 workers for the Alabuga drone plant', category: 'labour', claimant: 'Diplomatic sources', reporter: 'NHK', attribution: 'RN', status: 'reported', sources: ['S26'], places: ['alabuga-sez'], figures: [fig('workers', 'North Korean workers for Alabuga', 'workers', '2025-06', { value: 25000 })], compareGroup: 'alabuga-workers' }),
    claim({ id: 't40', date: '2025-08-12', title: 'About 15,000 North Koreans working in Russia', category: 'labour', claimant: 'South Korean intelligence', reporter: 'BBC', attribution: 'RN', status: 'reported', sources: ['S48'], figures: [fig('workers-now', 'North Koreans working in Russia', 'workers', '2025-08', { value: 15000, approximate: true }), fig('workers-year-end', 'Possible number by end of 2025', 'workers', '2025-12', { value: 50000, qualifier: 'up to' })], compareGroup: 'nk-workers-in-russia' }),
    claim({ id: 't44', date: '2025-10-27', dateEnd: '2025-10-31', title: 'Russian firms at the Pyongyang autumn fair', category: 'trade-fair', claimant: 'Anton Sokolin (NK News)', attribution: 'RN', status: 'reported', sources: ['S19'], places: ['pyongyang'], figures: [fig('russian-exhibitors', 'Russian exhibitors at the 2025 autumn fair', 'companies', '2025-10', { low: 7, high: 12, approximate: true })], compareGroup: 'fair-2025-russian-exhibitors' }),
    claim({ id: 't48', date: '2025-11-14', title: 'HUR: Russia plans to recruit about 12,000 workers for Alabuga', category: 'labour', claimant: "Ukraine's military intelligence (HUR)", attribution: 'CBP', status: 'reported', sources: ['S24'], places: ['alabuga-sez'], figures: [fig('workers', 'North Korean workers for Alabuga', 'workers', '2025-12', { value: 12000, qualifier: 'about' })], compareGroup: 'alabuga-workers' }),
    claim({ id: 'c070', date: '2025-11-18', dateEstimated: true, title: 'Kyiv says about 12,000 North Koreans will go to Alabuga', category: 'labour', claimant: "Ukraine's military intelligence (HUR)", reporter: 'NK News', attribution: 'CBP', status: 'reported', sources: ['S19'], places: ['alabuga-sez'], figures: [fig('workers', 'North Korean workers for Alabuga', 'workers', '2025-12', { value: 12000, qualifier: 'about' })], compareGroup: 'alabuga-workers' }),
    claim({ id: 't50', date: '2026-02', title: 'Party reportedly orders an industrial foothold in Russia', category: 'strategy', claimant: 'Unnamed Pyongyang source', reporter: 'The Asia Review', attribution: 'RA', status: 'reported', sources: ['S19'] }),
    // D1: entries into Russia
    claim({ id: 'd1-2019', date: '2019', title: 'North Korean entries into Russia, 2019', category: 'labour', claimant: 'FSB border statistics', reporter: 'RFA', attribution: 'OFF', status: 'confirmed', sources: ['S46'], figures: [fig('entries', 'Entries', 'entries', '2019', { value: 21000, approximate: true })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2023-q3', date: '2023-07', title: 'Entries, 2023 Q3', category: 'labour', claimant: 'FSB border statistics', reporter: 'NK News', attribution: 'OFF', status: 'confirmed', sources: ['S44'], figures: [fig('entries', 'Entries', 'entries', '2023-09', { value: 365 })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2024-q2', date: '2024-04', title: 'Entries, 2024 Q2', category: 'labour', claimant: 'FSB border statistics', reporter: 'Mediazona', attribution: 'OFF', status: 'confirmed', sources: ['S43'], figures: [fig('study', 'Entries to study', 'entries', '2024-06', { value: 332 })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2024-q3', date: '2024-07', title: 'Entries, 2024 Q3', category: 'labour', claimant: 'FSB border statistics', reporter: 'Mediazona', attribution: 'OFF', status: 'confirmed', sources: ['S43'], figures: [fig('entries', 'Entries', 'entries', '2024-09', { value: 5263 }), fig('study', 'Entries to study', 'entries', '2024-09', { value: 3765 })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2024', date: '2024', title: 'Entries, 2024', category: 'labour', claimant: 'FSB border statistics', reporter: 'RFA', attribution: 'OFF', status: 'confirmed', sources: ['S46'], figures: [fig('entries', 'Entries', 'entries', '2024', { value: 13221 }), fig('study', 'Entries to study', 'entries', '2024', { value: 7887 })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2025-q1', date: '2025-01', title: 'Entries, 2025 Q1', category: 'labour', claimant: 'FSB border statistics', reporter: 'NK News', attribution: 'OFF', status: 'confirmed', sources: ['S39'], figures: [fig('entries', 'Entries', 'entries', '2025-03', { value: 300, approximate: true }), fig('study', 'Entries to study', 'entries', '2025-03', { value: 3 })], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2025-q2', date: '2025-04', title: 'Entries, 2025 Q2: not published', category: 'labour', claimant: 'FSB border statistics', reporter: 'Verstka', attribution: 'RN', status: 'confirmed', sources: ['S42'], compareGroup: 'nk-entries' }),
    claim({ id: 'd1-2025-q3', date: '2025-07', title: 'Entries, 2025 Q3: not published', category: 'labour', claimant: 'FSB border statistics', reporter: 'Verstka', attribution: 'RN', status: 'confirmed', sources: ['S42'], compareGroup: 'nk-entries' }),
    // D2: trade turnover statements
    claim({ id: 'd2-2018', date: '2019-04', title: 'Ushakov: 2018 trade fell to $34 million', category: 'trade', claimant: 'Yuri Ushakov, Kremlin aide', attribution: 'OFF', status: 'confirmed', sources: ['S53'], figures: [fig('turnover', 'Trade turnover, 2018', 'USD', '2018', { value: 34000000 })], compareGroup: 'trade-turnover' }),
    claim({ id: 'd2-2020', date: '2021', title: 'Customs: 2020 trade $42.74 million', category: 'trade', claimant: 'Russian customs', reporter: 'Trade press', attribution: 'OFF', status: 'reported', sources: ['S54'], figures: [fig('turnover', 'Trade turnover, 2020', 'USD', '2020', { value: 42740000 })], compareGroup: 'trade-turnover' }),
    claim({ id: 'd2-2023-partial', date: '2023-11', title: 'Kozlov: over $28 million so far in 2023', category: 'trade', claimant: 'Alexander Kozlov, minister', attribution: 'OFF', status: 'reported', sources: ['S52'], figures: [fig('turnover', 'Trade turnover, January to about November 2023', 'USD', '2023-11', { value: 28000000, qualifier: 'over' })], compareGroup: 'trade-turnover' }),
    claim({ id: 'd2-2023', date: '2024-06-17', title: 'Ushakov: 2023 trade $34.4 million, ninefold up', category: 'trade', claimant: 'Yuri Ushakov, Kremlin aide', attribution: 'OFF', status: 'confirmed', sources: ['S50'], figures: [fig('turnover', 'Trade turnover, 2023', 'USD', '2023', { value: 34400000 })], compareGroup: 'trade-turnover' }),
    claim({ id: 'd2-2024', date: '2025-06-10', title: 'Nikiforov: record $34 million in 2024', category: 'trade', claimant: 'Evgeniy Nikiforov, exporters association', attribution: 'RN', status: 'reported', sources: ['S51'], figures: [fig('turnover', 'Trade turnover, 2024', 'USD', '2024', { value: 34000000 })], compareGroup: 'trade-turnover' }),
  ],
};
