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
    get FloorPlanInput () {
        return FloorPlanInput;
    },
    get FloorPlanUpdateInput () {
        return FloorPlanUpdateInput;
    },
    get FloorPlansArgs () {
        return FloorPlansArgs;
    },
    get SavePinInput () {
        return SavePinInput;
    },
    get ViewerInput () {
        return ViewerInput;
    },
    get ViewerUpdateInput () {
        return ViewerUpdateInput;
    }
});
const _typegraphql = require("type-graphql");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let FloorPlanInput = class FloorPlanInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], FloorPlanInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'External image address (http or https); an uploaded image takes precedence.'
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'Pixels; set from the image on upload.'
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "width", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'Pixels; set from the image on upload.'
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "height", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "planType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "documentNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "title", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanInput.prototype, "description", void 0);
FloorPlanInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], FloorPlanInput);
let FloorPlanUpdateInput = class FloorPlanUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "width", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "height", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "planType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "documentNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "title", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlanUpdateInput.prototype, "description", void 0);
FloorPlanUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], FloorPlanUpdateInput);
let FloorPlansArgs = class FloorPlansArgs {
    constructor(){
        this.take = 100;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Only the plans of this location.'
    }),
    _ts_metadata("design:type", Object)
], FloorPlansArgs.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        defaultValue: 100,
        description: 'At most 200.'
    }),
    _ts_metadata("design:type", Number)
], FloorPlansArgs.prototype, "take", void 0);
FloorPlansArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], FloorPlansArgs);
let ViewerInput = class ViewerInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ViewerInput.prototype, "floorPlanId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], ViewerInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ViewerInput.prototype, "description", void 0);
ViewerInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ViewerInput);
let ViewerUpdateInput = class ViewerUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ViewerUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ViewerUpdateInput.prototype, "description", void 0);
ViewerUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ViewerUpdateInput);
let SavePinInput = class SavePinInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SavePinInput.prototype, "viewerId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'On update: omitted keeps the link, null removes it.'
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "noticeId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Pixels from the left; finite, >= 0, inside the plan when its size is known.'
    }),
    _ts_metadata("design:type", Number)
], SavePinInput.prototype, "x", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Pixels from the top; finite, >= 0, inside the plan when its size is known.'
    }),
    _ts_metadata("design:type", Number)
], SavePinInput.prototype, "y", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: '>= 0; 0 (default) is a point pin.'
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "width", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: '>= 0; 0 (default) is a point pin.'
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "height", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: '`#RRGGBB`; default `#FF0000`.'
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "color", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SavePinInput.prototype, "note", void 0);
SavePinInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Creates a pin when `id` is absent, updates it otherwise.'
    })
], SavePinInput);
