/** Cold import of one entry point: `ours` (the library), `cdktf`, or `provider-root` (@cdktf/provider-azurerm). */
import { report } from './measure';

const which = process.argv[2];
const start = process.hrtime.bigint();
if (which === 'ours') require('../../constructs');
else if (which === 'cdktf') require('cdktf');
else if (which === 'provider-root') require('@cdktf/provider-azurerm');
else throw new Error(`unknown import target ${which}`);
report({ importMs: Number(process.hrtime.bigint() - start) / 1e6 });
