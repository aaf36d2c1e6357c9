/** The CLI's exit codes (README "Exit codes"), in a module of their own: the supervisor needs them, not the engine. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;
export const EXIT_INTERNAL = 3;
