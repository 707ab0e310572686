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
    get noticeLabel () {
        return noticeLabel;
    },
    get pinLabel () {
        return pinLabel;
    },
    get pinViews () {
        return pinViews;
    },
    get pinsByIds () {
        return pinsByIds;
    },
    get pinsOfAsset () {
        return pinsOfAsset;
    },
    get pinsOfViewer () {
        return pinsOfViewer;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _pintypes = require("./pin.types");
const SELECT_PINS = `
  select p.id, p.viewer_id, p.x, p.y, p.width, p.height, p.color, p.note, p.notice_id, p.created_at, p.updated_at,
         a.id as asset_id, a.name as asset_name, a.internal_code as asset_code, a.state as asset_state,
         c.icon as category_icon, l.id as location_id, l.name as location_name
  from activos_pinplano p
  left join activos_activo a on a.id = p.asset_id
  left join activos_categoria c on c.id = a.category_id
  left join activos_ubicacion l on l.id = p.location_id`;
const noticeLabel = (id)=>`AV-${id}`;
function pinLabel(asset, noticeId) {
    if (asset) return {
        label: asset.name,
        icon: asset.icon
    };
    if (noticeId !== null) return {
        label: noticeLabel(noticeId),
        icon: 'warning'
    };
    return {
        label: 'Unassigned',
        icon: 'location'
    };
}
function toPin(r) {
    const asset = r.asset_id === null ? null : Object.assign(new _pintypes.PinAsset(), {
        id: r.asset_id,
        name: r.asset_name,
        internalCode: r.asset_code,
        state: r.asset_state,
        categoryIcon: r.category_icon ?? 'location'
    });
    const location = r.location_id === null ? null : Object.assign(new _pintypes.PinLocation(), {
        id: r.location_id,
        name: r.location_name
    });
    const view = {
        viewerId: r.viewer_id,
        asset,
        location,
        ...pinLabel(asset && {
            name: asset.name,
            icon: asset.categoryIcon
        }, r.notice_id)
    };
    // A plain object shaped like the entity: constructing entity instances costs ~10x more.
    const pin = {
        id: r.id,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        color: r.color,
        note: r.note,
        noticeId: r.notice_id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        view
    };
    return pin;
}
async function select(ctx, where, ids, orderBy) {
    const rows = await ctx.em.getConnection().execute(`${SELECT_PINS} where ${where} = any(?::int[]) order by ${orderBy}`, [
        (0, _sql.intArray)(ids)
    ]);
    return rows.map(toPin);
}
async function pinsByIds(ctx, ids) {
    return select(ctx, 'p.id', ids, 'p.id');
}
function pinsOfViewer(ctx) {
    return ctx.loaders.get('viewer.pins', async (viewerIds)=>{
        const pins = await select(ctx, 'p.viewer_id', viewerIds, 'p.viewer_id, p.id');
        return (0, _loaders.groupBy)(viewerIds, pins, (p)=>p.view.viewerId);
    });
}
function pinsOfAsset(ctx) {
    return ctx.loaders.get('asset.pins', async (assetIds)=>{
        const pins = await select(ctx, 'p.asset_id', assetIds, 'p.asset_id, p.viewer_id, p.id');
        return (0, _loaders.groupBy)(assetIds, pins, (p)=>p.view.asset.id);
    });
}
function pinViews(ctx) {
    return ctx.loaders.get('pin.view', async (ids)=>{
        const pins = await pinsByIds(ctx, ids);
        const byId = new Map(pins.map((p)=>[
                p.id,
                p.view
            ]));
        return ids.map((id)=>byId.get(id) ?? new Error(`pin ${id} vanished`));
    });
}
