import { DEFAULT_RECORDS_REPOSITORY, recordPath } from '../../src/product-record/product-record-source.js';
import type { SimulatedFile, SimulatedRepositorySpec } from './repository-spec.js';

/**
 * The repository of the beta.gouv.fr product records (`content/_startups/<id>.md`), holding the
 * records given by id, for a simulated GitHub that should serve it next to the scanned repositories.
 * `fullName` names a mirror (GitHub Enterprise Server); each record was last changed on `changedAt`.
 */
export function betagouvRecordsSpec(
  records: Record<string, SimulatedFile>,
  options: { fullName?: string; changedAt?: string } = {},
): SimulatedRepositorySpec {
  const [owner = 'betagouv', name = 'beta.gouv.fr'] = (options.fullName ?? DEFAULT_RECORDS_REPOSITORY).split(
    '/',
  );
  const files = Object.fromEntries(Object.entries(records).map(([id, file]) => [recordPath(id), file]));
  return {
    owner,
    name,
    defaultBranch: 'master',
    files: { 'README.md': 'The product records of the incubator network.\n', ...files },
    commits: [
      {
        date: options.changedAt ?? '2026-06-01T10:00:00Z',
        message: 'Update the records',
        paths: Object.keys(files),
      },
    ],
  };
}

/** The specs, plus the records' repository when some spec has a `betagouvRecord` and none serves it. */
export function withBetagouvRecords(specs: SimulatedRepositorySpec[]): SimulatedRepositorySpec[] {
  const records = specs.flatMap((spec) => (spec.betagouvRecord ? [spec.betagouvRecord] : []));
  const [owner, name] = DEFAULT_RECORDS_REPOSITORY.split('/');
  const served = specs.some((spec) => spec.owner.toLowerCase() === owner && spec.name.toLowerCase() === name);
  if (records.length === 0 || served) return specs;
  return [...specs, betagouvRecordsSpec(Object.fromEntries(records.map((r) => [r.id, r.text])))];
}
