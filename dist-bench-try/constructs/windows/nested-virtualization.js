"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NESTED_VIRTUALIZATION_SOURCE = exports.NO_NESTED_VIRTUALIZATION_FAMILIES = exports.NESTED_VIRTUALIZATION_FAMILIES = void 0;
exports.nestedVirtualizationSupport = nestedVirtualizationSupport;
const sources_1 = require("../core/sources");
/** Families whose size pages say "Nested Virtualization: Supported" (Intel v3-v5, AMD v5, Fsv2). */
exports.NESTED_VIRTUALIZATION_FAMILIES = [
    { family: 'Dv3, Dsv3, Ev3, Esv3', pattern: /^standard_[de]\d+s?_v3$/i },
    { family: 'Dv4, Dsv4, Ddv4, Ddsv4, Ev4, Esv4, Edv4, Edsv4', pattern: /^standard_[de]\d+d?s?_v4$/i },
    { family: 'Dv5, Dsv5, Ddv5, Ddsv5, Ev5, Esv5, Edv5, Edsv5', pattern: /^standard_[de]\d+d?s?_v5$/i },
    { family: 'Dasv5, Dadsv5, Easv5, Eadsv5', pattern: /^standard_[de]\d+ad?s_v5$/i },
    { family: 'Fsv2', pattern: /^standard_f\d+s_v2$/i },
];
/** Families whose size pages say "Nested Virtualization: Not Supported". */
exports.NO_NESTED_VIRTUALIZATION_FAMILIES = [
    { family: 'A, Basic A, Av2', pattern: /^(basic_a\d+|standard_a\d+m?(_v2)?)$/i },
    { family: 'B (burstable)', pattern: /^standard_b\d+[a-z]*(_v2)?$/i },
    { family: 'Dv2, DSv2', pattern: /^standard_ds?\d+_v2(_promo)?$/i },
    { family: 'Dav4, Dasv4, Eav4, Easv4', pattern: /^standard_[de]\d+as?_v4$/i },
    { family: 'DCsv2, DCsv3', pattern: /^standard_dc\d+d?s_v[23]$/i },
];
exports.NESTED_VIRTUALIZATION_SOURCE = sources_1.SOURCES.nestedVirtualization;
function nestedVirtualizationSupport(size) {
    const yes = exports.NESTED_VIRTUALIZATION_FAMILIES.find((f) => f.pattern.test(size));
    if (yes)
        return { supported: true, family: yes.family };
    const no = exports.NO_NESTED_VIRTUALIZATION_FAMILIES.find((f) => f.pattern.test(size));
    if (no)
        return { supported: false, family: no.family };
    return { supported: undefined };
}
