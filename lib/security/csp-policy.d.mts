export declare const cspReportPath: string;
export declare function contentSecurityPolicy(options: {
  scripts: { nonce: string } | { hashes: string[] };
  stripe?: boolean;
  dev?: boolean;
  imageOrigins?: string[];
}): string;
export declare function scriptHashes(html: string): string[];
