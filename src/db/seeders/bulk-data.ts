// Vocabulary of the generated benchmark catalogue. Row g (1..N) takes its family from
// g % 10, so each family word ("pump") is in exactly 10% of the names ("B03-R214 Main pump PMP-00010"), and a rare word
// (three syllables out of 32^3 combinations) so each such word is in about N / 32768
// descriptions (about 30 rows for a million).

export const BULK_CODE_BASE = 500_000_000_000; // internal codes 500000000001.. (12 digits)
export const BULK_CODE_LOW = '500000000000';
export const BULK_CODE_HIGH = '599999999999';
export const BULK_ROOT_LOCATION = 'Benchmark campus';
export const MODELS_PER_FAMILY = 50;
export const BUILDINGS = 10;
export const LEVELS = 5;
export const SPACES_PER_LEVEL = 20;

/** [asset name word, category, icon, model code] */
export const FAMILIES: Array<[string, string, string, string]> = [
  ['Pump', 'Pumps', 'water', 'PMP'],
  ['Transformer', 'Transformers', 'bolt', 'TRF'],
  ['Breaker', 'Circuit breakers', 'toggle', 'CBK'],
  ['Inverter', 'Inverters', 'solar', 'INV'],
  ['Meter', 'Energy meters', 'gauge', 'MTR'],
  ['Chiller', 'Chillers', 'snowflake', 'CHL'],
  ['Fan coil', 'Air handling', 'fan', 'FCU'],
  ['Valve', 'Valves', 'valve', 'VLV'],
  ['Switchgear', 'Switchgear', 'panel', 'SWG'],
  ['Compressor', 'Compressors', 'compress', 'CMP'],
];

export const BRANDS = [
  'ABB', 'Siemens', 'Schneider Electric', 'SMA', 'Grundfos', 'Carrier',
  'Eaton', 'Danfoss', 'Hitachi Energy', 'WEG', 'Trane', 'Landis+Gyr',
];

export const QUALIFIERS = ['Main', 'Standby', 'North', 'South', 'East', 'West', 'Auxiliary', 'Primary', 'Secondary', 'Spare', 'Upper', 'Lower', 'Inlet', 'Outlet', 'Central', 'Remote'];

export const AREAS = ['cooling loop A', 'feeder 3', 'main hall', 'roof plant', 'north wing', 'boiler room', 'substation bay', 'control room'];

/** 32 syllables without "pu", "um" or "mp", so no rare word contains a family word. */
export const SYLLABLES = [
  'ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'xi', 'be', 'du', 'fe', 'go', 'hi', 'ju', 'pe', 'qu',
  'sa', 'ti', 'wa', 'yo', 'za', 'ce', 'di', 'fo', 'gu', 'le', 'mo', 'nu', 'ri', 'so', 'tu', 've',
];

/** The rare word of row g, computed like the SQL does (to pick benchmark terms). */
export function rareWordOf(g: number): string {
  const w = Number((BigInt(g) * 2654435761n) % 32768n);
  return SYLLABLES[Math.floor(w / 1024)]! + SYLLABLES[Math.floor(w / 32) % 32]! + SYLLABLES[w % 32]!;
}

export function sqlTextArray(values: string[]): string {
  return `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
}
