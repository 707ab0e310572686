// A small energy-facility catalogue: a substation, a generation plant and an office building.
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
    get DEMO_ASSETS () {
        return DEMO_ASSETS;
    },
    get DEMO_CATEGORIES () {
        return DEMO_CATEGORIES;
    },
    get DEMO_LOCATIONS () {
        return DEMO_LOCATIONS;
    },
    get DEMO_MODELS () {
        return DEMO_MODELS;
    }
});
const DEMO_LOCATIONS = [
    {
        name: 'Northgate Substation',
        type: 'OTHER',
        children: [
            {
                name: 'Control building',
                type: 'BUILDING',
                children: [
                    {
                        name: 'Ground floor',
                        type: 'LEVEL',
                        children: [
                            {
                                name: 'Relay room',
                                type: 'SPACE'
                            },
                            {
                                name: 'Battery room',
                                type: 'SPACE'
                            }
                        ]
                    }
                ]
            },
            {
                name: '132 kV yard',
                type: 'OTHER',
                children: [
                    {
                        name: 'Bay 1',
                        type: 'SPACE'
                    },
                    {
                        name: 'Bay 2',
                        type: 'SPACE'
                    }
                ]
            }
        ]
    },
    {
        name: 'Riverside Generation Plant',
        type: 'OTHER',
        children: [
            {
                name: 'Inverter station A',
                type: 'BUILDING',
                children: [
                    {
                        name: 'Level 0',
                        type: 'LEVEL',
                        children: [
                            {
                                name: 'Inverter hall',
                                type: 'SPACE'
                            }
                        ]
                    }
                ]
            },
            {
                name: 'Pump house',
                type: 'BUILDING',
                children: [
                    {
                        name: 'Ground level',
                        type: 'LEVEL',
                        children: [
                            {
                                name: 'Pump room',
                                type: 'SPACE'
                            }
                        ]
                    }
                ]
            },
            {
                name: 'Spares warehouse',
                type: 'WAREHOUSE'
            }
        ]
    },
    {
        name: 'Harbour Office Building',
        type: 'BUILDING',
        children: [
            {
                name: 'Basement',
                type: 'LEVEL',
                children: [
                    {
                        name: 'Plant room',
                        type: 'SPACE'
                    },
                    {
                        name: 'Main switchboard room',
                        type: 'SPACE'
                    }
                ]
            },
            {
                name: 'Level 1',
                type: 'LEVEL',
                children: [
                    {
                        name: 'Open office',
                        type: 'SPACE'
                    }
                ]
            },
            {
                name: 'Roof',
                type: 'LEVEL',
                children: [
                    {
                        name: 'Rooftop plant',
                        type: 'SPACE'
                    }
                ]
            }
        ]
    }
];
const DEMO_CATEGORIES = [
    [
        'Electrical equipment',
        'bolt',
        null
    ],
    [
        'Transformers',
        'bolt',
        'Electrical equipment'
    ],
    [
        'Switchgear',
        'panel',
        'Electrical equipment'
    ],
    [
        'Circuit breakers',
        'toggle',
        'Electrical equipment'
    ],
    [
        'Energy meters',
        'gauge',
        'Electrical equipment'
    ],
    [
        'Generation',
        'solar',
        null
    ],
    [
        'Inverters',
        'solar',
        'Generation'
    ],
    [
        'Mechanical equipment',
        'gear',
        null
    ],
    [
        'Pumps',
        'water',
        'Mechanical equipment'
    ],
    [
        'HVAC',
        'fan',
        'Mechanical equipment'
    ],
    [
        'Chillers',
        'snowflake',
        'HVAC'
    ],
    [
        'Air handling',
        'fan',
        'HVAC'
    ]
];
const DEMO_MODELS = [
    [
        'ABB',
        'RESIBLOC 2500 kVA',
        'Transformers',
        '48500.00'
    ],
    [
        'Siemens',
        'GEAFOL 1600 kVA',
        'Transformers',
        '36200.00'
    ],
    [
        'ABB',
        'UniGear ZS1',
        'Switchgear',
        '61000.00'
    ],
    [
        'Siemens',
        '8DJH',
        'Switchgear',
        '27400.00'
    ],
    [
        'Schneider Electric',
        'Masterpact MTZ2',
        'Circuit breakers',
        '9800.00'
    ],
    [
        'ABB',
        'Emax 2 E2.2',
        'Circuit breakers',
        '8700.00'
    ],
    [
        'SMA',
        'Sunny Central 2500-EV',
        'Inverters',
        '98000.00'
    ],
    [
        'SMA',
        'Sunny Tripower 25000TL',
        'Inverters',
        '4200.00'
    ],
    [
        'Schneider Electric',
        'PowerLogic ION9000',
        'Energy meters',
        '5400.00'
    ],
    [
        'Siemens',
        'SENTRON PAC4200',
        'Energy meters',
        '1100.00'
    ],
    [
        'Grundfos',
        'CR 32-4',
        'Pumps',
        '6900.00'
    ],
    [
        'Grundfos',
        'NB 65-200',
        'Pumps',
        '5300.00'
    ],
    [
        'Carrier',
        'AquaEdge 19DV',
        'Chillers',
        '185000.00'
    ],
    [
        'Carrier',
        '39HQ',
        'Air handling',
        '42000.00'
    ]
];
const SUB_RELAY = [
    'Northgate Substation',
    'Control building',
    'Ground floor',
    'Relay room'
];
const INVERTER_HALL = [
    'Riverside Generation Plant',
    'Inverter station A',
    'Level 0',
    'Inverter hall'
];
const PUMP_ROOM = [
    'Riverside Generation Plant',
    'Pump house',
    'Ground level',
    'Pump room'
];
const ROOFTOP = [
    'Harbour Office Building',
    'Roof',
    'Rooftop plant'
];
const MSB_ROOM = [
    'Harbour Office Building',
    'Basement',
    'Main switchboard room'
];
const PLANT_ROOM = [
    'Harbour Office Building',
    'Basement',
    'Plant room'
];
const DEMO_ASSETS = [
    {
        code: '100001',
        name: 'Power transformer TR-1',
        model: [
            'ABB',
            'RESIBLOC 2500 kVA'
        ],
        location: [
            'Northgate Substation',
            '132 kV yard',
            'Bay 1'
        ],
        serial: 'ABB-TR-88121',
        description: '33/11 kV step-down, ONAN.'
    },
    {
        code: '100002',
        name: 'Power transformer TR-2',
        model: [
            'ABB',
            'RESIBLOC 2500 kVA'
        ],
        location: [
            'Northgate Substation',
            '132 kV yard',
            'Bay 2'
        ],
        serial: 'ABB-TR-88122'
    },
    {
        code: '100003',
        name: 'MV switchgear SWG-11',
        model: [
            'ABB',
            'UniGear ZS1'
        ],
        location: SUB_RELAY,
        serial: 'UG-55310',
        description: '11 kV, 12 panels.'
    },
    {
        code: '100004',
        name: 'Incomer breaker Q1',
        model: [
            'ABB',
            'Emax 2 E2.2'
        ],
        location: SUB_RELAY,
        serial: 'E2-400187',
        parent: '100003'
    },
    {
        code: '100005',
        name: 'Feeder breaker Q2',
        model: [
            'ABB',
            'Emax 2 E2.2'
        ],
        location: SUB_RELAY,
        serial: 'E2-400188',
        parent: '100003',
        state: 'MAINTENANCE'
    },
    {
        code: '100006',
        name: 'Revenue meter M-01',
        model: [
            'Schneider Electric',
            'PowerLogic ION9000'
        ],
        location: SUB_RELAY,
        serial: 'ION-9K-2231'
    },
    {
        code: '100007',
        name: 'Drainage pump SP-1',
        model: [
            'Grundfos',
            'NB 65-200'
        ],
        location: [
            'Northgate Substation',
            'Control building',
            'Ground floor',
            'Battery room'
        ],
        serial: 'GF-NB-7710'
    },
    {
        code: '100101',
        name: 'Central inverter INV-A1',
        model: [
            'SMA',
            'Sunny Central 2500-EV'
        ],
        location: INVERTER_HALL,
        serial: 'SC-25-00941'
    },
    {
        code: '100102',
        name: 'Central inverter INV-A2',
        model: [
            'SMA',
            'Sunny Central 2500-EV'
        ],
        location: INVERTER_HALL,
        serial: 'SC-25-00942',
        state: 'REPAIR',
        description: 'IGBT fault on phase B.'
    },
    {
        code: '100103',
        name: 'String inverter INV-S1',
        model: [
            'SMA',
            'Sunny Tripower 25000TL'
        ],
        location: INVERTER_HALL,
        serial: 'STP-25-31877'
    },
    {
        code: '100104',
        name: 'Step-up transformer TR-A',
        model: [
            'Siemens',
            'GEAFOL 1600 kVA'
        ],
        location: INVERTER_HALL,
        serial: 'SIE-GF-40221'
    },
    {
        code: '100105',
        name: 'Export meter M-101',
        model: [
            'Siemens',
            'SENTRON PAC4200'
        ],
        location: INVERTER_HALL,
        serial: 'PAC-4200-1187'
    },
    {
        code: '100106',
        name: 'Cooling water pump P-101',
        model: [
            'Grundfos',
            'CR 32-4'
        ],
        location: PUMP_ROOM,
        serial: 'GF-CR-12001'
    },
    {
        code: '100107',
        name: 'Cooling water pump P-102',
        model: [
            'Grundfos',
            'CR 32-4'
        ],
        location: PUMP_ROOM,
        serial: 'GF-CR-12002',
        state: 'OUT_OF_SERVICE'
    },
    {
        code: '100108',
        name: 'Spare breaker MTZ2',
        model: [
            'Schneider Electric',
            'Masterpact MTZ2'
        ],
        location: [
            'Riverside Generation Plant',
            'Spares warehouse'
        ],
        serial: 'MTZ-77810'
    },
    {
        code: '100201',
        name: 'Chiller CH-1',
        model: [
            'Carrier',
            'AquaEdge 19DV'
        ],
        location: ROOFTOP,
        serial: 'CA-19DV-5501'
    },
    {
        code: '100202',
        name: 'Chiller CH-2',
        model: [
            'Carrier',
            'AquaEdge 19DV'
        ],
        location: ROOFTOP,
        serial: 'CA-19DV-5502',
        state: 'MAINTENANCE'
    },
    {
        code: '100203',
        name: 'Air handling unit AHU-1',
        model: [
            'Carrier',
            '39HQ'
        ],
        location: ROOFTOP,
        serial: 'CA-39HQ-0310'
    },
    {
        code: '100204',
        name: 'Main switchboard MSB',
        model: [
            'Siemens',
            '8DJH'
        ],
        location: MSB_ROOM,
        serial: 'SIE-8DJH-2290'
    },
    {
        code: '100205',
        name: 'Main breaker QF-0',
        model: [
            'Schneider Electric',
            'Masterpact MTZ2'
        ],
        location: MSB_ROOM,
        serial: 'MTZ-77811',
        parent: '100204'
    },
    {
        code: '100206',
        name: 'Building meter M-201',
        model: [
            'Siemens',
            'SENTRON PAC4200'
        ],
        location: MSB_ROOM,
        serial: 'PAC-4200-1190'
    },
    {
        code: '100207',
        name: 'Chilled water pump CHWP-1',
        model: [
            'Grundfos',
            'NB 65-200'
        ],
        location: PLANT_ROOM,
        serial: 'GF-NB-7801'
    },
    {
        code: '100208',
        name: 'Chilled water pump CHWP-2',
        model: [
            'Grundfos',
            'NB 65-200'
        ],
        location: PLANT_ROOM,
        serial: 'GF-NB-7802',
        state: 'OBSOLETE'
    }
];
