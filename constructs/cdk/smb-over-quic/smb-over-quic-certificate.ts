import type { KeyVaultCertificate } from '@cdktf/provider-azurerm/lib/key-vault-certificate';
import { Fn, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { isListToken } from '../internal/maybe';
import { NewCertificateFacts, SERVER_AUTHENTICATION_EKU } from '../../smb-over-quic/smb-over-quic-facts';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const keyVaultCertificateModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/key-vault-certificate') as typeof import('@cdktf/provider-azurerm/lib/key-vault-certificate'));

/** How {@link SmbOverQuicCertificate.create} makes a new Key Vault certificate. */
export interface NewSmbOverQuicCertificateOptions {
  /** The Key Vault that issues and holds the certificate. */
  readonly keyVaultId: string;
  /** Certificate name in the vault. */
  readonly name: string;
  /** Key type. @default 'EC' */
  readonly keyType?: 'EC' | 'EC-HSM' | 'RSA' | 'RSA-HSM';
  /** RSA key size. @default 2048 for RSA keys */
  readonly keySize?: number;
  /** EC curve. @default 'P-256' for EC keys */
  readonly curve?: 'P-256' | 'P-384' | 'P-521';
  /** Key Vault issuer: 'Self' (clients must trust it), or the name of a CA issuer configured in the vault. @default 'Self' */
  readonly issuerName?: string;
  /** Validity of each issued certificate; Key Vault renews it before expiry. @default 12 */
  readonly validityInMonths?: number;
  /** Extended key usage OIDs; must include Server Authentication. @default Server Authentication only */
  readonly extendedKeyUsage?: string[];
  /** Key usages. @default digitalSignature (and keyEncipherment for RSA) */
  readonly keyUsage?: string[];
}

/** Where the SMB over QUIC server certificate comes from: an existing Key Vault certificate, or a new one. */
export class SmbOverQuicCertificate {
  /**
   * An existing Key Vault certificate, already issued for the server names with the Server Authentication EKU.
   * @param secretId the certificate's versioned secret id (installed in the VM's LocalMachine My store)
   * @param thumbprint its SHA-1 thumbprint (for example from the `azurerm_key_vault_certificate` data source)
   */
  static fromKeyVault(props: { readonly keyVaultId: string; readonly secretId: string; readonly thumbprint: string }): SmbOverQuicCertificate {
    return new SmbOverQuicCertificate(props, undefined);
  }

  /** A new Key Vault certificate with the names as DNS subject alternative names, renewed automatically. */
  static create(options: NewSmbOverQuicCertificateOptions): SmbOverQuicCertificate {
    return new SmbOverQuicCertificate(undefined, options);
  }

  private constructor(
    private readonly existing: { readonly keyVaultId: string; readonly secretId: string; readonly thumbprint: string } | undefined,
    /** The options of a certificate to create; undefined for an existing one. */
    public readonly options: NewSmbOverQuicCertificateOptions | undefined,
  ) {}

  /**
   * Facts about a certificate to create, after defaults; undefined for an existing one.
   * @internal
   */
  public newCertificateFacts(): Required<Pick<NewSmbOverQuicCertificateOptions, 'keyType' | 'extendedKeyUsage' | 'keyUsage'>> & { keySize?: number; curve?: string } | undefined {
    const o = this.options;
    if (!o) return undefined;
    const keyType = o.keyType ?? 'EC';
    const rsa = keyType.startsWith('RSA');
    return {
      keyType,
      ...(rsa ? { keySize: o.keySize ?? 2048 } : { curve: o.curve ?? 'P-256' }),
      extendedKeyUsage: o.extendedKeyUsage ?? [SERVER_AUTHENTICATION_EKU],
      keyUsage: o.keyUsage ?? (rsa ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature']),
    };
  }

  /**
   * Creates the certificate when needed; returns where the VM reads it from and its thumbprint.
   * @internal
   */
  public bind(scope: Construct, serverNames: string[], tags?: { [key: string]: string }, provider?: TerraformProvider): { keyVaultId: string; secretId: string; thumbprint: string; resource?: KeyVaultCertificate } {
    if (this.existing) return { ...this.existing };
    const o = this.options!;
    const f = this.newCertificateFacts()!;
    const resource = new (keyVaultCertificateModule().KeyVaultCertificate)(scope, 'Certificate', {
      name: o.name,
      provider,
      keyVaultId: o.keyVaultId,
      tags,
      certificatePolicy: {
        issuerParameters: { name: o.issuerName ?? 'Self' },
        keyProperties: { exportable: true, keyType: f.keyType, reuseKey: false, ...(f.keySize !== undefined ? { keySize: f.keySize } : { curve: f.curve }) },
        lifetimeAction: [{ action: { actionType: 'AutoRenew' }, trigger: { lifetimePercentage: 80 } }],
        secretProperties: { contentType: 'application/x-pkcs12' },
        x509CertificateProperties: {
          subject: isListToken(serverNames) ? Fn.format('CN=%s', Fn.element(serverNames, 0)) : `CN=${serverNames[0]}`,
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

export type { NewCertificateFacts };
