import { Maybe } from '../core/unknown';
import { UnknownBodyKey } from './vm-instance-body';

/** What the rules need to know about one trusted-launch Arc VM on Azure Local, after defaults. */
export interface TrustedLaunchVmFacts {
  /** The guest image: a Marketplace image with its identity and generation, or a custom image. */
  readonly image:
    | {
        readonly kind: 'marketplace';
        readonly publisher: Maybe<string>;
        readonly offer: Maybe<string>;
        readonly sku: Maybe<string>;
        readonly version: Maybe<string>;
        readonly hypervGeneration: Maybe<string>;
      }
    | { readonly kind: 'custom'; readonly id: Maybe<string> };
  /** The guest image support policy the image must be in. */
  readonly supportPolicy: string;
  /** `securityProfile.securityType`. */
  readonly securityType: Maybe<string>;
  /** `securityProfile.uefiSettings.secureBootEnabled`. */
  readonly secureBoot: Maybe<boolean>;
  /** `securityProfile.enableTPM`. */
  readonly vtpm: Maybe<boolean>;
  /** Whether guest boot-integrity verification (attestation) is asked for. */
  readonly guestAttestation: Maybe<boolean>;
  /** The guest's OS when it is known (`osProfile.linuxConfiguration`, the OS disk's or the gallery image's OS type). @default unknown, held to the Windows rules */
  readonly guestOs?: 'Windows' | 'Linux';
  /** `osProfile.computerName`. */
  readonly computerName: Maybe<string>;
  /** How the admin password is given: a literal, an expression (variable, reference), or not at all. */
  readonly adminPassword: 'literal' | 'expression' | 'absent';
  /** Keys of the request body's `securityProfile` that the API does not know (ARM ignores them). @default none */
  readonly unknownBodyKeys?: readonly UnknownBodyKey[];
  /**
   * Whether azapi validates the body against the API type at plan: `schema_validation_enabled` is not false and the body
   * holds no value known only at apply. @default true
   */
  readonly bodyValidated?: boolean;
  /** Kind and identity of the parent Arc machine, when it is known. */
  readonly arcMachine?: { readonly kind: Maybe<string>; readonly identityType: Maybe<string> | undefined };
}
