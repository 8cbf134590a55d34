/** What of a file is compared: parsed JSON or frontmatter without the volatile keys, else the text itself. */
export declare function comparableContent(name: string, content: Buffer): unknown;
export declare function sameContent(name: string, base: Buffer, head: Buffer): boolean;
/** One value that differs: a top-level field of a supertask (`title`, `metadata.language`) or of an item. */
export interface FieldChange {
    field: string;
    /** Absent on the side that lacks the field. */
    base?: unknown;
    head?: unknown;
}
export type SupertaskItem = Record<string, unknown>;
export interface ItemChange {
    change: 'added' | 'removed' | 'changed';
    /** 1-based positions in `flexibleItems`, null on the side the item is not on. */
    base_position: number | null;
    head_position: number | null;
    type: string;
    base: SupertaskItem | null;
    head: SupertaskItem | null;
    /** For a changed item, the fields that differ. */
    fields: FieldChange[];
}
/** What changed between two supertasks: their fields (items aside), then their items. */
export interface SupertaskDiff {
    fields: FieldChange[];
    items: ItemChange[];
}
export declare const isObject: (value: unknown) => value is Record<string, unknown>;
/** The supertask in a JSON file's content, or null when the file is not a JSON object. */
export declare function parseSupertask(content: Buffer): Record<string, unknown> | null;
export declare function diffSupertask(base: Record<string, unknown>, head: Record<string, unknown>): SupertaskDiff;
