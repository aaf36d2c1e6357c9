export function sameValue(g: unknown, p: unknown): boolean;
export function sameUnit(a: unknown, b: unknown): boolean;
