/** The licence helpers of the image build (see build.mjs), for its spec. */
export declare function licenceOfText(text: string): string | undefined;
export declare function debianLicences(copyright: string): string[];
