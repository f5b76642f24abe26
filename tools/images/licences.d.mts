/** The licence report over the images' SBOMs (see licences.mjs). */
export interface LicenceFinding {
  id: string;
  licence: string;
  why: string;
}
export declare function licenceReport(sboms: Record<string, { components: object[] }>): {
  markdown: string;
  summary: string;
  blocking: LicenceFinding[];
  flagged: LicenceFinding[];
};
