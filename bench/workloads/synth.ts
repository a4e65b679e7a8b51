/** One full synth of a fleet: `synth.js <wsae|hci> <ours|raw> <n> <outdir>`. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { FLEETS } from './fleets';
import { report } from './measure';

const [kind, variant, n, outdir] = process.argv.slice(2);
const start = process.hrtime.bigint();
const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
(FLEETS as any)[kind][variant](stack, Number(n));
app.synth();
report({ synthMs: Number(process.hrtime.bigint() - start) / 1e6 });
