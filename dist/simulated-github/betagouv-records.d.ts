import type { SimulatedFile, SimulatedRepositorySpec } from './repository-spec.js';
/**
 * The repository of the beta.gouv.fr product records (`content/_startups/<id>.md`), holding the
 * records given by id, for a simulated GitHub that should serve it next to the scanned repositories.
 * `fullName` names a mirror (GitHub Enterprise Server); each record was last changed on `changedAt`.
 */
export declare function betagouvRecordsSpec(records: Record<string, SimulatedFile>, options?: {
    fullName?: string;
    changedAt?: string;
}): SimulatedRepositorySpec;
/** The specs, plus the records' repository when some spec has a `betagouvRecord` and none serves it. */
export declare function withBetagouvRecords(specs: SimulatedRepositorySpec[]): SimulatedRepositorySpec[];
