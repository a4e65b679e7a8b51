import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** The azapi provider version this library is written against (schema 2.5.0). */
export const AZAPI_VERSION_CONSTRAINT = '~> 2.5';

export interface AzapiProviderProps {
  /** @default the provider's own resolution (environment, CLI) */
  readonly subscriptionId?: string;
  /** @default the provider's own resolution */
  readonly tenantId?: string;
  /** @default the provider's own resolution */
  readonly clientId?: string;
  /** @default the provider's default (true) */
  readonly useCli?: boolean;
  /** @default the provider's default (false) */
  readonly useMsi?: boolean;
  /** @default the provider's default (false) */
  readonly useOidc?: boolean;
  /** @default 'public' */
  readonly environment?: string;
  /** @default no alias */
  readonly alias?: string;
}

/** The `azure/azapi` provider (no prebuilt cdktf binding exists, so this one is typed by hand from the 2.5 schema). */
export class AzapiProvider extends TerraformProvider {
  /** The azapi provider of the stack of `scope`, created with defaults when the stack has none. */
  static ofStack(scope: Construct): AzapiProvider {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.findAll().find((c): c is AzapiProvider => c instanceof AzapiProvider);
    return existing ?? new AzapiProvider(stack, 'azapi', {});
  }

  private readonly props: AzapiProviderProps;

  constructor(scope: Construct, id: string, props: AzapiProviderProps = {}) {
    super(scope, id, {
      terraformResourceType: 'azapi',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
      terraformProviderSource: 'azure/azapi',
    });
    this.props = props;
    this.alias = props.alias;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const p = this.props;
    return {
      subscription_id: p.subscriptionId,
      tenant_id: p.tenantId,
      client_id: p.clientId,
      use_cli: p.useCli,
      use_msi: p.useMsi,
      use_oidc: p.useOidc,
      environment: p.environment,
      alias: this.alias,
    };
  }
}
