export const DEFAULT_SITE_TIME_ZONE: string;
export const EDITION_TURNOVER_MS: number;
export const NOT_FOUND_PATH: string;
export function dayIn(instant: number, timeZone: string): string;
export function isCurrentEdition(day: string, now: number, timeZone: string): boolean;
export function editionPath(pathname: string, now: number, timeZone: string): string | null;
