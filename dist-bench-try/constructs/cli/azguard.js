"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = main;
const commander_1 = require("commander");
const fs_1 = require("fs");
const path_1 = require("path");
const check_inputs_1 = require("../checker/check-inputs");
const checker_rules_1 = require("../checker/checker-rules");
const report_1 = require("../checker/report");
const terraform_config_1 = require("../checker/terraform-config");
const rule_table_1 = require("../core/rule-table");
const acknowledgement_1 = require("../core/acknowledgement");
const validation_error_1 = require("../core/validation-error");
const guest_image_support_1 = require("../azure-local/guest-image-support");
const rule_catalog_1 = require("../rule-catalog");
const image_catalog_1 = require("../windows/image-catalog");
const image_selection_1 = require("../windows/image-selection");
const VERSION = (() => {
    try {
        return JSON.parse((0, fs_1.readFileSync)((0, path_1.join)(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version;
    }
    catch {
        return '0.0.0';
    }
})();
/** Runs the azguard command line; resolves to the exit code (0 clean, 1 error findings, 2 unusable input or usage). */
async function main(argv, io) {
    let code = 0;
    const program = new commander_1.Command('azguard')
        .description('the rules of the azure guardrails constructs, for any terraform configuration')
        .version(VERSION)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError();
    program
        .command('check')
        .description('check terraform json, plan json (terraform show -json), hcl files or directories; - reads json from standard input')
        .argument('<paths...>')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('--verbose', 'also report values that are not literal (info) and the acknowledged findings with their reasons', false)
        .addOption(new commander_1.Option('--support-policy <name>', 'azure local guest image support policy (the supportPolicy prop of AzureLocalTrustedLaunchVm)').choices(guest_image_support_1.GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.name)).default(guest_image_support_1.DEFAULT_SUPPORT_POLICY))
        .action(async (paths, o) => {
        const { files, findings, resourceCount } = await (0, check_inputs_1.checkInputs)(paths, io.stdin, { verbose: o.verbose, supportPolicy: o.supportPolicy });
        const summary = (0, report_1.summarize)(findings, files.length, resourceCount);
        io.stdout(o.format === 'json' ? (0, report_1.formatJson)(findings, summary) : o.format === 'sarif' ? (0, report_1.formatSarif)(findings, rule_catalog_1.ALL_RULES, VERSION) : (0, report_1.formatText)(findings, summary, o.verbose));
        // a block the checker could not read makes the input unusable, after every finding is printed
        code = findings.some((f) => f.ruleId === checker_rules_1.AZG_INPUT_SHAPE.id) ? 2 : summary.errors > 0 ? 1 : 0;
    });
    program
        .command('rules')
        .description('list every rule')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
        .action((o) => {
        if (o.format === 'markdown')
            io.stdout((0, rule_table_1.ruleTableMarkdown)(rule_catalog_1.ALL_RULES) + '\n');
        else if (o.format === 'json')
            io.stdout(JSON.stringify(rule_catalog_1.ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, acknowledgeable: (0, acknowledgement_1.canAcknowledge)(r), title: r.title, source: r.source })), null, 2) + '\n');
        else
            io.stdout(rule_catalog_1.ALL_RULES.map((r) => `${r.id.padEnd(36)} ${r.severity.padEnd(8)} ${r.title}`).join('\n') + '\n');
    });
    program
        .command('explain')
        .description("print a rule's documentation")
        .argument('<rule-id>')
        .action((id) => {
        const r = rule_catalog_1.ALL_RULES.find((x) => x.id.toLowerCase() === id.toLowerCase());
        if (!r) {
            io.stderr(`azguard: no rule '${id}'; azguard rules lists them\n`);
            code = 2;
            return;
        }
        io.stdout(`${r.id} (${(0, rule_table_1.severityLabel)(r)}; ${(0, rule_table_1.acknowledgeLabel)(r)}): ${r.title}\n\n${r.doc}\n\nsource: ${r.source}\n`);
    });
    program
        .command('images')
        .description('windows server azure edition images that support the wanted features, best first')
        .option('--features <list>', `comma-separated: ${image_catalog_1.AZURE_EDITION_FEATURES.join(', ')}`, '')
        .action((o) => {
        const features = o.features.split(',').map((f) => f.trim()).filter(Boolean);
        const bad = features.filter((f) => !image_catalog_1.AZURE_EDITION_FEATURES.includes(f));
        if (bad.length > 0) {
            io.stderr(`azguard: unknown feature ${bad.map((b) => `'${b}'`).join(', ')}; use ${image_catalog_1.AZURE_EDITION_FEATURES.join(', ')}\n`);
            code = 2;
            return;
        }
        try {
            const images = (0, image_selection_1.selectAzureEditionImages)({ features: features });
            io.stdout(images.map((e) => `${e.sku.padEnd(50)} ${e.year} ${e.installOption.padEnd(18)} ${e.diskVariant.padEnd(8)} ${image_catalog_1.AZURE_EDITION_FEATURES.filter((f) => e.capabilities[f].supported).join(', ')}`).join('\n') + '\n');
        }
        catch (e) {
            if (!(e instanceof validation_error_1.ValidationError))
                throw e;
            io.stdout(e.message.toLowerCase() + '\n');
            code = 1;
        }
    });
    try {
        await program.parseAsync(['node', 'azguard', ...argv]);
        return code;
    }
    catch (e) {
        if (e instanceof commander_1.CommanderError)
            return e.exitCode === 0 ? 0 : 2;
        if (e instanceof terraform_config_1.InputError) {
            io.stderr(`azguard: ${e.message}\n`);
            return 2;
        }
        io.stderr(`azguard: ${e?.message ?? String(e)}\n`);
        return 2;
    }
}
