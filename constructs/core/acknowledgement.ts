import { Finding, Rule, severityOf } from './rule';

/** A rule's finding accepted on purpose, with the reason a reviewer reads. */
export interface Acknowledgement {
  /** The id of the rule, e.g. `NET-RDP-FROM-INTERNET`. */
  readonly ruleId: string;
  /** Why the finding is accepted: at least 10 characters, for the reviewer who reads it. */
  readonly reason: string;
}

/** The shortest reason accepted: enough for a reviewer to read why, not a placeholder. */
export const MIN_REASON_LENGTH = 10;

/** Whether a rule's findings can be acknowledged: warnings, and errors of the library's own policy. */
export const canAcknowledge = (rule: Rule<never>): boolean => severityOf(rule) !== 'error' || rule.policy === true;

/** What {@link AZG_ACKNOWLEDGEMENT} reads: one acknowledgement and the rule catalog. */
export interface AcknowledgementFacts {
  readonly acknowledgement: Acknowledgement;
  readonly rules: readonly Rule<never>[];
}

/** An acknowledgement names a rule that exists and can be acknowledged, with a reason. */
export const AZG_ACKNOWLEDGEMENT: Rule<AcknowledgementFacts> = {
  id: 'AZG-ACKNOWLEDGEMENT',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'an acknowledgement names a rule that can be acknowledged, with a reason of at least 10 characters', source: 'this library\'s acknowledgements (README, Acknowledging a finding)' },
  ],
  title: 'an acknowledgement names a rule that can be acknowledged, with a reason of at least 10 characters',
  source: 'this library: acknowledgements waive the library\'s policies and warnings, never what Azure or azurerm refuse',
  doc:
    'AzureGuardrails.acknowledge (constructs), a "# azguard:acknowledge RULE-ID reason" comment (HCL) or the acknowledgements cdktf output records ' +
    'waive a rule\'s findings on a resource or construct and its children. The rule must exist; its findings must be warnings or errors of the ' +
    "library's own policy (literal passwords, management ports or SMB open to the Internet, unnamed SMB over QUIC sources): an error that Azure or " +
    'azurerm refuse at plan or apply cannot be acknowledged, since the configuration would only fail later. The reason is required, so that a reviewer ' +
    'reads why.',
  check({ acknowledgement: a, rules }) {
    const rule = rules.find((r) => r.id === a.ruleId);
    const out: Finding[] = [];
    if (!rule) {
      out.push({ attribute: 'ruleId', message: `no rule has the id '${a.ruleId}'`, value: a.ruleId, fix: 'name a rule of the catalog (azguard rules lists them), with its exact id' });
    } else if (!canAcknowledge(rule)) {
      out.push({
        attribute: 'ruleId',
        message: `${a.ruleId} cannot be acknowledged: ${rule.title}, and Azure or azurerm refuse the configuration at plan or apply, so an acknowledgement would only move the failure there`,
        value: a.ruleId,
        fix: 'change the configuration so that the rule holds',
      });
    }
    const reason = typeof a.reason === 'string' ? a.reason.trim() : '';
    if (reason.length < MIN_REASON_LENGTH) {
      out.push({ attribute: 'reason', message: `the acknowledgement of ${a.ruleId} gives ${reason.length === 0 ? 'no reason' : `the reason '${reason}' (${reason.length} characters)`}; at least ${MIN_REASON_LENGTH} characters are needed`, fix: 'say why the finding is accepted, for the reviewer who reads it' });
    }
    return out;
  },
};

/** What {@link AZG_ACKNOWLEDGEMENT_UNUSED} reads. */
export interface UnusedAcknowledgementFacts {
  readonly acknowledgement: Acknowledgement;
  /** Where the acknowledgement was given: a construct path or a Terraform address. */
  readonly scope: string;
}

/** An acknowledgement that waives nothing is said, so that stale ones are removed. */
export const AZG_ACKNOWLEDGEMENT_UNUSED: Rule<UnusedAcknowledgementFacts> = {
  id: 'AZG-ACKNOWLEDGEMENT-UNUSED',
  severity: 'warning',
  title: 'an acknowledgement matches a finding',
  source: 'this library: an acknowledgement that waives nothing hides the next finding of its rule without review',
  doc: 'An acknowledgement whose rule finds nothing on its resource or construct (the configuration was fixed, or the acknowledgement is on the wrong scope) is reported, so that it is removed before it silently waives a later finding.',
  check: ({ acknowledgement: a, scope }) => [{ attribute: 'ruleId', message: `the acknowledgement of ${a.ruleId} on ${scope} matches no finding`, value: a.ruleId, fix: 'remove the acknowledgement, or move it to the construct or resource that has the finding' }],
};
