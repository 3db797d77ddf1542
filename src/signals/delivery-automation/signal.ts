import { isCiDefinitionFile, isPaasDeployFile, isWorkflowFile } from '../../collect/select-files.js';
import type { Localized } from '../../model/ids.js';
import type { RawSnapshot } from '../../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import {
  analyseCiFile,
  analyseWorkflow,
  type CiFileAnalysis,
  type DeployPatterns,
} from '../ci-deploy-evidence.js';
import { configPattern } from '../config-pattern.js';
import { unknownResult } from '../outcome.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';

export type DeliveryAutomationThresholds = Record<string, never>;

/** CI services the collector does not read but whose presence still shows a CI. */
const OTHER_CI_FILES = [/^\.drone\.ya?ml$/, /^\.buildkite\/pipeline\.ya?ml$/];

const DATA = loadSignalData('delivery-automation');
const message = signalMessages(DATA);

export const deliveryAutomationSignal: SignalDefinition<DeliveryAutomationThresholds> = {
  ...signalBasics<DeliveryAutomationThresholds>(DATA),
  evaluate: evaluateDeliveryAutomation,
};

function evaluateDeliveryAutomation(context: SignalContext<DeliveryAutomationThresholds>): SignalResult {
  const { files } = context.snapshot;
  if (!files.available) {
    return unknownResult(message('unknown-what'), files);
  }
  const patterns: DeployPatterns = {
    production: configPattern(context.config.deployments.productionEnvironment),
    workflow: configPattern(context.config.deployments.workflow),
  };
  const paths = [...files.value].sort();
  const analyses: CiFileAnalysis[] = [
    ...paths
      .filter(isWorkflowFile)
      .map((path) => analyseWorkflow(path, textOf(context.snapshot, path), patterns)),
    ...paths
      .filter(isCiDefinitionFile)
      .map((path) => analyseCiFile(path, textOf(context.snapshot, path), patterns)),
    ...paths
      .filter((path) => OTHER_CI_FILES.some((pattern) => pattern.test(path)))
      .map((path): CiFileAnalysis => ({ path, parsed: false, yamlError: false, deploy: [] })),
  ];
  const paas = paths.filter(isPaasDeployFile);
  const deployEvidence = [
    ...analyses.flatMap((analysis) => analysis.deploy.map((reason) => `${analysis.path} (${reason})`)),
    ...paas.map((path) => `${path} (PaaS)`),
  ];
  const ci = analyses.length > 0;
  const deploy = deployEvidence.length > 0;
  const status = ci && deploy ? 'pass' : ci || deploy ? 'warn' : 'fail';
  const unparsed = analyses.filter((a) => a.yamlError).map((a) => a.path);
  const unread = analyses.filter((a) => !a.parsed && !a.yamlError).map((a) => a.path);
  const evidence: Evidence[] = [
    ...analyses.map((a): Evidence => ({ kind: 'file', ref: a.path })),
    ...paas.map((ref): Evidence => ({ kind: 'file', ref })),
  ];
  return {
    status,
    score: status === 'pass' ? 100 : status === 'warn' ? (ci ? 60 : 50) : 0,
    metrics: {
      ci,
      deploy,
      ciFiles: analyses.map((a) => a.path),
      deployEvidence,
      paasFiles: paas,
      unparsed,
      unread,
    },
    evidence,
    measured: measuredText(
      analyses.map((a) => a.path),
      evidenceText(analyses, paas),
      deployEvidence.length,
      unparsed,
    ),
    advice: adviceText(ci, deploy),
  };
}

function textOf(snapshot: RawSnapshot, path: string): string | null {
  const part = snapshot.contents[path];
  return part?.available ? part.value.text : null;
}

/** `environment production`, `job deploy`…: the reason's kind, then what the file names. */
function reasonFacts(reason: string): { kind: string; value: string } {
  const [kind = '', ...rest] = reason.split(' ');
  return reason === 'file name' ? { kind: 'file', value: '' } : { kind, value: rest.join(' ') };
}

function evidenceText(analyses: CiFileAnalysis[], paas: string[]): Localized {
  const items = [
    ...analyses.flatMap((analysis) =>
      analysis.deploy.map((reason) =>
        message('deploy-evidence', { path: analysis.path, ...reasonFacts(reason) }),
      ),
    ),
    ...paas.map((path) => message('deploy-evidence', { path, kind: 'paas', value: '' })),
  ];
  return { fr: items.map((item) => item.fr).join(', '), en: items.map((item) => item.en).join(', ') };
}

function measuredText(
  ciFiles: string[],
  evidence: Localized,
  deployCount: number,
  unparsed: string[],
): Localized {
  return message('measured', {
    ciCount: ciFiles.length,
    ciFiles: ciFiles.join(', '),
    deployCount,
    fr: evidence.fr,
    en: evidence.en,
    unparsedCount: unparsed.length,
    unparsed: unparsed.join(', '),
  });
}

function adviceText(ci: boolean, deploy: boolean): Localized | null {
  if (ci && deploy) return null;
  return message('advice', { missing: ci ? 'deploy' : deploy ? 'ci' : 'both' });
}
