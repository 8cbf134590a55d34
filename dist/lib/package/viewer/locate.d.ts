export interface LocatedViewer {
    /** The page to open. */
    path: string;
    /** found: the package's own; extracted: out of an artifact zip; written: made now, for a package from before the viewer. */
    how: 'found' | 'extracted' | 'written';
}
/** The viewer of a package folder or of a downloaded artifact zip: found, extracted or written. */
export declare function locateViewer(target: string): Promise<LocatedViewer>;
