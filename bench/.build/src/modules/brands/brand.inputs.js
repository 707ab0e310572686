"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BrandInput", {
    enumerable: true,
    get: function() {
        return BrandInput;
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
let BrandInput = class BrandInput {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Unique, 1 to 100 characters.'
    }),
    _ts_metadata("design:type", String)
], BrandInput.prototype, "name", void 0);
BrandInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], BrandInput);
