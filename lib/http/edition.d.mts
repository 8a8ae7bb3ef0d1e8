export const DEFAULT_SITE_TIME_ZONE: string;
export const EDITION_TURNOVER_MS: number;
export const NOT_FOUND_PATH: string;
export const SITE_DAY_TAG: string;
export function dayIn(instant: number, timeZone: string): string;
export function startOfDayMs(instant: number, timeZone: string): number;
export function isCurrentEdition(day: string, now: number, timeZone: string): boolean;
export function editionPath(pathname: string, now: number, timeZone: string): string | null;
