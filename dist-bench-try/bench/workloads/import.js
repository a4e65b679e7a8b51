"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Cold import of one entry point: `ours` (the library), `cdktf`, or `provider-root` (@cdktf/provider-azurerm). */
const measure_1 = require("./measure");
const which = process.argv[2];
const start = process.hrtime.bigint();
if (which === 'ours')
    require('../../constructs');
else if (which === 'cdktf')
    require('cdktf');
else if (which === 'provider-root')
    require('@cdktf/provider-azurerm');
else
    throw new Error(`unknown import target ${which}`);
(0, measure_1.report)({ importMs: Number(process.hrtime.bigint() - start) / 1e6 });
