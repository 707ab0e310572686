import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { writePlanImage } from '../../modules/floor-plans/plan-image.storage';

// The demo's floor plan of Northgate Substation (an SVG drawn here), a viewer with pins on
// its equipment, a notice and three work orders — enough to try every screen. Idempotent:
// nothing is added when the plan already exists.

const PLAN_NAME = 'Northgate Substation - site layout';
const WIDTH = 1200;
const HEIGHT = 800;

const PINS: Array<[code: string, x: number, y: number, w: number, h: number, color: string, note: string]> = [
  ['100001', 300, 220, 0, 0, '#FF0000', 'Bay 1, north side'],
  ['100002', 300, 520, 0, 0, '#FF0000', 'Bay 2, south side'],
  ['100003', 760, 300, 260, 140, '#1F77B4', 'Switchgear line-up in the relay room'],
  ['100006', 1060, 330, 0, 0, '#2CA02C', 'Revenue metering panel'],
  ['100007', 980, 600, 0, 0, '#FF7F0E', 'Battery room sump'],
];

function siteSvg(): string {
  const box = (x: number, y: number, w: number, h: number, label: string, fill: string) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" stroke="#333" stroke-width="3"/>` +
    `<text x="${x + 12}" y="${y + 30}" font-family="sans-serif" font-size="22" fill="#222">${label}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f4f1ea"/>`,
    box(60, 80, 480, 640, '132 kV yard', '#e3e8d8'),
    box(100, 140, 400, 220, 'Bay 1', '#d5dcc6'),
    box(100, 440, 400, 220, 'Bay 2', '#d5dcc6'),
    box(640, 80, 500, 640, 'Control building', '#e8e4f0'),
    box(680, 220, 420, 260, 'Relay room', '#dcd6ea'),
    box(880, 520, 220, 160, 'Battery room', '#dcd6ea'),
    '<path d="M540 250 H680 M540 550 H600 V400 H680" stroke="#555" stroke-width="6" fill="none"/>',
    '<text x="60" y="40" font-family="sans-serif" font-size="28" fill="#111">Northgate Substation</text>',
    '</svg>',
  ].join('');
}

export interface DemoPlanResult {
  floorPlans: number;
  pins: number;
  workOrders: number;
  notices: number;
}

/** Needs the demo catalogue (seedDemo) and a user to act as requester and technician. */
export async function seedDemoPlansAndOrders(em: EntityManager, config: Config, userId: number): Promise<DemoPlanResult> {
  const result: DemoPlanResult = { floorPlans: 0, pins: 0, workOrders: 0, notices: 0 };
  const existing = await em.getConnection().execute('select 1 from activos_plano where name = ?', [PLAN_NAME]);
  if (existing.length) return result;
  const image = await writePlanImage(config, Buffer.from(siteSvg()), 'svg');

  await em.transactional(async (tx) => {
    const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => tx.execute<T[]>(sql, params);
    const [site] = await q<{ id: number }>(`select id from activos_ubicacion where parent_id is null and name = 'Northgate Substation'`);
    if (!site) return;
    const [plan] = await q<{ id: number }>(
      `insert into activos_plano (name, location_id, image_file, image_content_type, width, height, plan_type, document_number, title, description)
       values (?, ?, ?, 'image/svg+xml', ?, ?, 'Site layout', 'NGS-DWG-001', 'General arrangement', 'Yard bays and control building.') returning id`,
      [PLAN_NAME, site.id, image, WIDTH, HEIGHT],
    );
    result.floorPlans = 1;
    const [viewer] = await q<{ id: number }>(
      `insert into activos_visorplano (name, floor_plan_id, description) values ('Equipment', ?, 'Main equipment of the substation') returning id`,
      [plan!.id],
    );
    await q(`update activos_activo set main_floor_plan_id = ? where internal_code in (${PINS.map(() => '?').join(',')})`, [
      plan!.id,
      ...PINS.map((p) => p[0]),
    ]);
    for (const [code, x, y, w, h, color, note] of PINS) {
      const rows = await q(
        `insert into activos_pinplano (viewer_id, asset_id, x, y, width, height, color, note)
         select ?, id, ?, ?, ?, ?, ?, ? from activos_activo where internal_code = ? returning id`,
        [viewer!.id, x, y, w, h, color, note, code],
      );
      result.pins += rows.length;
    }

    const asset = async (code: string) => (await q<{ id: number; location_id: number }>('select id, location_id from activos_activo where internal_code = ?', [code]))[0]!;
    const pump = await asset('100007');
    const [notice] = await q<{ id: number }>(
      `insert into mantenimiento_aviso (asset_id, location_id, description, priority, type, requester_id)
       values (?, ?, 'Sump pump runs continuously; float switch suspected.', 'HIGH', 'BREAKDOWN', ?) returning id`,
      [pump.id, pump.location_id, userId],
    );
    result.notices = 1;
    await q('insert into activos_pinplano (viewer_id, notice_id, x, y, color, note) values (?, ?, 1040, 640, ?, ?)', [
      viewer!.id,
      notice!.id,
      '#D62728',
      'Reported by the night shift',
    ]);
    result.pins += 1;

    const orders: Array<[code: string, type: string, priority: string, status: string, days: number, text: string]> = [
      ['100001', 'PREVENTIVE', 'MEDIUM', 'SCHEDULED', 3, 'Annual transformer oil sampling TR-1'],
      ['100005', 'CORRECTIVE', 'HIGH', 'IN_PROGRESS', 0, 'Feeder breaker Q2 trips on closing'],
      ['100003', 'PREVENTIVE', 'LOW', 'PENDING', 10, 'Thermographic survey of SWG-11'],
    ];
    for (const [code, type, priority, status, days, text] of orders) {
      const a = await asset(code);
      const [{ id }] = (await q<{ id: number }>(`select nextval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id'))::int as id`)) as [{ id: number }];
      await q(
        `insert into mantenimiento_ordentrabajo
           (id, code, type, priority, status, location_id, technician_id, scheduled_start, scheduled_end, started_at, short_description, created_by_id)
         values (?, ?, ?, ?, ?, ?, ?, date_trunc('hour', now()) + make_interval(days => ?), date_trunc('hour', now()) + make_interval(days => ?, hours => 4),
                 case when ? = 'IN_PROGRESS' then now() end, ?, ?)`,
        [id, `OT-${String(id).padStart(9, '0')}`, type, priority, status, a.location_id, status === 'PENDING' ? null : userId, days, days, status, text, userId],
      );
      await q('insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) values (?, ?)', [id, a.id]);
      result.workOrders += 1;
    }
  });
  return result;
}
