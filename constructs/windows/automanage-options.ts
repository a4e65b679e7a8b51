/** Settings of a new Automanage Best Practices configuration profile (`azurerm_automanage_configuration`). */
export interface AutomanageConfigurationOptions {
  /** Name of the configuration profile. */
  readonly name: string;
  /** Microsoft Antimalware with real-time protection and a scheduled quick scan. @default true */
  readonly antimalware?: boolean;
  /** Azure security baseline assignment type. @default 'ApplyAndAutoCorrect' */
  readonly azureSecurityBaseline?: 'ApplyAndAutoCorrect' | 'ApplyAndMonitor' | 'Audit' | 'DeployAndAutoCorrect';
  /** @default true */
  readonly bootDiagnostics?: boolean;
  /** @default true */
  readonly defenderForCloud?: boolean;
  /** @default true */
  readonly guestConfiguration?: boolean;
  /** @default false */
  readonly logAnalytics?: boolean;
  /** @default false */
  readonly automationAccount?: boolean;
  /** Needs the subscription feature Microsoft.Automanage/AutomanageAlertsEnabled. @default false */
  readonly statusChangeAlert?: boolean;
}

/**
 * Automanage for the VM: either a new configuration profile, or the id of an existing one. Either way the VM is
 * assigned to it. Automanage Best Practices retires on 2027-09-30 (a warning says so at synth).
 */
export type AutomanageOptions = { readonly configurationId: string } | { readonly configuration: AutomanageConfigurationOptions };
