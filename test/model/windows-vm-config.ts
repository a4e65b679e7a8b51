/** A generated VM configuration, as plain data; the test turns it into construct props. */
export type ImageChoice =
  | { kind: 'marketplace'; publisher: string; offer: string; sku: string }
  | { kind: 'sku-token'; publisher: string; offer: string }
  | { kind: 'custom'; imageId: string };

/** A literal name, a variable, or a variable followed by a literal suffix (`${var.prefix}<suffix>`). */
export type NameChoice = { kind: 'literal'; value: string } | { kind: 'token' } | { kind: 'template'; suffix: string };

export interface VmConfig {
  image: ImageChoice;
  size: string;
  name: string;
  computerName?: NameChoice;
  /** @default 'azureuser' */
  adminUsername?: string;
  passwordLiteral: boolean;
  hotpatch?: boolean;
  patchMode?: string;
  patchAssessmentMode?: string;
  rebootSetting?: string;
  bypass?: boolean;
  provisionVmAgent?: boolean;
  allowExtensionOperations?: boolean;
  automaticUpdates?: boolean;
  secureBoot?: boolean;
  vtpm?: boolean;
  automanage?: 'existing' | 'new';
  /** `licenseType` as written. */
  licenseType?: string;
  /** The identity type and how many user-assigned ids come with it. */
  identity?: { type: string; ids: number };
  /** Which placement props are written. */
  placement?: { zone?: boolean; availabilitySet?: boolean; proximityPlacementGroup?: boolean; capacityReservation?: boolean };
  /** User data: text the construct encodes, or a value passed as base64 (valid or not). */
  userData?: VmDataChoice;
  /** Custom data, as above. */
  customData?: VmDataChoice;
  /** OS disk type. @default 'Premium_LRS' */
  osDiskType?: string;
  /** Data disks. */
  dataDisks?: { lun: number; caching?: string; type?: string; copy?: boolean }[];
}

/** What a VM data prop holds: `text` is encoded by the construct; `base64` is written as given. */
export type VmDataChoice = { kind: 'text' | 'base64'; value: string };
