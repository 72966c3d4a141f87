// subset-font ships no types; this covers the calls the package makes (render/embedFont.ts, scripts/cut-chinese-font.ts).
declare module "subset-font" {
  interface SubsetOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    keepFeatures?: string[];
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    /** Name table IDs to keep (by default only the few a browser needs). */
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
