// extract-files 14 ships JavaScript with JSDoc types only; these are the two entry points the upload sample uses.
declare module 'extract-files/extractFiles.mjs' {
  /** A dot-separated path into the value, e.g. `variables.file`. */
  export type ObjectPath = string;
  export interface Extraction<Extractable> {
    /** The value with every file replaced by null. */
    clone: unknown;
    /** Each file with the paths it was found at. */
    files: Map<Extractable, ObjectPath[]>;
  }
  export default function extractFiles<Extractable>(
    value: unknown,
    isExtractable: (value: unknown) => value is Extractable,
    path?: ObjectPath,
  ): Extraction<Extractable>;
}

declare module 'extract-files/isExtractableFile.mjs' {
  /** `File`, `Blob` or a React Native `ReactNativeFile`. */
  export type ExtractableFile = Blob;
  export default function isExtractableFile(value: unknown): value is ExtractableFile;
}
