"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SmbOverQuicCertificate = void 0;
const cdktf_1 = require("cdktf");
const provider_prop_1 = require("../internal/provider-prop");
const maybe_1 = require("../internal/maybe");
const smb_over_quic_facts_1 = require("../../smb-over-quic/smb-over-quic-facts");
// provider classes load when a construct first needs them: importing the library stays cheap
const keyVaultCertificateModule = () => require('@cdktf/provider-azurerm/lib/key-vault-certificate');
/** Where the SMB over QUIC server certificate comes from: an existing Key Vault certificate, or a new one. */
class SmbOverQuicCertificate {
    existing;
    options;
    /**
     * An existing Key Vault certificate, already issued for the server names with the Server Authentication EKU.
     * @param secretId the certificate's versioned secret id (installed in the VM's LocalMachine My store)
     * @param thumbprint its SHA-1 thumbprint (for example from the `azurerm_key_vault_certificate` data source)
     */
    static fromKeyVault(props) {
        return new SmbOverQuicCertificate(props, undefined);
    }
    /** A new Key Vault certificate with the names as DNS subject alternative names, renewed automatically. */
    static create(options) {
        return new SmbOverQuicCertificate(undefined, options);
    }
    constructor(existing, 
    /** The options of a certificate to create; undefined for an existing one. */
    options) {
        this.existing = existing;
        this.options = options;
    }
    /**
     * Facts about a certificate to create, after defaults; undefined for an existing one.
     * @internal
     */
    newCertificateFacts() {
        const o = this.options;
        if (!o)
            return undefined;
        const keyType = o.keyType ?? 'EC';
        const rsa = keyType.startsWith('RSA');
        return {
            keyType,
            ...(rsa ? { keySize: o.keySize ?? 2048 } : { curve: o.curve ?? 'P-256' }),
            extendedKeyUsage: o.extendedKeyUsage ?? [smb_over_quic_facts_1.SERVER_AUTHENTICATION_EKU],
            keyUsage: o.keyUsage ?? (rsa ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature']),
        };
    }
    /**
     * Creates the certificate when needed; returns where the VM reads it from and its thumbprint.
     * @internal
     */
    bind(scope, serverNames, tags, provider) {
        if (this.existing)
            return { ...this.existing };
        const o = this.options;
        const f = this.newCertificateFacts();
        const resource = new (keyVaultCertificateModule().KeyVaultCertificate)(scope, 'Certificate', {
            ...(0, provider_prop_1.providerOf)(provider),
            name: o.name,
            keyVaultId: o.keyVaultId,
            ...(tags !== undefined ? { tags } : {}),
            certificatePolicy: {
                issuerParameters: { name: o.issuerName ?? 'Self' },
                keyProperties: { exportable: true, keyType: f.keyType, reuseKey: false, ...(f.keySize !== undefined ? { keySize: f.keySize } : { curve: f.curve }) },
                lifetimeAction: [{ action: { actionType: 'AutoRenew' }, trigger: { lifetimePercentage: 80 } }],
                secretProperties: { contentType: 'application/x-pkcs12' },
                x509CertificateProperties: {
                    subject: (0, maybe_1.isListToken)(serverNames) ? cdktf_1.Fn.format('CN=%s', cdktf_1.Fn.element(serverNames, 0)) : `CN=${serverNames[0]}`,
                    validityInMonths: o.validityInMonths ?? 12,
                    keyUsage: f.keyUsage,
                    extendedKeyUsage: f.extendedKeyUsage,
                    subjectAlternativeNames: { dnsNames: serverNames },
                },
            },
        });
        return { keyVaultId: o.keyVaultId, secretId: resource.secretId, thumbprint: resource.thumbprint, resource };
    }
}
exports.SmbOverQuicCertificate = SmbOverQuicCertificate;
