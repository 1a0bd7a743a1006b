/** The command was used wrongly, or an input it needs whole is bad: one line on standard error, and exit 2. */
export class InputError extends Error {}
