/** The guide's « Quelques pistes pour matérialiser cette vision », in its order. */
export declare const VISION_ITEMS: readonly ['purpose', 'users', 'problems', 'solution', 'impact'];
export type VisionItem = (typeof VISION_ITEMS)[number];
export interface VisionChecklist {
    covered: VisionItem[];
    missing: VisionItem[];
    /** The line that covers each item, shortened. */
    evidence: Partial<Record<VisionItem, string>>;
}
/**
 * Which items of the guide's vision checklist a document covers: purpose in one sentence, users,
 * problems/needs, solution and value proposition, expected impact. Unticked task-list boxes are
 * skipped: a copied template (`- [ ] Préciser qui sont les utilisateurs`) covers nothing yet.
 */
export declare function visionChecklist(markdown: string): VisionChecklist;
