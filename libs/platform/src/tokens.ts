/** Injection tokens of what the platform gives every app. */
export const APP_NAME = Symbol('APP_NAME');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const BUS = Symbol('BUS');
export const SCHEMA = Symbol('SCHEMA');
export const PLATFORM_PARTS = Symbol('PLATFORM_PARTS');
