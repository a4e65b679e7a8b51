import { Maybe } from '../core/unknown';

/** What the rules need to know about one trusted-launch Arc VM on Azure Local, after defaults. */
export interface TrustedLaunchVmFacts {
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
  readonly supportPolicy: string;
  readonly securityType: Maybe<string>;
  readonly secureBoot: Maybe<boolean>;
  readonly vtpm: Maybe<boolean>;
  /** Whether guest boot-integrity verification (attestation) is asked for. */
  readonly guestAttestation: Maybe<boolean>;
  readonly computerName: Maybe<string>;
  readonly adminPassword: 'literal' | 'expression' | 'absent';
  /** Kind and identity of the parent Arc machine, when it is known. */
  readonly arcMachine?: { readonly kind: Maybe<string>; readonly identityType: Maybe<string> | undefined };
}
