import { isCiDefinitionFile, isPaasDeployFile, isWorkflowFile } from '../collect/select-files.js';
import { GUIDE } from '../guide/guide-references.js';
import { analyseCiFile, analyseWorkflow, } from './ci-deploy-evidence.js';
import { configPattern } from './config-pattern.js';
import { unknownResult } from './outcome.js';
/** CI services the collector does not read but whose presence still shows a CI. */
const OTHER_CI_FILES = [/^\.drone\.ya?ml$/, /^\.buildkite\/pipeline\.ya?ml$/];
export const deliveryAutomationSignal = {
    id: 'delivery-automation',
    pillar: 'team',
    title: { fr: 'Intégration et déploiement automatisés', en: 'Automated integration and deployment' },
    definition: {
        fr: 'Une intégration continue (workflows GitHub Actions ou autre CI) et un déploiement automatisé (workflow ou job de déploiement, environnement de production, action de déploiement, descripteur de PaaS) sont définis dans le dépôt.',
        en: 'Continuous integration (GitHub Actions workflows or another CI) and automated deployment (deploy workflow or job, production environment, deploy action, PaaS descriptor) are defined in the repository.',
    },
    why: {
        fr: "« En particulier, l'équipe de développement doit être équipée pour pouvoir déployer de nouvelles versions du code en continu, parfois quotidiennement. »",
        en: '“In particular, the development team must be equipped to deploy new versions of the code continuously, sometimes daily.”',
    },
    guide: GUIDE.petitGuide,
    defaults: {},
    evaluate: evaluateDeliveryAutomation,
};
function evaluateDeliveryAutomation(context) {
    const { files } = context.snapshot;
    if (!files.available) {
        return unknownResult({ fr: 'Intégration et déploiement automatisés', en: 'Automated integration and deployment' }, files);
    }
    const patterns = {
        production: configPattern(context.config.deployments.productionEnvironment),
        workflow: configPattern(context.config.deployments.workflow),
    };
    const paths = [...files.value].sort();
    const analyses = [
        ...paths
            .filter(isWorkflowFile)
            .map((path) => analyseWorkflow(path, textOf(context.snapshot, path), patterns)),
        ...paths
            .filter(isCiDefinitionFile)
            .map((path) => analyseCiFile(path, textOf(context.snapshot, path), patterns)),
        ...paths
            .filter((path) => OTHER_CI_FILES.some((pattern) => pattern.test(path)))
            .map((path) => ({ path, parsed: false, yamlError: false, deploy: [] })),
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
    const evidence = [
        ...analyses.map((a) => ({ kind: 'file', ref: a.path })),
        ...paas.map((ref) => ({ kind: 'file', ref })),
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
        measured: measuredText(analyses.map((a) => a.path), deployEvidence, unparsed),
        advice: adviceText(ci, deploy),
    };
}
function textOf(snapshot, path) {
    const part = snapshot.contents[path];
    return part?.available ? part.value.text : null;
}
function measuredText(ciFiles, deployEvidence, unparsed) {
    const ci = ciFiles.length > 0
        ? { fr: `CI définie (${ciFiles.join(', ')})`, en: `CI defined (${ciFiles.join(', ')})` }
        : { fr: 'aucune CI définie dans le dépôt', en: 'no CI defined in the repository' };
    const deploy = deployEvidence.length > 0
        ? {
            fr: `déploiement automatisé : ${deployEvidence.join(', ')}`,
            en: `automated deployment: ${deployEvidence.join(', ')}`,
        }
        : { fr: 'aucun déploiement automatisé trouvé', en: 'no automated deployment found' };
    const broken = unparsed.length > 0
        ? {
            fr: ` YAML illisible, jugé sur le nom seul : ${unparsed.join(', ')}.`,
            en: ` Unreadable YAML, judged on the name only: ${unparsed.join(', ')}.`,
        }
        : { fr: '', en: '' };
    const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
    return {
        fr: `${capital(ci.fr)} ; ${deploy.fr}.${broken.fr}`,
        en: `${capital(ci.en)}; ${deploy.en}.${broken.en}`,
    };
}
function adviceText(ci, deploy) {
    if (ci && deploy)
        return null;
    const addCi = {
        fr: 'Ajoutez une intégration continue (par exemple `.github/workflows/ci.yml`) qui lance les tests à chaque push et pull request.',
        en: 'Add continuous integration (for example `.github/workflows/ci.yml`) running the tests on every push and pull request.',
    };
    const addDeploy = {
        fr: 'Automatisez la mise en production : un workflow de déploiement depuis la branche par défaut, avec un job `environment: production`, pour que l’équipe déploie elle-même, en continu.',
        en: 'Automate deploying to production: a deploy workflow from the default branch, with a job `environment: production`, so the team deploys by itself, continuously.',
    };
    if (ci)
        return addDeploy;
    if (deploy)
        return addCi;
    return { fr: `${addCi.fr} ${addDeploy.fr}`, en: `${addCi.en} ${addDeploy.en}` };
}
