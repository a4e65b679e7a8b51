"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.providerOf = exports.PROVIDER_PROP = void 0;
const cdktf_1 = require("cdktf");
/** The runtime shape of a `provider` prop: any Terraform provider (duck-typed: CDK Terrain's copy passes too). */
exports.PROVIDER_PROP = { type: { is: (v) => cdktf_1.TerraformProvider.isTerraformProvider(v), name: 'TerraformProvider' } };
/** The `provider` argument of a child resource: the given provider, or nothing (the stack's default one). */
const providerOf = (provider) => (provider !== undefined ? { provider } : {});
exports.providerOf = providerOf;
