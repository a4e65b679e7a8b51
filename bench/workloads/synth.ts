/**
 * One full synth of a fleet: `synth.js <wsae|hci> <ours|raw|wrapped|guarded> <n> <outdir>` (guarded: ours with the
 * AzureGuardrails Aspect; wrapped: the raw classes inside a construct that adds nothing, Azure Edition only).
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, Aspects, TerraformStack } from 'cdktf';
import { AzureGuardrails } from '../../constructs';
import { FLEETS } from './fleets';
import { report } from './measure';

const [kind, variant, n, outdir] = process.argv.slice(2);
const start = process.hrtime.bigint();
const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
if (variant === 'guarded') Aspects.of(stack).add(new AzureGuardrails());
(FLEETS as any)[kind][variant === 'guarded' ? 'ours' : variant](stack, Number(n));
app.synth();
report({ synthMs: Number(process.hrtime.bigint() - start) / 1e6 });
