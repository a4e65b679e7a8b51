import { ITerraformDependable, TerraformProvider, TerraformResource, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { AZAPI_VERSION_CONSTRAINT, AzapiProvider } from './azapi-provider';

/** The managed identity of an `azapi_resource`. */
export interface AzapiIdentity {
  /** Which identities the resource has. */
  readonly type: 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned, UserAssigned' | 'None';
  /** @default none */
  readonly identityIds?: string[];
}

/** Timeouts of an `azapi_resource` operation, as Terraform durations (`30m`). */
export interface AzapiTimeouts {
  /** @default the provider's default */
  readonly create?: string;
  /** @default the provider's default */
  readonly read?: string;
  /** @default the provider's default */
  readonly update?: string;
  /** @default the provider's default */
  readonly delete?: string;
}

/** Arguments of `azapi_resource` (azapi 2.5) with a typed body. */
export interface AzapiResourceProps<TBody extends object> {
  /** `<namespace>/<type>@<api-version>` */
  readonly type: string;
  /** The resource name. */
  readonly name: string;
  /** The parent resource id (resource group, or the resource this one extends). */
  readonly parentId: string;
  /** @default none (extension resources have no location) */
  readonly location?: string;
  /** The request body, emitted as an object (not a JSON string). */
  readonly body: TBody;
  /** Parts of the body that are secret (merged into the body by azapi, never shown in plans). @default none */
  readonly sensitiveBody?: object;
  /** @default no identity */
  readonly identity?: AzapiIdentity;
  /** @default no tags */
  readonly tags?: { [key: string]: string };
  /** Validate the body against azapi's embedded API schema. @default true (the provider's default) */
  readonly schemaValidationEnabled?: boolean;
  /** Values whose change replaces the resource. @default none */
  readonly replaceTriggersExternalValues?: object;
  /** Body paths to export as `output`. @default none */
  readonly responseExportValues?: string[];
  /** @default provider defaults */
  readonly timeouts?: AzapiTimeouts;
  /** @default none */
  readonly dependsOn?: ITerraformDependable[];
  /** @default none */
  readonly lifecycle?: TerraformResourceLifecycle;
  /**
   * The azapi provider: this library's {@link AzapiProvider}, a generated binding or any provider of `azure/azapi`.
   * @default the stack's only or default azapi provider, created with defaults when the stack has none
   */
  readonly provider?: TerraformProvider;
}

/** A typed `azapi_resource`. */
export class AzapiResource<TBody extends object> extends TerraformResource {
  /** The props the resource was created with. */
  public readonly props: AzapiResourceProps<TBody>;

  constructor(scope: Construct, id: string, props: AzapiResourceProps<TBody>) {
    super(scope, id, {
      terraformResourceType: 'azapi_resource',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
      dependsOn: props.dependsOn,
      lifecycle: props.lifecycle,
    });
    this.props = props;
    AzapiProvider.useFor(this, props.provider);
  }

  /** The resource id. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The resource block; its azapi provider is chosen first if that is still to be done. */
  public toTerraform(): any {
    AzapiProvider.settle(this);
    return super.toTerraform();
  }

  /** The resource block for HCL output; its azapi provider is chosen first if that is still to be done. */
  public toHclTerraform(): any {
    AzapiProvider.settle(this);
    return super.toHclTerraform();
  }

  /** The resource block's arguments. */
  protected synthesizeAttributes(): { [name: string]: any } {
    const p = this.props;
    const t = p.timeouts;
    return {
      type: p.type,
      name: p.name,
      parent_id: p.parentId,
      location: p.location,
      body: p.body,
      sensitive_body: p.sensitiveBody,
      identity: p.identity ? [{ type: p.identity.type, identity_ids: p.identity.identityIds }] : undefined,
      tags: p.tags,
      schema_validation_enabled: p.schemaValidationEnabled,
      replace_triggers_external_values: p.replaceTriggersExternalValues,
      response_export_values: p.responseExportValues,
      timeouts: t ? { create: t.create, read: t.read, update: t.update, delete: t.delete } : undefined,
    };
  }
}
