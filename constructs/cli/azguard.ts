import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkInputs } from '../checker/check-inputs';
import { AZG_INPUT_SHAPE } from '../checker/checker-rules';
import { formatJson, formatSarif, formatText, summarize } from '../checker/report';
import { InputError } from '../checker/terraform-config';
import { acknowledgeLabel, refusalLines, ruleTableMarkdown, severityLabel } from '../core/rule-table';
import { canAcknowledge } from '../core/acknowledgement';
import { severityOf } from '../core/rule';
import { ValidationError } from '../core/validation-error';
import { DEFAULT_SUPPORT_POLICY, GUEST_IMAGE_SUPPORT_POLICIES, GuestImageSupportPolicyName } from '../azure-local/guest-image-support';
import { ALL_RULES } from '../rule-catalog';
import { AZURE_EDITION_FEATURES, AzureEditionFeature } from '../windows/image-catalog';
import { selectAzureEditionImages } from '../windows/image-selection';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly stdin: () => string;
}

const VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
})();

/** Runs the azguard command line; resolves to the exit code (0 clean, 1 error findings, 2 unusable input or usage). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('azguard')
    .description('the rules of the azure guardrails constructs, for any terraform configuration')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('check')
    .description('check terraform json, plan json (terraform show -json), hcl files or directories; - reads json from standard input')
    .argument('<paths...>')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--verbose', 'also report values that are not literal (info) and the acknowledged findings with their reasons', false)
    .addOption(new Option('--support-policy <name>', 'azure local guest image support policy (the supportPolicy prop of AzureLocalTrustedLaunchVm)').choices(GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.name)).default(DEFAULT_SUPPORT_POLICY))
    .action(async (paths: string[], o: { format: string; verbose: boolean; supportPolicy: string }) => {
      const { files, findings, resourceCount } = await checkInputs(paths, io.stdin, { verbose: o.verbose, supportPolicy: o.supportPolicy as GuestImageSupportPolicyName });
      const summary = summarize(findings, files.length, resourceCount);
      io.stdout(o.format === 'json' ? formatJson(findings, summary) : o.format === 'sarif' ? formatSarif(findings, ALL_RULES, VERSION) : formatText(findings, summary, o.verbose));
      // a block the checker could not read makes the input unusable, after every finding is printed
      code = findings.some((f) => f.ruleId === AZG_INPUT_SHAPE.id) ? 2 : summary.errors > 0 ? 1 : 0;
    });

  program
    .command('rules')
    .description('list every rule')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((o: { format: string }) => {
      if (o.format === 'markdown') io.stdout(ruleTableMarkdown(ALL_RULES) + '\n');
      else if (o.format === 'json') io.stdout(JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, severity: severityOf(r), acknowledgeable: canAcknowledge(r), title: r.title, source: r.source, refusals: r.refusals ?? [] })), null, 2) + '\n');
      else io.stdout(ALL_RULES.map((r) => `${r.id.padEnd(36)} ${severityOf(r).padEnd(8)} ${r.title}`).join('\n') + '\n');
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule-id>')
    .action((id: string) => {
      const r = ALL_RULES.find((x) => x.id.toLowerCase() === id.toLowerCase());
      if (!r) {
        io.stderr(`azguard: no rule '${id}'; azguard rules lists them\n`);
        code = 2;
        return;
      }
      const refusals = refusalLines(r).map((l) => `${l}\n`).join('');
      io.stdout(`${r.id} (${severityLabel(r)}; ${acknowledgeLabel(r)}): ${r.title}\n\n${r.doc}\n\nsource: ${r.source}\n${refusals}`);
    });

  program
    .command('images')
    .description('windows server azure edition images that support the wanted features, best first')
    .option('--features <list>', `comma-separated: ${AZURE_EDITION_FEATURES.join(', ')}`, '')
    .action((o: { features: string }) => {
      const features = o.features.split(',').map((f) => f.trim()).filter(Boolean);
      const bad = features.filter((f) => !(AZURE_EDITION_FEATURES as readonly string[]).includes(f));
      if (bad.length > 0) {
        io.stderr(`azguard: unknown feature ${bad.map((b) => `'${b}'`).join(', ')}; use ${AZURE_EDITION_FEATURES.join(', ')}\n`);
        code = 2;
        return;
      }
      try {
        const images = selectAzureEditionImages({ features: features as AzureEditionFeature[] });
        io.stdout(images.map((e) => `${e.sku.padEnd(50)} ${e.year} ${e.installOption.padEnd(18)} ${e.diskVariant.padEnd(8)} ${AZURE_EDITION_FEATURES.filter((f) => e.capabilities[f].supported).join(', ')}`).join('\n') + '\n');
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        io.stdout(e.message.toLowerCase() + '\n');
        code = 1;
      }
    });

  try {
    await program.parseAsync(['node', 'azguard', ...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InputError) {
      io.stderr(`azguard: ${e.message}\n`);
      return 2;
    }
    io.stderr(`azguard: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}
