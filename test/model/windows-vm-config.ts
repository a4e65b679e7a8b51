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
}
