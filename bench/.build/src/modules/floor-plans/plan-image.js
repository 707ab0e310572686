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
    get PlanImageError () {
        return PlanImageError;
    },
    get inspectPlanImage () {
        return inspectPlanImage;
    }
});
const _imagesize = require("image-size");
let PlanImageError = class PlanImageError extends Error {
    constructor(message, rule){
        super(message), this.rule = rule;
        this.name = 'PlanImageError';
    }
};
const PNG_SIGNATURE = Buffer.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a
]);
const MAX_SIDE = 100_000;
function inspectPlanImage(buf) {
    if (buf.length === 0) throw new PlanImageError('The file is empty.', 'empty');
    if (buf.subarray(0, 8).equals(PNG_SIGNATURE)) return raster(buf, 'png');
    if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return raster(buf, 'jpg');
    const svg = inspectSvg(buf);
    if (svg) return svg;
    throw new PlanImageError('The file is not a PNG, JPEG or SVG image.', 'image_type');
}
function raster(buf, ext) {
    let size;
    try {
        size = (0, _imagesize.imageSize)(buf);
    } catch  {
        throw new PlanImageError(`The file starts like a ${ext === 'png' ? 'PNG' : 'JPEG'} image but is damaged.`, 'image_corrupt');
    }
    if (size.type !== ext || !validSide(size.width) || !validSide(size.height)) {
        throw new PlanImageError(`The file starts like a ${ext === 'png' ? 'PNG' : 'JPEG'} image but its size cannot be read.`, 'image_corrupt');
    }
    return {
        contentType: ext === 'png' ? 'image/png' : 'image/jpeg',
        ext,
        width: size.width,
        height: size.height
    };
}
function validSide(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_SIDE;
}
/** An SVG document: valid UTF-8 text whose root element is `svg`; null when not XML at all. */ function inspectSvg(buf) {
    let text;
    try {
        text = new TextDecoder('utf-8', {
            fatal: true
        }).decode(buf);
    } catch  {
        return null;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let i = 0;
    // Prolog: XML declaration, processing instructions, comments, whitespace, a DOCTYPE.
    for(;;){
        while(i < text.length && /\s/.test(text[i]))i++;
        if (text.startsWith('<?', i)) {
            const end = text.indexOf('?>', i + 2);
            if (end < 0) return null;
            i = end + 2;
        } else if (text.startsWith('<!--', i)) {
            const end = text.indexOf('-->', i + 4);
            if (end < 0) return null;
            i = end + 3;
        } else if (text.startsWith('<!DOCTYPE', i)) {
            const end = text.indexOf('>', i);
            if (end < 0) return null;
            // An internal subset can declare entities (expansion bombs, external files): refused.
            if (text.slice(i, end).includes('[')) {
                throw new PlanImageError('SVG files with an internal DTD subset (entity declarations) are not accepted.', 'svg_dtd');
            }
            i = end + 1;
        } else {
            break;
        }
    }
    const root = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?(?=[\s/>])/.exec(text.slice(i, i + 200));
    if (!root) return null;
    const localName = root[2] ?? root[1];
    if (localName !== 'svg') return null;
    const attrs = startTagAttributes(text, i + root[0].length);
    if (!attrs) throw new PlanImageError('The SVG root element is not closed.', 'image_corrupt');
    const tail = text.slice(-4096).replace(/(?:\s|<!--[\s\S]*?-->)+$/, '');
    if (!attrs.selfClosing && !/<\/(?:[A-Za-z_][\w.-]*:)?svg\s*>$/.test(tail)) {
        throw new PlanImageError('The SVG document is incomplete (no closing </svg>).', 'image_corrupt');
    }
    let width = svgLength(attrs.values.get('width'));
    let height = svgLength(attrs.values.get('height'));
    if (width === null || height === null) {
        const box = (attrs.values.get('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
        if (box.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0) {
            width ??= Math.max(1, Math.round(box[2]));
            height ??= Math.max(1, Math.round(box[3]));
        }
    }
    if (width === null || height === null || !validSide(width) || !validSide(height)) {
        width = null;
        height = null;
    }
    return {
        contentType: 'image/svg+xml',
        ext: 'svg',
        width,
        height
    };
}
function startTagAttributes(text, from) {
    const values = new Map();
    const attr = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')|\s*(\/?)>/y;
    attr.lastIndex = from;
    for(;;){
        const m = attr.exec(text);
        if (!m) return null;
        if (m[1] === undefined) return {
            values,
            selfClosing: m[4] === '/'
        };
        values.set(m[1], m[2] ?? m[3] ?? '');
    }
}
const UNIT_PX = {
    '': 1,
    px: 1,
    in: 96,
    cm: 96 / 2.54,
    mm: 96 / 25.4,
    pt: 96 / 72,
    pc: 16
};
/** An absolute SVG length in pixels; null for percentages, em units or nonsense. */ function svgLength(value) {
    if (value === undefined) return null;
    const m = /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    if (!m) return null;
    const factor = UNIT_PX[m[2].toLowerCase()];
    const n = Number(m[1]) * (factor ?? NaN);
    return Number.isFinite(n) && n > 0 ? Math.max(1, Math.round(n)) : null;
}
