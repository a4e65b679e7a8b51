"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzapiResource = void 0;
const cdktf_1 = require("cdktf");
const azapi_provider_1 = require("./azapi-provider");
/** A typed `azapi_resource`. */
class AzapiResource extends cdktf_1.TerraformResource {
    /** The props the resource was created with. */
    props;
    constructor(scope, id, props) {
        super(scope, id, {
            terraformResourceType: 'azapi_resource',
            terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: azapi_provider_1.AZAPI_VERSION_CONSTRAINT },
            dependsOn: props.dependsOn,
            lifecycle: props.lifecycle,
        });
        this.props = props;
        azapi_provider_1.AzapiProvider.useFor(this, props.provider);
    }
    /** The resource id. */
    get id() {
        return this.getStringAttribute('id');
    }
    /** The resource block; its azapi provider is chosen first if that is still to be done. */
    toTerraform() {
        azapi_provider_1.AzapiProvider.settle(this);
        return super.toTerraform();
    }
    /** The resource block for HCL output; its azapi provider is chosen first if that is still to be done. */
    toHclTerraform() {
        azapi_provider_1.AzapiProvider.settle(this);
        return super.toHclTerraform();
    }
    /** The resource block's arguments. */
    synthesizeAttributes() {
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
exports.AzapiResource = AzapiResource;
