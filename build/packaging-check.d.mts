// Types for packaging-check.mjs, which electron-builder loads as plain JavaScript.
export declare const PACKAGING_MIN_NODE: string;
export declare function nodeCanPackage(version: string): boolean;
export interface SigningReport {
  signed: boolean;
  lines: string[];
}
export declare function signingReport(platform: string, env: Record<string, string | undefined>): SigningReport;
export interface PackagingRuntime {
  node: string;
  env: Record<string, string | undefined>;
  log(line: string): void;
}
export declare function beforePack(
  context: { electronPlatformName: string },
  runtime?: PackagingRuntime,
): Promise<void>;
export default beforePack;
