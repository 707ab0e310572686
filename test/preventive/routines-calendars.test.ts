import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildSite, type Site } from '../support/maintenance-factories';
import { count } from '../support/preventive-factories';

// Routines with ordered steps, work calendars with overnight windows and blocked dates,
// and schedules, through GraphQL.

let t: TestApp;
let site: Site;
let admin: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 2);
  admin = (await buildStaff(t, [
    'mantenimiento.add_rutina', 'mantenimiento.change_rutina', 'mantenimiento.view_rutina', 'mantenimiento.delete_rutina',
    'mantenimiento.add_pasorutina', 'mantenimiento.change_pasorutina', 'mantenimiento.delete_pasorutina',
    'mantenimiento.add_frecuencia', 'mantenimiento.view_frecuencia',
    'mantenimiento.add_programacion', 'mantenimiento.change_programacion', 'mantenimiento.view_programacion',
  ])).id;
});
afterAll(async () => {
  await t.close();
});

const ROUTINE_FIELDS = 'id code frequency { intervalDays } steps { id order description answerType min max unit measurementPointCode }';

it('creates a routine with ordered steps, then adds, reorders and removes steps keeping 1..n', async () => {
  const f = await t.exec(`mutation { createFrequency(name: "Monthly", intervalDays: 30) { id } }`, { as: admin });
  const created = await t.exec(`mutation C($input: CreateRoutineInput!) { createRoutine(input: $input) { ${ROUTINE_FIELDS} } }`, {
    as: admin,
    variables: { input: { code: 'TR-01', name: 'Transformer', frequencyId: f.data!.createFrequency.id, estimatedDurationMinutes: 90, steps: [
      { description: 'Safety', answerType: 'HEADER' },
      { description: 'Oil temperature', answerType: 'MEASUREMENT', min: '20', max: '80', unit: 'C', measurementPointCode: 'OILT' },
      { description: 'Seals ok', answerType: 'CHECK' },
    ] } },
  });
  expect(created.errors).toBeUndefined();
  const r = created.data!.createRoutine;
  expect(r.frequency).toEqual({ intervalDays: 30 });
  expect(r.steps.map((s: { order: number; answerType: string }) => [s.order, s.answerType])).toEqual([[1, 'HEADER'], [2, 'MEASUREMENT'], [3, 'CHECK']]);
  expect(r.steps[1]).toMatchObject({ min: '20.0000', max: '80.0000', measurementPointCode: 'OILT' });

  const added = await t.exec(`mutation A($id: ID!) { addRoutineStep(routineId: $id, position: 2, input: { description: "Lock out", answerType: INSTRUCTION }) { ${ROUTINE_FIELDS} } }`, { as: admin, variables: { id: r.id } });
  expect(added.data!.addRoutineStep.steps.map((s: { description: string }) => s.description)).toEqual(['Safety', 'Lock out', 'Oil temperature', 'Seals ok']);
  const ids = added.data!.addRoutineStep.steps.map((s: { id: string }) => s.id);
  const reordered = await t.exec(`mutation R($id: ID!, $ids: [ID!]!) { reorderRoutineSteps(routineId: $id, stepIds: $ids) { ${ROUTINE_FIELDS} } }`, { as: admin, variables: { id: r.id, ids: [...ids].reverse() } });
  expect(reordered.data!.reorderRoutineSteps.steps.map((s: { id: string; order: number }) => [s.id, s.order])).toEqual([...ids].reverse().map((id, i) => [id, i + 1]));
  const partial = await t.exec(`mutation R($id: ID!, $ids: [ID!]!) { reorderRoutineSteps(routineId: $id, stepIds: $ids) { id } }`, { as: admin, variables: { id: r.id, ids: ids.slice(1) } });
  expect(partial.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stepIds' });
  const removed = await t.exec(`mutation D($id: ID!) { removeRoutineStep(id: $id) { ${ROUTINE_FIELDS} } }`, { as: admin, variables: { id: ids[3] } });
  expect(removed.data!.removeRoutineStep.steps.map((s: { order: number }) => s.order)).toEqual([1, 2, 3]);

  const bad = await t.exec(`mutation C($input: CreateRoutineInput!) { createRoutine(input: $input) { id } }`, {
    as: admin,
    variables: { input: { code: 'TR-01', name: 'x', steps: [{ description: '', min: '5', max: '1', answerType: 'CHECK', measurementPointCode: 'X' }] } },
  });
  expect((bad.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p: { field: string }) => p.field).sort()).toEqual(['steps[0].description', 'steps[0].max', 'steps[0].measurementPointCode']);
  const dup = await t.exec(`mutation C($input: CreateRoutineInput!) { createRoutine(input: $input) { id } }`, { as: admin, variables: { input: { code: 'TR-01', name: 'Again' } } });
  expect(dup.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
});

it('refuses routine writes without the permission, naming it', async () => {
  const viewer = await buildStaff(t, ['mantenimiento.view_rutina']);
  const res = await t.exec(`mutation { reorderRoutineSteps(routineId: "1", stepIds: []) { id } }`, { as: viewer.id });
  expect(res.status).toBe(403);
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.change_pasorutina' });
  const plain = await buildUser(t);
  const ns = await t.exec(`{ routines { edges { node { id } } } }`, { as: plain.id });
  expect(ns.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
});

it('keeps work calendars with overnight windows and blocked dates, and builds a schedule on them', async () => {
  const cal = await t.exec(`mutation C($input: WorkCalendarInput!) { createWorkCalendar(input: $input) { id timeZone windows { weekday startTime endTime } } }`, {
    as: admin,
    variables: { input: { name: 'Night shift', timeZone: 'Europe/Madrid', windows: [{ weekday: 5, startTime: '22:00', endTime: '06:00' }, { weekday: 1, startTime: '08:00', endTime: '12:30' }] } },
  });
  expect(cal.errors).toBeUndefined();
  expect(cal.data!.createWorkCalendar.windows).toEqual([{ weekday: 1, startTime: '08:00', endTime: '12:30' }, { weekday: 5, startTime: '22:00', endTime: '06:00' }]);
  const calId = cal.data!.createWorkCalendar.id;
  const bad = await t.exec(`mutation C($input: WorkCalendarInput!) { createWorkCalendar(input: $input) { id } }`, {
    as: admin,
    variables: { input: { name: 'Bad', timeZone: 'Nowhere/Land', windows: [{ weekday: 8, startTime: '25:00', endTime: '06:00' }, { weekday: 1, startTime: '08:00', endTime: '08:00' }] } },
  });
  expect((bad.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p: { field: string }) => p.field)).toEqual(['timeZone', 'windows[0].weekday', 'windows[0].startTime', 'windows[1].endTime']);
  const blocked = await t.exec(`mutation B($id: ID!) { addBlockedDates(calendarId: $id, dates: ["2026-12-25", "2026-01-01"], reason: "Holiday") { blockedDates { date reason } } }`, { as: admin, variables: { id: calId } });
  expect(blocked.data!.addBlockedDates.blockedDates).toEqual([{ date: '2026-01-01', reason: 'Holiday' }, { date: '2026-12-25', reason: 'Holiday' }]);

  const [routine] = await t.sql<{ id: number }>(`insert into mantenimiento_rutina (code, name) values ('S-1', 'For schedules') returning id`);
  const schedule = await t.exec(`mutation S($input: CreateScheduleInput!) { createSchedule(input: $input) { id name startDate endDate priority routine { code } assetIds locationIds calendarIds } }`, {
    as: admin,
    variables: { input: { name: 'Night PM', routineId: String(routine!.id), assets: [{ assetId: String(site.assetIds[0]) }], locationIds: [String(site.otherId)], calendarIds: [calId], startDate: '2026-03-06', endDate: '2026-12-31', priority: 'HIGH' } },
  });
  expect(schedule.errors).toBeUndefined();
  expect(schedule.data!.createSchedule).toMatchObject({ startDate: '2026-03-06', endDate: '2026-12-31', priority: 'HIGH', routine: { code: 'S-1' }, assetIds: [String(site.assetIds[0])], locationIds: [String(site.otherId)], calendarIds: [calId] });
  const refused = await t.exec(`mutation S($input: CreateScheduleInput!) { createSchedule(input: $input) { id } }`, {
    as: admin,
    variables: { input: { name: 'x', routineId: String(routine!.id), calendarIds: [], startDate: '2026-03-06', endDate: '2026-01-01', meterEvery: '5' } },
  });
  expect((refused.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p: { field: string }) => p.field).sort()).toEqual(['assets', 'calendarIds', 'endDate']);
  const inUse = await t.exec(`mutation D($id: ID!) { deleteWorkCalendar(id: $id) }`, { as: (await buildStaff(t, ['mantenimiento.delete_programacion'])).id, variables: { id: calId } });
  expect(inUse.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
  expect(await count(t, 'mantenimiento_calendario', 'id = $1', [calId])).toBe(1);
});

it('answers each of several mutations in one request with the data as that mutation left it', async () => {
  const created = await t.exec(`mutation { createRoutine(input: { code: "TR-02", name: "Twice", steps: [{ description: "First" }] }) { id } }`, { as: admin });
  const id = created.data!.createRoutine.id;
  const res = await t.exec(
    `mutation M($id: ID!) {
      a: addRoutineStep(routineId: $id, input: { description: "Second" }) { steps { description } }
      b: addRoutineStep(routineId: $id, input: { description: "Third" }) { steps { description } }
    }`,
    { as: admin, variables: { id } },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.a.steps.map((s: { description: string }) => s.description)).toEqual(['First', 'Second']);
  expect(res.data!.b.steps.map((s: { description: string }) => s.description)).toEqual(['First', 'Second', 'Third']);
});

it('refuses a forged cursor on the routine and schedule lists as BAD_USER_INPUT on after', async () => {
  const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  for (const after of [forged(['x']), forged([1.5]), forged([1, 2]), 'not-a-cursor']) {
    for (const q of ['query($a: String) { routines(after: $a) { edges { cursor } } }', 'query($a: String) { schedules(after: $a) { edges { cursor } } }']) {
      const res = await t.exec(q, { as: admin, variables: { a: after } });
      expect({ q, after, ext: res.errors?.[0]?.extensions }).toMatchObject({ q, after, ext: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  }
  // A cursor the list made still works.
  await t.exec(`mutation { createRoutine(input: { code: "TR-CUR", name: "Cursor", steps: [{ description: "One" }] }) { id } }`, { as: admin });
  const page = await t.exec('{ routines(first: 1) { edges { cursor } } }', { as: admin });
  const next = await t.exec('query($a: String) { routines(after: $a) { edges { cursor } } }', { as: admin, variables: { a: page.data!.routines.edges[0].cursor } });
  expect(next.errors).toBeUndefined();
});
