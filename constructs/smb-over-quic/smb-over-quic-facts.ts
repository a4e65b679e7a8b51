import { Maybe } from '../core/unknown';

/** Key and usage of a certificate the construct creates; undefined for an existing certificate. */
export interface NewCertificateFacts {
  /** `RSA`, `RSA-HSM`, `EC` or `EC-HSM`. */
  readonly keyType: Maybe<string>;
  /** RSA key size in bits. */
  readonly keySize?: Maybe<number>;
  /** EC curve. */
  readonly curve?: Maybe<string>;
  /** Extended key usage OIDs. */
  readonly extendedKeyUsage: readonly Maybe<string>[];
  /** Key usages. */
  readonly keyUsage: readonly Maybe<string>[];
}

/** What the SMB over QUIC rules need to know, after defaults. */
export interface SmbOverQuicFacts {
  /** Whether the VM's image supports SMB over QUIC; false for an image outside the catalog. */
  readonly imageSupportsSmbOverQuic: boolean;
  /** Whether the image supports client access control (Windows Server 2025). */
  readonly imageSupportsClientAccessControl: boolean;
  /** The VM's image, as messages show it. */
  readonly imageName: string;
  /** The DNS names clients use. */
  readonly serverNames: Maybe<readonly Maybe<string>[]>;
  /** The certificate to create; undefined for an existing one. */
  readonly newCertificate?: NewCertificateFacts;
  /** Whether client access control is configured. */
  readonly clientAccessControl: boolean;
  /** SHA-256 hashes of the allowed client certificates. */
  readonly allowedClientCertificateSha256: Maybe<readonly Maybe<string>[]>;
  /** Sources allowed to reach UDP 443. */
  readonly allowedSourceAddressPrefixes: Maybe<readonly Maybe<string>[]>;
  /** Whether a KDC proxy is configured on TCP 443. */
  readonly kdcProxy: boolean;
  /** Whether the VM is assigned to Automanage (whose Best Practices watched the certificate). @default false */
  readonly automanage?: boolean;
  /** Port of a Windows Admin Center gateway on the same server, if any. */
  readonly windowsAdminCenterGatewayPort?: Maybe<number>;
}

/** Object identifiers and key parameters of the SMB over QUIC server certificate. */
export const SERVER_AUTHENTICATION_EKU = '1.3.6.1.5.5.7.3.1';
export const CLIENT_AUTHENTICATION_EKU = '1.3.6.1.5.5.7.3.2';
export const RSA_KEY_TYPES = ['RSA', 'RSA-HSM'];
export const EC_KEY_TYPES = ['EC', 'EC-HSM'];
export const EC_CURVES = ['P-256', 'P-384', 'P-521'];
export const MIN_RSA_KEY_SIZE = 2048;
