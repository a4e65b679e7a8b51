import { TerraformProvider } from 'cdktf';
import { PropSpec } from '../../core/prop-types';

/** The runtime shape of a `provider` prop: any Terraform provider (duck-typed: CDK Terrain's copy passes too). */
export const PROVIDER_PROP: PropSpec = { type: { is: (v) => TerraformProvider.isTerraformProvider(v), name: 'TerraformProvider' } };

