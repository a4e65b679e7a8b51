"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * One full synth of a fleet: `synth.js <wsae|hci> <ours|raw|wrapped|guarded> <n> <outdir>` (guarded: ours with the
 * AzureGuardrails Aspect; wrapped: the raw classes inside a construct that adds nothing, Azure Edition only).
 */
const provider_1 = require("@cdktf/provider-azurerm/lib/provider");
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
const fleets_1 = require("./fleets");
const measure_1 = require("./measure");
const [kind, variant, n, outdir] = process.argv.slice(2);
const start = process.hrtime.bigint();
const app = new cdktf_1.App({ outdir });
const stack = new cdktf_1.TerraformStack(app, 'bench');
new provider_1.AzurermProvider(stack, 'azurerm', { features: [{}] });
if (variant === 'guarded')
    cdktf_1.Aspects.of(stack).add(new constructs_1.AzureGuardrails());
fleets_1.FLEETS[kind][variant === 'guarded' ? 'ours' : variant](stack, Number(n));
app.synth();
(0, measure_1.report)({ synthMs: Number(process.hrtime.bigint() - start) / 1e6 });
