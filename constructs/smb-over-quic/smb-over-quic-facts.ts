import { Maybe } from '../core/unknown';

/** Key and usage of a certificate the construct creates; undefined for an existing certificate. */
export interface NewCertificateFacts {
  readonly keyType: Maybe<string>;
  readonly keySize?: Maybe<number>;
  readonly curve?: Maybe<string>;
  readonly extendedKeyUsage: readonly Maybe<string>[];
  readonly keyUsage: readonly Maybe<string>[];
}

/** What the SMB over QUIC rules need to know, after defaults. */
export interface SmbOverQuicFacts {
  /** Whether the VM's image supports SMB over QUIC; false for an image outside the catalog. */
  readonly imageSupportsSmbOverQuic: boolean;
  readonly imageSupportsClientAccessControl: boolean;
  readonly imageName: string;
  readonly serverNames: Maybe<readonly Maybe<string>[]>;
  readonly newCertificate?: NewCertificateFacts;
  readonly clientAccessControl: boolean;
  readonly allowedClientCertificateSha256: Maybe<readonly Maybe<string>[]>;
  readonly allowedSourceAddressPrefixes: Maybe<readonly Maybe<string>[]>;
  readonly kdcProxy: boolean;
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
