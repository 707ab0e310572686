// Vocabulary of the generated benchmark catalogue. Row g (1..N) takes its family from
// g % 10, so each family word ("pump") is in exactly 10% of the names ("Main pump PMP-00010"), and a rare word
// (three syllables out of 32^3 combinations) so each such word is in about N / 32768
// descriptions (about 30 rows for a million).
"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get AREAS () {
        return AREAS;
    },
    get BRANDS () {
        return BRANDS;
    },
    get BUILDINGS () {
        return BUILDINGS;
    },
    get BULK_CODE_BASE () {
        return BULK_CODE_BASE;
    },
    get BULK_CODE_HIGH () {
        return BULK_CODE_HIGH;
    },
    get BULK_CODE_LOW () {
        return BULK_CODE_LOW;
    },
    get BULK_ROOT_LOCATION () {
        return BULK_ROOT_LOCATION;
    },
    get FAMILIES () {
        return FAMILIES;
    },
    get LEVELS () {
        return LEVELS;
    },
    get MODELS_PER_FAMILY () {
        return MODELS_PER_FAMILY;
    },
    get QUALIFIERS () {
        return QUALIFIERS;
    },
    get SPACES_PER_LEVEL () {
        return SPACES_PER_LEVEL;
    },
    get SYLLABLES () {
        return SYLLABLES;
    },
    get rareWordOf () {
        return rareWordOf;
    },
    get sqlTextArray () {
        return sqlTextArray;
    }
});
const BULK_CODE_BASE = 500_000_000_000; // internal codes 500000000001.. (12 digits)
const BULK_CODE_LOW = '500000000000';
const BULK_CODE_HIGH = '599999999999';
const BULK_ROOT_LOCATION = 'Benchmark campus';
const MODELS_PER_FAMILY = 50;
const BUILDINGS = 10;
const LEVELS = 5;
const SPACES_PER_LEVEL = 20;
const FAMILIES = [
    [
        'Pump',
        'Pumps',
        'water',
        'PMP'
    ],
    [
        'Transformer',
        'Transformers',
        'bolt',
        'TRF'
    ],
    [
        'Breaker',
        'Circuit breakers',
        'toggle',
        'CBK'
    ],
    [
        'Inverter',
        'Inverters',
        'solar',
        'INV'
    ],
    [
        'Meter',
        'Energy meters',
        'gauge',
        'MTR'
    ],
    [
        'Chiller',
        'Chillers',
        'snowflake',
        'CHL'
    ],
    [
        'Fan coil',
        'Air handling',
        'fan',
        'FCU'
    ],
    [
        'Valve',
        'Valves',
        'valve',
        'VLV'
    ],
    [
        'Switchgear',
        'Switchgear',
        'panel',
        'SWG'
    ],
    [
        'Compressor',
        'Compressors',
        'compress',
        'CMP'
    ]
];
const BRANDS = [
    'ABB',
    'Siemens',
    'Schneider Electric',
    'SMA',
    'Grundfos',
    'Carrier',
    'Eaton',
    'Danfoss',
    'Hitachi Energy',
    'WEG',
    'Trane',
    'Landis+Gyr'
];
const QUALIFIERS = [
    'Main',
    'Standby',
    'North',
    'South',
    'East',
    'West',
    'Auxiliary',
    'Primary',
    'Secondary',
    'Spare',
    'Upper',
    'Lower',
    'Inlet',
    'Outlet',
    'Central',
    'Remote'
];
const AREAS = [
    'cooling loop A',
    'feeder 3',
    'main hall',
    'roof plant',
    'north wing',
    'boiler room',
    'substation bay',
    'control room'
];
const SYLLABLES = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'ta',
    'vo',
    'xi',
    'be',
    'du',
    'fe',
    'go',
    'hi',
    'ju',
    'pe',
    'qu',
    'sa',
    'ti',
    'wa',
    'yo',
    'za',
    'ce',
    'di',
    'fo',
    'gu',
    'le',
    'mo',
    'nu',
    'ri',
    'so',
    'tu',
    've'
];
function rareWordOf(g) {
    const w = Number(BigInt(g) * 2654435761n % 32768n);
    return SYLLABLES[Math.floor(w / 1024)] + SYLLABLES[Math.floor(w / 32) % 32] + SYLLABLES[w % 32];
}
function sqlTextArray(values) {
    return `array[${values.map((v)=>`'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
}
