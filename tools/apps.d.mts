/** The deployable apps (see apps.mjs). */
export declare const APPS: string[];
