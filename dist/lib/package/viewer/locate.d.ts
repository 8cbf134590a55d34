export interface LocatedViewer {
    /** The page to open. */
    path: string;
    /**
     * found: the package's own; extracted: out of an artifact zip; written: made now from the
     * package's records, for a package from before the viewer or one whose page is not lyfe-kt's.
     */
    how: 'found' | 'extracted' | 'written';
    /** Why a page was written: the package has none, or its own is not a page this lyfe-kt writes. */
    written?: 'no-viewer' | 'not-lyfe-kt';
}
/** The viewer of a package folder or of a downloaded artifact zip: found, extracted or written. */
export declare function locateViewer(target: string): Promise<LocatedViewer>;
