"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PREMIUM_STORAGE_TYPES = void 0;
exports.sizeDiskLimits = sizeDiskLimits;
/**
 * Sizes whose page was read (SOURCES.sizeDataDisks), by exact name. Every other size is unknown here: no data disk
 * count or premium storage rule is applied to it.
 */
const SIZES = (() => {
    const out = new Map();
    const add = (series, premiumStorage, name, table) => {
        for (const [vcpus, maxDataDisks] of table)
            out.set(name(vcpus).toLowerCase(), { series, maxDataDisks, premiumStorage });
    };
    const d = [[2, 4], [4, 8], [8, 16], [16, 32], [32, 32], [48, 32], [64, 32], [96, 32]];
    const e = [[2, 4], [4, 8], [8, 16], [16, 32], [20, 32], [32, 32], [48, 32], [64, 32], [96, 32]];
    add('Dv5', false, (n) => `Standard_D${n}_v5`, d);
    add('Dsv5', true, (n) => `Standard_D${n}s_v5`, d);
    add('Ev5', false, (n) => `Standard_E${n}_v5`, e);
    add('Esv5', true, (n) => `Standard_E${n}s_v5`, e);
    out.set('standard_e104i_v5', { series: 'Ev5', maxDataDisks: 64, premiumStorage: false });
    out.set('standard_e104is_v5', { series: 'Esv5', maxDataDisks: 64, premiumStorage: true });
    add('Fsv2', true, (n) => `Standard_F${n}s_v2`, [[2, 4], [4, 8], [8, 16], [16, 32], [32, 32], [48, 32], [64, 32], [72, 32]]);
    return out;
})();
/** The disk limits of a size whose page was read; undefined for any other size. Azure compares size names without case. */
function sizeDiskLimits(size) {
    return SIZES.get(size.toLowerCase());
}
/** Storage account types that need a size with premium storage (Premium SSD, Premium SSD v2, Ultra Disk). */
exports.PREMIUM_STORAGE_TYPES = ['Premium_LRS', 'Premium_ZRS', 'PremiumV2_LRS', 'UltraSSD_LRS'];
